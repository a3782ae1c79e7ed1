/**
 * Reading a copy of the page where the page does not pay for it: in the background
 * (Firefox's event page) or an offscreen document (Chrome). The same engine reads the
 * inert copy and names each clutter element by its position, so that the page can
 * find its own element and check that it is the same one.
 */
import { analyzeClutter } from '../engine/analyze-clutter';
import { positions } from '../engine/positions';
import type { CopyReading, CopyResponse, Located, PageSnapshot } from '../shared/messages';
import { parseCopy } from '../shared/page-copy';

export function readCopy(page: PageSnapshot, parse: (html: string) => Document = parseCopy): CopyReading {
  const start = performance.now();
  const doc = parse(page.html);
  const analysis = analyzeClutter(doc, { url: page.url });
  const { isArticle, body } = analysis;
  const index = positions(doc.body, isArticle && body ? [body, ...analysis.clutter.map((c) => c.element)] : []);
  const locate = (el: Element): Located | null => {
    const at = index.of.get(el);
    return at === undefined ? null : { at, tag: el.tagName, children: el.childElementCount };
  };
  const located = isArticle && body ? locate(body) : null;
  const clutter = located
    ? analysis.clutter.flatMap((c) => {
        const l = locate(c.element);
        return l ? [{ ...l, kind: c.kind }] : [];
      })
    : [];
  return {
    isArticle: located !== null,
    title: analysis.title,
    lang: analysis.lang,
    dir: analysis.dir,
    isArabic: analysis.isArabic,
    elements: index.count,
    body: located,
    clutter,
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
