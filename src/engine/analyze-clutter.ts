/**
 * analyzeClutter(document): the verdict and the clutter, all that hiding needs.
 *
 *  1. read what the page declares (title, lang, JSON-LD, Open Graph);
 *  2. split its visible text into blocks, one pass;
 *  3. find the body of prose and decide the language;
 *  4. judge: one Arabic article, or not (then nothing is reported as clutter);
 *  5. find clutter in and around the article.
 *
 * The content script runs only this; `analyze` adds the article's text, sources and
 * tags. Pure: it reads the DOM it is given, never changes it, and uses no extension
 * API, no network and no layout.
 */
import { collectBlocks, isProse } from './blocks';
import { findBody } from './body';
import { forgetHints } from './class-hints';
import { findClutter } from './clutter';
import { MIN_PARAGRAPH_CHARS, MIN_SHORT_PIECE_CHARS } from './constants';
import { detectLanguage } from './language';
import { forgetLabels } from './lexicon';
import type { PageFacts } from './page-facts';
import { findDeclarations, readPageMeta } from './page-meta';
import type { AnalyzeOptions, ClutterAnalysis } from './types';
import { declaresOneArticle, judge } from './verdict';

/** The reading of a page with what `analyze` goes on to use. */
export interface PageReading extends PageFacts {
  analysis: ClutterAnalysis;
}

export function readPage(doc: Document, options: AnalyzeOptions = {}): PageReading {
  const url = options.url || doc.URL || '';
  // Memos live for one analysis: none is faster for having run before, and memory stays bounded.
  forgetLabels();
  forgetHints();
  const root = doc.body ?? doc.documentElement;
  // One walk over the body collects its declarations; the head's are looked up apart
  // (a page without a body is looked up whole: the walk does not enter <head>).
  const page = collectBlocks(root, url);
  const head = root === doc.body && doc.head ? findDeclarations(doc.head) : null;
  const meta = readPageMeta(
    doc,
    url,
    head
      ? {
          metas: [...head.metas, ...page.declarations.metas],
          scripts: [...head.scripts, ...page.declarations.scripts],
          h1s: [...head.h1s, ...page.declarations.h1s],
        }
      : findDeclarations(doc),
  );
  const facts: PageFacts = { doc, url, meta, page };
  const found = findBody(facts);
  const languageBlocks = found
    ? page.blocks.filter((b) => isProse(b) && (page.contains(found.body, b.element) || found.lead.includes(b.element)))
    : page.blocks.filter((b) => !b.inChrome);
  const language = detectLanguage(meta, languageBlocks.length ? languageBlocks : page.blocks);
  let body = found?.body ?? null;
  let lead = found?.lead ?? [];
  let verdict = judge(facts, { body, lead, language });
  let minChars = MIN_PARAGRAPH_CHARS;
  if (verdict.thin && declaresOneArticle(meta)) {
    // A declared article of short pieces (live coverage, a gallery): read again with short paragraphs.
    const short = findBody(facts, MIN_SHORT_PIECE_CHARS);
    const again = short && judge(facts, { body: short.body, lead: short.lead, language, minChars: MIN_SHORT_PIECE_CHARS });
    if (short && again && again.isArticle) {
      ({ body, lead } = short);
      verdict = again;
      minChars = MIN_SHORT_PIECE_CHARS;
    }
  }
  const base = {
    title: meta.title,
    lang: language.lang,
    dir: language.dir,
    arabicShare: language.arabicShare,
    isArabic: language.isArabic,
    reason: verdict.reason,
  };
  const analysis: ClutterAnalysis =
    verdict.isArticle && body
      ? { ...base, isArticle: true, body, lead, clutter: findClutter({ ...facts, body, lead, minChars }) }
      : { ...base, isArticle: false, body: null, lead: [], clutter: [] };
  return { analysis, ...facts };
}

export const analyzeClutter = (doc: Document, options: AnalyzeOptions = {}): ClutterAnalysis => readPage(doc, options).analysis;
