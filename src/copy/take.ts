/**
 * Taking a copy of the page (the page's end of the protocol; see README.md here).
 *
 * Taking the copy is the only work the page pays for reading: a few native
 * serialisations and one native pass of a regular expression, no walk in script.
 * The head keeps only what the engine reads (title, metas, JSON-LD); a <noscript> or
 * a stray element in the head would open the body early when the copy is parsed again
 * (a parsed copy has scripting off), and move the body's elements. The body keeps
 * every element and all of its text, and only the attributes the engine reads: the
 * copy is handed to the extension as one message, and a message costs the page's
 * thread time by its size.
 */
import { READ_ATTRIBUTES } from '../engine/attributes';
import { MAX_SNAPSHOT_CHARS, type PageSnapshot } from '../shared/messages';

/** A copy, and the page's body it was taken from (the reading names elements under it). */
export interface TakenCopy {
  page: PageSnapshot;
  body: Element;
}

/** The content script takes the copy when the browser is idle, or after this long at the latest. */
export const COPY_IDLE_TIMEOUT_MS = 1000;

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
  const html = `<!DOCTYPE html>${shell.slice(0, -'</html>'.length)}<head>${head}</head>${slimBody(body.outerHTML)}</html>`;
  if (html.length > MAX_SNAPSHOT_CHARS) return null;
  return { page: { html, url }, body };
}

/**
 * The serialised body without what the engine never reads: comments, the content of
 * scripts (JSON-LD aside), styles and the elements a live page holds as text, every
 * attribute but the engine's own (READ_ATTRIBUTES; a style attribute only when it hides
 * its element), and all but the first character of each run of HTML whitespace in text
 * (indentation is a fifth to a third of many pages' copies; no text node is emptied, and
 * text keys leave those characters out). Serialised HTML makes this exact: attribute
 * values are always in double quotes (a quote inside is &quot;) and are taken whole, and
 * text never holds a "<", so outside the emptied elements a run of text is everything from
 * a ">" to the next "<". The engine reads the slimmed copy exactly as it reads the page
 * (tests/unit/copy/page-copy.test.ts holds it to that on every corpus page and fixture).
 */
export function slimBody(html: string): string {
  return html.replace(SLIM, '$1$2$4$5$6$7$8');
}

const KEPT = READ_ATTRIBUTES.filter((name) => name !== 'style').join('|');
/** One step through a start tag: a character outside any value, or a whole quoted value. */
const IN_START_TAG = '(?:[^>"]|"[^"]*")';
const START_TAG_REST = `${IN_START_TAG}*>`;
/** HTML's whitespace (not JavaScript's \s, which takes in spaces a text key counts), and the rest of a text. */
const SPACE = '[\\t\\n\\f\\r ]';
const NOT_SPACE = '[^<\\t\\n\\f\\r ]';
/** Text up to a run of two or more spaces, or a space before the next tag: the scan stops only where no attribute can start. */
const TEXT_PART = `${NOT_SPACE}*(?:${SPACE}${NOT_SPACE}+)*`;
const SLIM = new RegExp(
  [
    // Each element or comment ends at its end tag, or at the end of the copy: a serialisation
    // always closes them, and a scan that cannot fail cannot be made to run again and again.
    '<!--[\\s\\S]*?(?:-->|$)',
    // A tag name ends at a space or ">" (<style-guide> is a custom element, not a <style>).
    `(<script(?=[\\s>])(?=${IN_START_TAG}*? type="[^"]*ld\\+json)${START_TAG_REST}[\\s\\S]*?(?:</script>|$))`,
    `(<(script|style|noscript|iframe|xmp|noembed|noframes|plaintext)(?=[\\s>])${START_TAG_REST})[\\s\\S]*?(</\\3>|$)`,
    `(>${TEXT_PART})`,
    // An attribute is taken whole, kept or not, so that the scan never looks inside a value.
    `( (?:${KEPT})="[^"]*"| style="[^"]*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)[^"]*")`,
    `\\s[^\\s"'>/=<]+="[^"]*"`,
    // Where a text stopped: the run's first character kept, the rest dropped, the text taken on.
    `(${SPACE})(?=[\\t\\n\\f\\r <])${SPACE}*(${TEXT_PART})`,
  ].join('|'),
  'gi',
);

/** The copy as an inert document: no script runs, nothing loads. */
export const parseCopy = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
