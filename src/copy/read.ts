/**
 * Reading a copy of the page where the page does not pay for it (the extension's end of
 * the protocol; see README.md here): in the background (Firefox's event page) or an
 * offscreen document (Chrome). The whole engine reads the inert copy once: the verdict,
 * the clutter — each element named so the page can find its own (names.ts) — and the
 * article's reading time, sources and tags, which the popup shows from this same reading.
 */
import { analyze } from '../engine/analyze';
import type { CopyReading, CopyResponse, ElementName, PageSnapshot } from '../shared/messages';
import { detailsFromAnalysis } from '../shared/report-from-analysis';
import { nameOf } from './names';
import { parseCopy } from './take';

export function readCopy(page: PageSnapshot, parse: (html: string) => Document = parseCopy): CopyReading {
  const start = performance.now();
  const doc = parse(page.html);
  const analysis = analyze(doc, { url: page.url });
  const root = doc.body;
  const body = analysis.isArticle && analysis.body && root ? nameOf(root, analysis.body) : null;
  const clutter: (ElementName & { kind: CopyReading['clutter'][number]['kind'] })[] = [];
  if (body) {
    for (const c of analysis.clutter) {
      const name = nameOf(root!, c.element);
      if (name) clutter.push({ ...name, kind: c.kind });
    }
  }
  return {
    isArticle: body !== null,
    title: analysis.title,
    lang: analysis.lang,
    dir: analysis.dir,
    isArabic: analysis.isArabic,
    body,
    clutter,
    details: body ? detailsFromAnalysis(analysis) : null,
    ms: performance.now() - start,
  };
}

/** The answer to a reading request: a failure of the engine is an answer too (nothing is hidden). */
export function answerCopy(page: PageSnapshot): CopyResponse {
  try {
    return { ok: true, reading: readCopy(page) };
  } catch (error) {
    console.debug('Naqi could not read a copy of the page:', error);
    return { ok: false };
  }
}
