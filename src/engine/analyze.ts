/**
 * analyze(document): the whole engine, top to bottom — the verdict and the clutter
 * (`analyzeClutter`), then, on an article, its cleaned text, sources and tags.
 *
 * Pure: it reads the DOM it is given, never changes it, and uses no extension API,
 * no network and no layout.
 */
import { readPage } from './analyze-clutter';
import { findSources } from './sources/index';
import { siteNames } from './sources/publisher';
import { findTags } from './tags';
import { cleanedText } from './text';
import type { Analysis, AnalyzeOptions } from './types';

export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const { analysis, meta, page } = readPage(doc, options);
  const { body, lead, clutter } = analysis;
  if (!analysis.isArticle || !body) return { ...analysis, text: '', sources: [], tags: [] };
  const hidden = new Set(clutter.map((c) => c.element));
  const sources = findSources({ doc, meta, page, body, lead, hidden });
  return {
    ...analysis,
    text: cleanedText([...lead, body], hidden),
    sources,
    tags: findTags({ meta, page, body, siteNames: siteNames(doc, meta, sources) }),
  };
}
