/**
 * analyze(document): the whole engine, top to bottom.
 *
 *  1. read what the page declares (title, lang, JSON-LD, Open Graph);
 *  2. split its visible text into blocks, one pass;
 *  3. find the body of prose and decide the language;
 *  4. judge: one Arabic article, or not (then nothing is reported as clutter);
 *  5. find clutter in and around the article;
 *  6. read the cleaned text, sources and tags.
 *
 * Pure: it reads the DOM it is given, never changes it, and uses no extension API,
 * no network and no layout.
 */
import { collectBlocks, isProse } from './blocks';
import { findBody } from './body';
import { findClutter } from './clutter';
import { detectLanguage } from './language';
import { readPageMeta } from './page-meta';
import { findSources } from './sources/index';
import { siteNames } from './sources/publisher';
import { findTags } from './tags';
import { cleanedText } from './text';
import type { Analysis, AnalyzeOptions } from './types';
import { judge } from './verdict';

export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const url = options.url || doc.URL || '';
  const meta = readPageMeta(doc, url);
  const root = doc.body ?? doc.documentElement;
  const page = collectBlocks(root);
  const found = findBody(doc, page, meta);
  const body = found?.body ?? null;
  const lead = found?.lead ?? [];
  const languageBlocks = body
    ? page.blocks.filter((b) => isProse(b) && (body.contains(b.element) || lead.includes(b.element)))
    : page.blocks.filter((b) => !b.inChrome);
  const language = detectLanguage(meta, languageBlocks.length ? languageBlocks : page.blocks);
  const verdict = judge(meta, page, body, lead, language.isArabic);
  const base = {
    title: meta.title,
    lang: language.lang,
    dir: language.dir,
    arabicShare: language.arabicShare,
    reason: verdict.reason,
  };
  if (!verdict.isArticle || !body) {
    return { ...base, isArticle: false, body: null, lead: [], clutter: [], text: '', sources: [], tags: [] };
  }
  const clutter = findClutter(doc, url, page, body, lead);
  const hidden = new Set(clutter.map((c) => c.element));
  const details = options.details ?? true;
  const sources = details ? findSources({ doc, meta, page, body, lead, hidden }) : [];
  return {
    ...base,
    isArticle: true,
    body,
    lead,
    clutter,
    text: cleanedText([...lead, body], hidden),
    sources,
    tags: details ? findTags({ meta, page, body, siteNames: siteNames(doc, meta, sources) }) : [],
  };
}
