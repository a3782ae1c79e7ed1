/**
 * analyze(document): the whole engine, top to bottom — the verdict and the clutter
 * (`analyzeClutter`), then, on an article, its cleaned text, sources and tags.
 *
 * Pure: it reads the DOM it is given, never changes it, and uses no extension API,
 * no network and no layout.
 */
import { readPage } from './analyze-clutter';
import { visibleText } from './dom';
import { findSources } from './sources/index';
import { siteNames } from './sources/publisher';
import { findTags } from './tags';
import { cleanedText } from './text';
import type { Analysis, AnalyzeOptions, ClutterFinding, ClutterItem } from './types';

/** A finding's text in the report is cut to this many characters (enough to recognise the box). */
const MAX_REPORT_TEXT_CHARS = 500;

function withText(finding: ClutterFinding): ClutterItem {
  let text: string | undefined;
  return {
    ...finding,
    get text() {
      return (text ??= visibleText(finding.element).slice(0, MAX_REPORT_TEXT_CHARS));
    },
  };
}

export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const { analysis, ...facts } = readPage(doc, options);
  const { body, lead } = analysis;
  // Reports show each clutter item's text (read when asked for); the content script, which only hides, does without.
  const clutter = analysis.clutter.map(withText);
  if (!analysis.isArticle || !body) return { ...analysis, clutter, text: '', sources: [], tags: [] };
  const hidden = new Set(clutter.map((c) => c.element));
  const sources = findSources({ ...facts, body, lead, hidden });
  return {
    ...analysis,
    clutter,
    text: cleanedText([...lead, body], hidden),
    sources,
    tags: findTags({ ...facts, body, siteNames: siteNames(facts, sources) }),
  };
}
