/**
 * Reading a copy of the page where the page does not pay for it (the extension's end of
 * the protocol; see README.md here): in the background (Firefox's event page) or an
 * offscreen document (Chrome). The whole engine reads the inert copy once: the verdict,
 * the clutter — each element named so the page can find its own (names.ts), with the site
 * rule that would name it on the site's other pages (site memory) — and the article's
 * reading time, sources and tags, which the popup shows from this same reading.
 */
import { analyze } from '../engine/analyze';
import type { CopyReading, CopyResponse, PageSnapshot } from '../shared/messages';
import { detailsFromAnalysis } from '../shared/report-from-analysis';
import { buildRule } from '../site-rules/selector';
import { nameOf } from './names';
import { parseCopy } from './take';

export function readCopy(page: PageSnapshot, parse: (html: string) => Document = parseCopy): CopyReading {
  const start = performance.now();
  const doc = parse(page.html);
  const analysis = analyze(doc, { url: page.url });
  const root = doc.body;
  const body = analysis.isArticle && analysis.body && root ? nameOf(root, analysis.body) : null;
  const clutter: CopyReading['clutter'] = [];
  if (body) {
    // A site rule for each item (site memory), that matches nothing on this page but clutter.
    const items = analysis.clutter.map((c) => c.element);
    const isClutter = (el: Element): boolean => items.some((item) => item === el || item.contains(el));
    for (const c of analysis.clutter) {
      const name = nameOf(root!, c.element);
      if (name) clutter.push({ ...name, kind: c.kind, rule: buildRule(c.element, isClutter) });
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
