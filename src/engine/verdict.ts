/**
 * Is this page one article? Declarations (JSON-LD, og:type, itemprop) are read,
 * but home pages declare og:type=article too, so the text decides: the body must
 * hold enough prose, few links, and most of the page's prose.
 */
import { isProse } from './blocks';
import { LONG_SINGLE_PARAGRAPH_CHARS, MAX_BODY_LINK_DENSITY, MIN_ARTICLE_CHARS, MIN_ARTICLE_PARAGRAPHS, MIN_PARAGRAPH_CHARS, MIN_SHORT_PIECES } from './constants';
import { closestWhere } from './dom';
import type { Language } from './language';
import { linkWords } from './links';
import type { PageFacts } from './page-facts';
import type { PageIndex, Totals } from './page-index';
import { ARTICLE_TYPES, type PageMeta } from './page-meta';

export interface Verdict {
  isArticle: boolean;
  reason: string;
  /** not an article for want of prose alone: a declared article may be read again in short pieces */
  thin?: boolean;
}

/** JSON-LD types of pages that list stories: never read as one article. */
const COLLECTION_TYPES = new Set(['CollectionPage', 'SearchResultsPage', 'ProfilePage']);

/** Does the page declare one article (and no list of them)? */
export const declaresOneArticle = (meta: PageMeta): boolean =>
  (meta.jsonLdTypes.some((x) => ARTICLE_TYPES.has(x)) || meta.ogType === 'article') && !meta.jsonLdTypes.some((x) => COLLECTION_TYPES.has(x));

/**
 * A body whose paragraphs each come with a headline link of their own is a list of
 * teasers (a home or section page), not an article: this many teaser links…
 */
const MIN_TEASER_LINKS = 5;
/** …teaser links at least this many per paragraph of prose. */
const TEASERS_PER_PARAGRAPH = 0.8;

/** Paths of home and index pages. */
const HOME_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:index|default|home|main)?(?:\.[a-z]{2,5})?\/?$/i;

export function isHomeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return HOME_PATH.test(u.pathname) && !u.search.match(/[?&](?:id|p|story|article|news)=/i);
  } catch {
    return false;
  }
}

/** The body and lead a verdict is asked about, and the language of the page. */
export interface JudgeInputs {
  body: Element | null;
  lead: readonly Element[];
  language: Language;
  /**
   * the length of a paragraph: MIN_PARAGRAPH_CHARS, or MIN_SHORT_PIECE_CHARS when a declared
   * article is read again in short pieces (then it needs MIN_SHORT_PIECES of them)
   */
  minChars?: number;
}

export function judge({ meta, page }: PageFacts, { body, lead, language, minChars = MIN_PARAGRAPH_CHARS }: JudgeInputs): Verdict {
  if (language.otherArabicScript) return { isArticle: false, reason: 'Arabic script, but not Arabic (Persian, Urdu, Kurdish or Pashto)' };
  if (!language.isArabic) return { isArticle: false, reason: 'not mainly Arabic' };
  if (meta.url && isHomeUrl(meta.url)) return { isArticle: false, reason: 'home page address' };
  if (!body) return { isArticle: false, reason: 'no body of prose found', thin: true };
  const roots = [body, ...lead];
  const inPieces = minChars !== MIN_PARAGRAPH_CHARS;
  const t = inPieces ? shortPieces(page, roots, minChars) : sum(roots.map((el) => page.totals(el)));
  if (t.proseChars < MIN_ARTICLE_CHARS) return { isArticle: false, reason: `too little prose (${t.proseChars} characters)`, thin: true };
  if (inPieces ? t.proseCount < MIN_SHORT_PIECES : t.proseCount < MIN_ARTICLE_PARAGRAPHS && t.proseChars < LONG_SINGLE_PARAGRAPH_CHARS) {
    return { isArticle: false, reason: inPieces ? 'too few pieces of text' : 'a single short paragraph', thin: true };
  }
  if (t.chars && t.linkChars / t.chars > MAX_BODY_LINK_DENSITY) return { isArticle: false, reason: 'body is mostly links' };
  const declared =
    meta.jsonLdTypes.some((x) => ARTICLE_TYPES.has(x)) ||
    meta.ogType === 'article' ||
    closestWhere(body, isArticleBody) !== null ||
    page.itemprops.some((el) => isArticleBody(el) && page.contains(body, el));
  const teasers = teaserLinks(page, body);
  if (teasers >= MIN_TEASER_LINKS && teasers >= t.proseCount * TEASERS_PER_PARAGRAPH) {
    return { isArticle: false, reason: `a list of ${teasers} story teasers` };
  }
  if (inPieces) return { isArticle: true, reason: 'declared article in short pieces (live coverage, gallery)' };
  return { isArticle: true, reason: declared ? 'declared article with a body of prose' : 'body of prose' };
}

/** Totals of `roots` with prose counted in pieces of at least `minChars`. */
function shortPieces(page: PageIndex, roots: readonly Element[], minChars: number): Totals {
  const t = sum(roots.map((el) => page.totals(el)));
  t.proseChars = 0;
  t.proseCount = 0;
  for (const block of page.blocks) {
    if (!isProse(block, minChars) || !roots.some((r) => page.contains(r, block.element))) continue;
    t.proseChars += block.chars;
    t.proseCount++;
  }
  return t;
}

const isArticleBody = (el: Element): boolean => el.getAttribute('itemprop') === 'articleBody';

function sum(list: (Totals | undefined)[]): Totals {
  const out: Totals = { chars: 0, linkChars: 0, proseChars: 0, proseCount: 0, linkFrom: 0, linkTo: 0, elementFrom: 0, elementTo: 0 };
  for (const t of list) {
    if (!t) continue;
    out.chars += t.chars;
    out.linkChars += t.linkChars;
    out.proseChars += t.proseChars;
    out.proseCount += t.proseCount;
  }
  return out;
}

/**
 * Distinct pages linked from the body by links of two words or more that stand
 * where teasers' headlines stand: at the very start of a paragraph, or on a line of
 * their own right above one (a headline over its summary). Headlines listed together
 * (a read-also or most-read box) are a box in an article, not teasers; tag links are
 * furniture.
 */
function teaserLinks(page: PageIndex, body: Element): number {
  const targets = new Set<string>();
  for (const link of page.linksToPages(body)) {
    if (link.tag || linkWords(link) < 2) continue;
    const { text } = link;
    let owner: Element | null = link.element;
    while (owner && !page.byElement.has(owner)) owner = owner.parentElement;
    const block = owner ? page.byElement.get(owner) : undefined;
    if (block && isProse(block) && !block.text.startsWith(text)) continue;
    const next = block && !isProse(block) ? page.blocks[block.index + 1] : undefined;
    if (block && !isProse(block) && !(next && isProse(next) && !page.contains(block.element, next.element))) continue;
    targets.add(link.target);
  }
  return targets.size;
}
