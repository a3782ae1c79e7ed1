/**
 * Finding the article body: the element that holds the article's paragraphs.
 *
 * Every prose block scores for its container and, less, for the containers above
 * (Readability's idea, with Arabic-aware scores). Declarations count too: an element
 * marked itemprop=articleBody, or holding the JSON-LD articleBody's opening words,
 * is preferred. The best container is then widened to siblings that carry the same
 * story, and a lead paragraph kept apart from it (a standfirst) is attached.
 */
import { normalizeArabic } from './arabic';
import { isProse, linkDensity, proseScore } from './blocks';
import { clutterHint, contentHint, navigationHint, sidebarHint } from './class-hints';
import { ANCESTOR_WEIGHTS, MIN_PARAGRAPH_CHARS, MIN_TITLE_MATCH_CHARS, SIBLING_SCORE_SHARE } from './constants';
import { HEADING_TAGS, tagOf } from './dom';
import type { PageFacts } from './page-facts';
import type { Block, PageIndex } from './page-index';

export interface BodyCandidate {
  body: Element;
  lead: Element[];
  score: number;
}

/** Tags whose text is one paragraph: their score goes to the container around them. */
const PARAGRAPH_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'FIGCAPTION', 'TD', 'TH', 'CENTER', 'SPAN', 'FONT']);

/** Headings that may be the page's visible headline. */
const TITLE_TAGS = new Set(['H1', 'H2']);

/** A container the page declares as the body (itemprop=articleBody, JSON-LD articleBody) scores this many times its prose… */
const DECLARED_BODY_BONUS = 2.5;
/** …and one holding the visible headline this many times. */
const TITLE_BONUS = 1.5;
/** Inside a container named like clutter (next-news, related, comments…), prose is a teaser. */
const CLUTTER_ANCESTOR_FACTOR = 0.3;
/**
 * A container named like content (article, post-body…) scores this many times its prose; one
 * named like clutter, navigation or a sidebar this share of it…
 */
const CONTENT_HINT_BONUS = 1.25;
const OTHER_HINT_FACTOR = 0.4;
/** …and <body> itself this share (a page's text is in some container of it). */
const BODY_ELEMENT_FACTOR = 0.5;
/** Links take at most this share off a container's score (a body full of links still scores a little). */
const MAX_LINK_PENALTY = 0.9;
/**
 * The declared articleBody is matched to a block by its first ARTICLE_BODY_KEY_CHARS characters
 * (normalised), when it has at least MIN_ARTICLE_BODY_KEY_CHARS: the block begins with its first
 * ARTICLE_BODY_MATCH_CHARS.
 */
const ARTICLE_BODY_KEY_CHARS = 60;
const MIN_ARTICLE_BODY_KEY_CHARS = 20;
const ARTICLE_BODY_MATCH_CHARS = 40;
/** A lead (standfirst) is a prose block of at least this many characters with fewer links than this share. */
const MIN_LEAD_CHARS = 60;
const MAX_LEAD_LINK_DENSITY = 0.2;

export function findBody({ doc, page, meta }: PageFacts, minChars = MIN_PARAGRAPH_CHARS): BodyCandidate | null {
  const scores = new Map<Element, number>();
  const add = (el: Element | null, value: number): void => {
    if (el && el !== doc.documentElement) scores.set(el, (scores.get(el) ?? 0) + value);
  };

  const articleBodyStart = meta.articleBody ? normalizeArabic(meta.articleBody).slice(0, ARTICLE_BODY_KEY_CHARS) : '';
  let jsonLdMatch: Element | null = null;

  for (const block of page.blocks) {
    if (!isProse(block, minChars)) continue;
    const s = proseScore(block);
    let el: Element | null = PARAGRAPH_TAGS.has(tagOf(block.element)) ? block.element.parentElement : block.element;
    if (!jsonLdMatch && articleBodyStart.length >= MIN_ARTICLE_BODY_KEY_CHARS && normalizeArabic(block.text).startsWith(articleBodyStart.slice(0, ARTICLE_BODY_MATCH_CHARS))) {
      jsonLdMatch = el;
    }
    for (const weight of ANCESTOR_WEIGHTS) {
      if (!el) break;
      add(el, s * weight);
      el = el.parentElement;
    }
  }

  const titled = firstProseAfterTitle(page, meta.title, minChars);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    let score = raw * factor(el, page, jsonLdMatch) * ancestorFactor(el, page);
    // The story under the page's own headline is the article; later ones are teasers.
    if (titled && page.contains(el, titled)) score *= TITLE_BONUS;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return null;

  const body = widen(best, bestScore, scores, page, jsonLdMatch);
  return { body, lead: findLead(body, page), score: bestScore };
}

/** How much a container's raw score counts: links, class names and declarations. */
function factor(el: Element, page: PageIndex, jsonLdMatch: Element | null): number {
  const totals = page.totals(el);
  let f = 1 - Math.min(totals ? linkDensity(totals) : 0, MAX_LINK_PENALTY);
  if (el.getAttribute('itemprop') === 'articleBody' || el === jsonLdMatch) f *= DECLARED_BODY_BONUS;
  else if (contentHint(el, page)) f *= CONTENT_HINT_BONUS;
  if (clutterHint(el, page) || navigationHint(el, page) || sidebarHint(el, page)) f *= OTHER_HINT_FACTOR;
  const tag = tagOf(el);
  if (tag === 'BODY') f *= BODY_ELEMENT_FACTOR;
  return f;
}

function ancestorFactor(el: Element, page: PageIndex): number {
  for (let a = el.parentElement; a && tagOf(a) !== 'BODY'; a = a.parentElement) {
    if (clutterHint(a, page)) return CLUTTER_ANCESTOR_FACTOR;
  }
  return 1;
}

/** The first prose block after the visible headline (an h1 or h2 matching the page title). */
function firstProseAfterTitle(page: PageIndex, title: string, minChars: number): Element | null {
  const key = normalizeArabic(title);
  if (key.length < MIN_TITLE_MATCH_CHARS) return null;
  const heading = page.headings
    .map((at) => page.elements[at]!)
    .find((h) => {
      if (!TITLE_TAGS.has(tagOf(h))) return false;
      const text = normalizeArabic(page.byElement.get(h)?.text ?? page.text(h));
      return text.length >= MIN_TITLE_MATCH_CHARS && (text.includes(key) || key.includes(text));
    });
  if (!heading) return null;
  const start = page.byElement.get(heading)?.index ?? -1;
  for (let i = Math.max(start + 1, 0); i < page.blocks.length; i++) {
    const block = page.blocks[i]!;
    if (start < 0 && !page.precedes(heading, block.element)) continue;
    if (isProse(block, minChars)) return block.element;
  }
  return null;
}

/**
 * Paragraphs of one story are sometimes split over sibling containers (an ad or a
 * picture in between). Siblings scoring a fair share of the best join it; the body
 * becomes their parent. A sibling that looks like clutter never joins.
 */
function widen(best: Element, bestScore: number, scores: Map<Element, number>, page: PageIndex, jsonLdMatch: Element | null): Element {
  const parent = best.parentElement;
  if (!parent || tagOf(parent) === 'BODY' || tagOf(parent) === 'HTML') return best;
  if (best.getAttribute('itemprop') === 'articleBody' || best === jsonLdMatch) return best;
  let joined = false;
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === best) continue;
    const score = (scores.get(sib) ?? 0) * factor(sib, page, jsonLdMatch);
    if (score >= bestScore * SIBLING_SCORE_SHARE && !clutterHint(sib, page) && !navigationHint(sib, page) && !sidebarHint(sib, page) && tagOf(sib) !== 'ARTICLE') {
      joined = true;
    }
  }
  return joined ? parent : best;
}

/**
 * A lead (standfirst) printed just before the body in its own container: prose
 * blocks between the headline and the body, inside the body's parent or grandparent.
 */
function findLead(body: Element, page: PageIndex): Element[] {
  // Closer than the article's scope (page-index.ts, articleScope): a standfirst sits beside the body.
  const scope = body.parentElement?.parentElement ?? body.parentElement;
  if (!scope) return [];
  const first = firstBlockIndex(body, page);
  if (first < 0) return [];
  const lead: Element[] = [];
  for (let i = first - 1; i >= 0 && lead.length < 2; i--) {
    const block = page.blocks[i]!;
    if (!page.contains(scope, block.element)) break;
    if (HEADING_TAGS.has(tagOf(block.element)) && tagOf(block.element) === 'H1') break;
    if (isLeadBlock(block, page)) lead.unshift(block.element);
  }
  return lead;
}

const isLeadBlock = (b: Block, page: PageIndex): boolean =>
  isProse(b) && b.chars >= MIN_LEAD_CHARS && linkDensity(b) < MAX_LEAD_LINK_DENSITY && !clutterHint(b.element, page) && !b.element.closest('a');

function firstBlockIndex(el: Element, page: PageIndex): number {
  for (const block of page.blocks) if (page.contains(el, block.element)) return block.index;
  return -1;
}
