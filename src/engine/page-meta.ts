/**
 * What a page declares about itself in its <head> and markup: title, language,
 * direction, Open Graph, JSON-LD. All values are untrusted strings, length-capped.
 */
import { normalizeArabic } from './arabic';
import { MIN_TITLE_MATCH_CHARS } from './constants';
import { DESCEND, SKIP, isElement, tagOf, visibleText, walk } from './dom';

export interface PageMeta {
  url: string;
  /** <meta> contents by lower-cased name / property / itemprop, in page order */
  metas: Map<string, string[]>;
  title: string;
  /** <html lang>, or Content-Language / og:locale when that is missing */
  declaredLang: string;
  declaredDir: 'rtl' | 'ltr' | '';
  ogType: string;
  siteName: string;
  /** JSON-LD objects (flattened @graph), capped in number and depth */
  jsonLd: Record<string, unknown>[];
  /** @types of the JSON-LD objects, e.g. NewsArticle */
  jsonLdTypes: string[];
  /** JSON-LD articleBody, if any */
  articleBody: string;
}

/** A meta value is read up to this many characters (hostile pages stuff them). */
const MAX_META = 2000;
/** A JSON-LD script longer than this is not parsed. */
const MAX_JSON_LD_CHARS = 2_000_000;
/** At most this many JSON-LD objects are read, at most this many items of a list. */
const MAX_JSON_LD_OBJECTS = 50;
/** <meta> elements read (a page has a few dozen; a generated one may have thousands). */
const MAX_META_ELEMENTS = 500;
/** JSON-LD: scripts read, nesting followed, and @type values kept per object. */
const MAX_JSON_LD_SCRIPTS = 20;
const MAX_JSON_LD_DEPTH = 4;
const MAX_JSON_LD_TYPES = 10;
/** A title, headline or <h1> is cut to this many characters; a declared language to MAX_LANG_CHARS (a BCP 47 tag is short). */
const MAX_TITLE_CHARS = 1000;
const MAX_LANG_CHARS = 35;
/** A declared articleBody is kept up to this many characters (only its start is matched to the page). */
const MAX_ARTICLE_BODY_CHARS = 200_000;

const clip = (s: string | null | undefined, max = MAX_META): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

/** The page's <meta>, <script> and <h1> elements, in document order. */
export interface Declarations {
  metas: Element[];
  scripts: Element[];
  h1s: Element[];
}

/**
 * The declarations in `root`, in document order. The engine's walk over the body
 * collects the body's own as it goes (see collectBlocks), so only the head (and boxes
 * the walk skips) are read here — by a walk over elements: selectors are slow in jsdom.
 */
export function findDeclarations(root: ParentNode, into: Declarations = { metas: [], scripts: [], h1s: [] }): Declarations {
  walk(root as Node, (node) => {
    if (!isElement(node)) return SKIP;
    addDeclaration(into, node, tagOf(node));
    return DESCEND;
  });
  return into;
}

export function addDeclaration(found: Declarations, el: Element, tag: string): void {
  if (tag === 'META') found.metas.push(el);
  else if (tag === 'SCRIPT') found.scripts.push(el);
  else if (tag === 'H1') found.h1s.push(el);
}

/** Every <meta> of the page by name, property, itemprop and http-equiv. */
function readMetas(elements: readonly Element[]): Map<string, string[]> {
  const metas = new Map<string, string[]>();
  for (const el of elements.slice(0, MAX_META_ELEMENTS)) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key) metas.set(key, [...(metas.get(key) ?? []), content]);
    }
  }
  return metas;
}

/** The first non-empty content among the given meta keys. */
export function metaContent(metas: Map<string, string[]>, ...keys: string[]): string {
  for (const key of keys) {
    for (const raw of metas.get(key) ?? []) {
      const value = clip(raw);
      if (value) return value;
    }
  }
  return '';
}

/** Parses every JSON-LD script; invalid JSON and non-object values are skipped. */
export function readJsonLd(doc: Document, scripts: readonly Element[] = Array.from(doc.querySelectorAll('script'))): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (out.length >= MAX_JSON_LD_OBJECTS || depth > MAX_JSON_LD_DEPTH || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, MAX_JSON_LD_OBJECTS)) visit(item, depth + 1);
      return;
    }
    const obj = value as Record<string, unknown>;
    out.push(obj);
    if (Array.isArray(obj['@graph'])) visit(obj['@graph'], depth + 1);
  };
  // Scripts by tag, then by type: attribute selectors are slow in jsdom.
  const jsonScripts = scripts.filter((s) => s.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json');
  for (const script of jsonScripts.slice(0, MAX_JSON_LD_SCRIPTS)) {
    // JSON-LD is data, not text a reader sees: read as written.
    const raw = script.textContent ?? '';
    if (!raw.trim() || raw.length > MAX_JSON_LD_CHARS) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Invalid JSON-LD is common (trailing commas, raw newlines); the page just declares less.
    }
  }
  return out;
}

export const jsonLdTypesOf = (obj: Record<string, unknown>): string[] => {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').slice(0, MAX_JSON_LD_TYPES);
};

/** JSON-LD types that declare a single article. */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'ScholarlyArticle', 'Report',
]);

export function readPageMeta(doc: Document, url: string, declarations: Declarations = findDeclarations(doc)): PageMeta {
  const html = doc.documentElement;
  const metas = readMetas(declarations.metas);
  const jsonLd = readJsonLd(doc, declarations.scripts);
  const jsonLdTypes = jsonLd.flatMap(jsonLdTypesOf);
  const article = jsonLd.find((o) => jsonLdTypesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  const headline = article && typeof article.headline === 'string' ? clip(article.headline, MAX_TITLE_CHARS) : '';
  const body = article && typeof article.articleBody === 'string' ? article.articleBody.slice(0, MAX_ARTICLE_BODY_CHARS) : '';
  const dir = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  return {
    url,
    metas,
    title: pickTitle(doc, metas, declarations.h1s, headline),
    declaredLang: clip(
      html?.getAttribute('lang') ||
        html?.getAttribute('xml:lang') ||
        metaContent(metas, 'og:locale', 'language', 'content-language'),
      MAX_LANG_CHARS,
    ),
    declaredDir: dir === 'rtl' || dir === 'ltr' ? dir : '',
    ogType: metaContent(metas, 'og:type').toLowerCase(),
    siteName: metaContent(metas, 'og:site_name', 'application-name'),
    jsonLd,
    jsonLdTypes,
    articleBody: body,
  };
}

/**
 * The headline: og:title or JSON-LD headline, else the page's single <h1>, else
 * <title> without its " | site" suffix. Site suffixes are cut only when the
 * remaining part is still a headline-sized string.
 */
function pickTitle(doc: Document, metas: Map<string, string[]>, h1Elements: readonly Element[], jsonLdHeadline: string): string {
  const og = metaContent(metas, 'og:title', 'twitter:title');
  const h1s = h1Elements.map((h) => clip(visibleText(h), MAX_TITLE_CHARS)).filter(Boolean);
  const docTitle = clip(doc.title, MAX_TITLE_CHARS);
  const candidates = [og, jsonLdHeadline].filter(Boolean);
  // Prefer an h1 that the declared titles agree with: it is the visible headline.
  for (const h1 of h1s) {
    const n = normalizeArabic(h1);
    if (n.length >= MIN_TITLE_MATCH_CHARS && candidates.some((c) => normalizeArabic(c).includes(n) || n.includes(normalizeArabic(c)))) return h1;
  }
  const declared = candidates[0];
  if (declared) return stripSiteSuffix(declared);
  if (h1s.length === 1) return h1s[0]!;
  return stripSiteSuffix(docTitle);
}

/** "Headline | Site" → "Headline": cuts a short last segment after a spaced separator. */
export function stripSiteSuffix(title: string): string {
  const match = /^(.{15,}?)\s+[|–—\-»·:]\s+([^|–—»·]{1,40})$/.exec(title);
  return match ? match[1]!.trim() : title;
}
