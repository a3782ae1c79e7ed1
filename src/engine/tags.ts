/**
 * Tags: what the article is about, in order of trust —
 *  1. labelled tag blocks near the article ("كلمات دلالية", "الوسوم", "تاجز"…) and links to
 *     tag/topic/keyword pages around it (each link one tag, even when their texts run together);
 *  2. article:tag metas;
 *  3. JSON-LD keywords (string or array);
 *  4. meta keywords / news_keywords.
 * The first source that gives tags wins. Keyword strings split on "," "،" "؛".
 * The site's own name, generic words, and a keyword list that is merely the
 * headline cut into words are dropped. Each tag keeps its link when it has one.
 */
import generic from '../data/generic-tags.json';
import { normalizeArabic, words } from './arabic';
import { inNavigation, sidebarHint } from './class-hints';
import { closestWhere, isAside, resolveHref } from './dom';
import { matchLabel } from './lexicon';
import type { PageFacts } from './page-facts';
import { type PageIndex, articleScope } from './page-index';
import { ARTICLE_TYPES, jsonLdTypesOf, type PageMeta } from './page-meta';
import type { Tag } from './types';

const GENERIC = new Set(generic.words.map(normalizeArabic));
/** A tag is a word or a name: a longer label is a sentence. */
const MAX_TAG_CHARS = 60;
/** The article's tags, at most. */
const MAX_TAGS = 30;
/** A labelled tag box is at most this long (a longer block is text that mentions the word). */
const MAX_TAG_BLOCK_CHARS = 600;
/**
 * A keyword list of at least this many tags is the headline cut into words when this share of
 * them are single words and this share are all words of the title.
 */
const MIN_HEADLINE_CUT_TAGS = 3;
const HEADLINE_CUT_SINGLE_SHARE = 0.6;
const HEADLINE_CUT_TITLE_SHARE = 0.7;

export interface TagInputs extends PageFacts {
  body: Element;
  /** normalised names of the site, to drop from tags */
  siteNames: readonly string[];
}

export const splitKeywords = (text: string): string[] => text.split(/\s*[,،؛;|]\s*/);

export function findTags({ meta, page, body, siteNames }: TagInputs): Tag[] {
  // `chosen`: tags a person picked for this article (tag links and blocks, article:tag). Only the
  // site's own name is dropped from them; a tag "الإمارات" on "أخبار الإمارات 24" is a real tag.
  // Keyword lists are often the site's boilerplate, so words of its name are dropped there too.
  const tiers: { chosen: boolean; read: () => Tag[] }[] = [
    { chosen: true, read: () => pageTags(page, body, meta.url) },
    { chosen: true, read: () => (meta.metas.get('article:tag') ?? []).flatMap((content) => splitKeywords(content).map((label) => ({ label }))) },
    { chosen: false, read: () => jsonLdKeywords(meta).map((label) => ({ label })) },
    {
      chosen: false,
      read: () => {
        const raw = [...(meta.metas.get('keywords') ?? []), ...(meta.metas.get('news_keywords') ?? [])].join(',');
        const list = splitKeywords(raw).map((label) => ({ label }));
        return isHeadlineCut(list, meta.title) ? [] : list;
      },
    },
  ];
  for (const tier of tiers) {
    const tags = clean(tier.read(), siteNames, tier.chosen);
    if (tags.length) return tags.slice(0, MAX_TAGS);
  }
  return [];
}

/** Tags the page shows: links in labelled tag blocks and links to tag pages near the article. */
function pageTags(page: PageIndex, body: Element, url: string): Tag[] {
  const scope = articleScope(body);
  const tags: Tag[] = [];
  const usable = (el: Element): boolean =>
    page.contains(scope, el) && !inNavigation(el, page, body) && !closestWhere(el, isAside) && !hasSidebarAncestor(el, scope, page);
  for (const block of page.blocks) {
    if (block.chars > MAX_TAG_BLOCK_CHARS) continue;
    const label = matchLabel(block.text.split('\n')[0] ?? '');
    if (!label || label.kind !== 'tags' || !usable(block.element)) continue;
    // The label's own block, or — when the label stands alone — the box around it.
    const box = page.links(block.element).length || label.rest ? block.element : block.element.parentElement ?? block.element;
    const links = page.links(box);
    if (links.length) for (const { element: a } of links) tags.push(linkTag(a, page.text(a), url));
    else for (const label2 of splitKeywords(label.rest ? block.text.replace(/^[^:：]*[:：]/, '') : '')) tags.push({ label: label2 });
  }
  for (const link of page.links(scope)) {
    const a = link.element;
    // A tag link with no text is a banner or an icon, not a tag the page shows.
    if (!link.tag || !usable(a)) continue;
    const text = page.text(a);
    if (text) tags.push(linkTag(a, text, url));
  }
  return tags;
}

function hasSidebarAncestor(el: Element, scope: Element, page: PageIndex): boolean {
  for (let a: Element | null = el; a && a !== scope; a = a.parentElement) if (sidebarHint(a, page)) return true;
  return false;
}

/** A tag link: its text as a reader sees it, else the last part of its address. */
function linkTag(a: Element, text: string, base: string): Tag {
  const href = resolveHref(a.getAttribute('href'), base);
  let label = text;
  if (!label && href) label = slugLabel(href);
  return href ? { label, href: href.href } : { label };
}

/** "/tag/فيروس-كورونا" (percent-encoded or not) → "فيروس كورونا". */
export function slugLabel(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last).replace(/[-_+]+/g, ' ').trim();
  } catch {
    return '';
  }
}

function jsonLdKeywords(meta: PageMeta): string[] {
  for (const obj of meta.jsonLd) {
    if (!jsonLdTypesOf(obj).some((t) => ARTICLE_TYPES.has(t))) continue;
    const k = obj.keywords;
    if (typeof k === 'string') return splitKeywords(k);
    if (Array.isArray(k)) return k.filter((x): x is string => typeof x === 'string').flatMap(splitKeywords);
  }
  return [];
}

/** A keyword list that is only the headline's words (some CMSs generate it so). */
function isHeadlineCut(list: Tag[], title: string): boolean {
  if (list.length < MIN_HEADLINE_CUT_TAGS) return false;
  const titleWords = new Set(words(normalizeArabic(title)));
  const single = list.filter((t) => words(t.label).length === 1);
  const inTitle = list.filter((t) => words(normalizeArabic(t.label)).every((w) => titleWords.has(w)));
  return single.length >= list.length * HEADLINE_CUT_SINGLE_SHARE && inTitle.length >= list.length * HEADLINE_CUT_TITLE_SHARE;
}

/** Trims, drops empty/overlong/generic/site-name tags, dedupes after Arabic normalisation. */
function clean(tags: Tag[], siteNames: readonly string[], chosen: boolean): Tag[] {
  const out: Tag[] = [];
  const seen = new Set<string>();
  for (const tag of tags) {
    const label = tag.label.replace(/\s+/g, ' ').replace(/^#+\s*/, '').trim();
    const key = normalizeArabic(label);
    if (!key || label.length > MAX_TAG_CHARS || GENERIC.has(key) || seen.has(key)) continue;
    if (siteNames.some((site) => site === key || (!chosen && ` ${site} `.includes(` ${key} `)))) continue;
    seen.add(key);
    out.push(tag.href ? { label, href: tag.href } : { label });
  }
  return out;
}
