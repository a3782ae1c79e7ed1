/**
 * The publisher: the site the reader is on, from what it declares — JSON-LD
 * publisher, og:site_name, application-name, the <title> suffix — cleaned of URLs
 * and boilerplate ("الموقع الرسمي", "الإلكترونية").
 */
import outletWords from '../../data/outlet-words.json';
import { normalizeArabic, spellingPattern } from '../arabic';
import { MIN_NAME_KEY_CHARS } from '../constants';
import type { PageFacts } from '../page-facts';
import type { PageIndex } from '../page-index';
import { jsonLdTypesOf, metaContent, type PageMeta } from '../page-meta';
import type { Source } from '../types';
import { lookup } from './registry';

/** A site name is this long: two letters at least (قنا), not a sentence. */
const MIN_SITE_NAME_CHARS = 2;
const MAX_SITE_NAME_CHARS = 60;

/** An ending that is not the site's name (outlet-words.json), in any spelling, with the separator before it. */
const BOILERPLATE = new RegExp(`\\s*[-–|:]?\\s*(?:${outletWords.siteNameEndings.map(spellingPattern).join('|')})\\s*$`, 'i');

export function cleanSiteName(raw: string): string {
  let name = raw.replace(/\s+/g, ' ').trim();
  if (!name || /^(?:https?:\/\/|www\.)/i.test(name) || /^[\w.-]+\.[a-z]{2,}\/?$/i.test(name)) return '';
  name = name.replace(BOILERPLATE, '').trim();
  return name.length >= MIN_SITE_NAME_CHARS && name.length <= MAX_SITE_NAME_CHARS ? name : '';
}

/** "Headline - Site" → "Site": the last short segment after a spaced separator. */
export function titleSuffix(title: string): string {
  const match = /\s[-–—|»:]\s([^-–—|»]{2,50})$/.exec(title.trim());
  return match ? cleanSiteName(match[1]!) : '';
}

function jsonLdPublisher(meta: PageMeta): string {
  for (const obj of meta.jsonLd) {
    const publisher = obj.publisher;
    const candidates = Array.isArray(publisher) ? publisher : [publisher];
    for (const p of candidates) {
      if (p && typeof p === 'object' && typeof (p as Record<string, unknown>).name === 'string') {
        const name = cleanSiteName((p as Record<string, unknown>).name as string);
        if (name) return name;
      }
    }
    if (jsonLdTypesOf(obj).includes('NewsMediaOrganization') && typeof obj.name === 'string') {
      const name = cleanSiteName(obj.name);
      if (name) return name;
    }
  }
  return '';
}

/** The visible name in `itemprop="publisher"` microdata. */
function microdataPublisher(page: PageIndex): string {
  const itemprop = (value: string) => (el: Element) => el.getAttribute('itemprop') === value;
  const publisher = page.itemprops.find(itemprop('publisher'));
  const name = publisher && page.itemprops.find((el) => page.contains(publisher, el) && itemprop('name')(el));
  return name ? page.text(name) : '';
}

export function findPublisher({ doc, meta, page }: PageFacts): Source | null {
  const declared: [string, string][] = [
    [cleanSiteName(meta.siteName), 'og:site_name'],
    [jsonLdPublisher(meta), 'JSON-LD publisher'],
    [cleanSiteName(microdataPublisher(page)), 'microdata publisher'],
    [cleanSiteName(metaContent(meta.metas, 'application-name', 'apple-mobile-web-app-title')), 'application-name'],
    [titleSuffix(doc.title ?? ''), '<title> suffix'],
  ];
  const found = declared.filter(([name]) => name);
  if (!found.length) return null;
  // A registry name wins over the raw declaration it agrees with (CNNArabic → CNN Arabic).
  const [name, evidence] = found.find(([n]) => lookup(n)) ?? found[0]!;
  const entry = lookup(name);
  return { name, canonical: entry?.canonical ?? hostOf(meta.url) ?? name, kind: 'publisher', evidence };
}

function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host && host !== 'invalid.invalid' ? host : undefined;
  } catch {
    return undefined;
  }
}

/** Names the site goes by, normalised: tags equal to them are dropped. */
export const siteNames = (facts: PageFacts, sources: readonly Source[]): string[] =>
  publisherKeys(facts, sources.find((s) => s.kind === 'publisher') ?? null);

/** Names the publisher goes by (declared and registry forms), normalised, for dedupe and tag filtering. */
export function publisherKeys({ doc, meta }: PageFacts, publisher: Source | null): string[] {
  const names = [meta.siteName, titleSuffix(doc.title ?? ''), jsonLdPublisher(meta), publisher?.name ?? ''];
  const entry = publisher ? lookup(publisher.name) : undefined;
  const keys = [...names, ...(entry?.names ?? [])].map(cleanSiteName).filter(Boolean).map(normalizeArabic);
  // 'قناة صدى البلد' also goes by 'صدى البلد'.
  return [...new Set([...keys, ...keys.map(withoutOutletWord).filter((k) => k.length >= MIN_NAME_KEY_CHARS)])];
}

const OUTLET_WORDS = new Set(outletWords.words.map(normalizeArabic));

/** A normalised name without a first word that says what kind of outlet it is. */
function withoutOutletWord(key: string): string {
  const space = key.indexOf(' ');
  return space > 0 && OUTLET_WORDS.has(key.slice(0, space)) ? key.slice(space + 1) : key;
}
