/**
 * A copy of a page, taken on the page and read elsewhere: by the engine in the
 * background (or Chrome's offscreen document), and by the popup for the article's
 * details. Both ends of the format are here.
 *
 * Taking the copy is the only work the page pays for reading: a few native
 * serialisations, no walk in script. The head keeps only what the engine reads
 * (title, metas, JSON-LD); a <noscript> or a stray element in the head would
 * open the body early when the copy is parsed again (a parsed copy has scripting
 * off), and move the body's elements.
 */
import { MAX_SNAPSHOT_CHARS, type PageSnapshot } from './messages';
import { POSITIONED } from '../engine/positions';

/** A copy, and the page's own elements in the order the copy's positions count them. */
export interface TakenCopy {
  page: PageSnapshot;
  body: Element;
  /** `body.querySelectorAll(POSITIONED)` when the copy was taken: position n is `elements[n - 1]` */
  elements: NodeListOf<Element>;
}

const HEAD_TAGS = new Set(['TITLE', 'META']);
const isJsonLd = (el: Element): boolean => /ld\+json/i.test(el.getAttribute('type') ?? '');

/** `null` for what cannot be copied faithfully: no <body> (framesets), XML documents, oversized pages. */
export function takeCopy(doc: Document, url: string): TakenCopy | null {
  const body = doc.body;
  if (!body || body.tagName !== 'BODY' || doc.contentType !== 'text/html') return null;
  // The <html> start tag with its attributes (lang, dir), from a shallow clone.
  const shell = (doc.documentElement.cloneNode(false) as Element).outerHTML;
  if (!shell.endsWith('</html>')) return null;
  let head = '';
  for (let el = doc.head?.firstElementChild; el; el = el.nextElementSibling) {
    if (HEAD_TAGS.has(el.tagName) || (el.tagName === 'SCRIPT' && isJsonLd(el))) head += el.outerHTML;
  }
  const html = `<!DOCTYPE html>${shell.slice(0, -'</html>'.length)}<head>${head}</head>${body.outerHTML}</html>`;
  if (html.length > MAX_SNAPSHOT_CHARS) return null;
  return { page: { html, url }, body, elements: body.querySelectorAll(POSITIONED) };
}

/** The copy as an inert document: no script runs, nothing loads. */
export const parseCopy = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
