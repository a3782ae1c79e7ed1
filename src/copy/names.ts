/**
 * Naming an element so that the page and its copy agree on it: the path of element-child
 * indices from the body, the tag name, the number of element children, and a key of its
 * text. The path finds the element when the copy parsed like the page; the tag and text
 * check that it is the same one; and when a live page does not round-trip (its scripts
 * nested a <div> in a <p>, an <a> in an <a>, a <tr> straight in a <table>, or inserted
 * and removed elements since the copy), the one element with the same tag and text (the
 * number of children telling apart elements alike otherwise) is found instead — or none,
 * never another.
 */
import { DESCEND, SKIP, STOP, isElement, isText, walk } from '../engine/dom';
import type { ElementName } from '../shared/messages';

/** Subtrees whose text a copy drops or holds differently (emptied raw text; <noscript> is text on a live page). */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'XMP', 'NOEMBED', 'NOFRAMES', 'PLAINTEXT', 'TEXTAREA']);
/** Characters of an element's text that its key keeps (with the count of all of them). */
export const TEXT_KEY_CHARS = 48;

/** UNREAD as a selector. */
const UNREAD_SELECTOR = [...UNREAD].join(',').toLowerCase();
/** What a key leaves out of an element's text: the characters up to the space, and the no-break space. */
const SPACES = /[\x00-\x20\xa0]+/g;
const countKept = (text: string): number => text.replace(SPACES, '').length;

/**
 * An element's text key: its first TEXT_KEY_CHARS non-space characters and the count of
 * all of them, outside UNREAD subtrees (`prefixOnly`: the first part alone, read early).
 * Both come from the browser's own text: the element's text when nothing in it is UNREAD
 * (most elements); otherwise that text less that of its outermost UNREAD subtrees for the
 * count, and the text of the ranges between them for the first part. A walk in script over
 * every node cost the page's thread milliseconds per element on a cold page (textKeyByWalk,
 * the reference, says the same; the early first part of a candidate is still walked).
 */
export function textKey(el: Element, prefixOnly = false): string {
  if (prefixOnly) return textKeyByWalk(el, true);
  const unread = el.querySelectorAll(UNREAD_SELECTOR);
  const kept = (el.textContent ?? '').replace(SPACES, '');
  if (!unread.length) return `${kept.length}:${kept.slice(0, TEXT_KEY_CHARS)}`;
  let count = kept.length;
  let head = '';
  const between = el.ownerDocument.createRange();
  between.setStart(el, 0);
  let outer: Element | null = null;
  for (const node of unread) {
    if (outer?.contains(node)) continue;
    outer = node;
    count -= countKept(node.textContent ?? '');
    if (head.length < TEXT_KEY_CHARS) {
      between.setEndBefore(node);
      head += between.toString().replace(SPACES, '');
      between.setStartAfter(node);
    }
  }
  if (head.length < TEXT_KEY_CHARS) {
    between.setEnd(el, el.childNodes.length);
    head += between.toString().replace(SPACES, '');
  }
  return `${count}:${head.slice(0, TEXT_KEY_CHARS)}`;
}

/** The text key by a walk over every text node (the reference for textKey; its first part is read this way). */
export function textKeyByWalk(el: Element, prefixOnly = false): string {
  let head = '';
  let count = 0;
  walk(el, (node) => {
    if (isText(node)) {
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (c <= 32 || c === 160) continue;
        if (head.length < TEXT_KEY_CHARS) head += data[i];
        count++;
      }
      return prefixOnly && head.length >= TEXT_KEY_CHARS ? STOP : SKIP;
    }
    return isElement(node) && !UNREAD.has(node.tagName.toUpperCase()) ? DESCEND : SKIP;
  });
  return prefixOnly ? head : `${count}:${head}`;
}

/** The name of `el` under `root` (`null` when it is not under it). */
export function nameOf(root: Element, el: Element): ElementName | null {
  const path: number[] = [];
  for (let node: Element | null = el; node !== root; node = node.parentElement) {
    if (!node) return null;
    let index = 0;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) index++;
    path.push(index);
  }
  return { path: path.reverse(), tag: el.tagName, children: el.childElementCount, text: textKey(el) };
}

/**
 * The same element: tag and text. The number of children is not required — a <div> nested in
 * a <p> re-parses as siblings and changes the count of the element around them — but it
 * tells apart elements alike in tag and text.
 */
const sameText = (el: Element, name: ElementName): boolean => el.tagName === name.tag && textKey(el) === name.text;

/** At most this many elements of the same tag are compared when the path does not lead to the element. */
const MAX_CANDIDATES = 2000;

/** The element under `root` with this name: by its path, else the only one with its tag and text (and children). */
export function findByName(root: Element, name: ElementName): Element | null {
  let el: Element | undefined = root;
  for (const i of name.path) {
    el = el.children[i];
    if (!el) break;
  }
  if (el && sameText(el, name)) return el;
  const head = name.text.slice(name.text.indexOf(':') + 1);
  // One copy of the live collection: indexing a live one walks it again in some DOMs.
  const candidates = Array.from(root.getElementsByTagName(name.tag)).slice(0, MAX_CANDIDATES);
  const alike = candidates.filter((c) => c.tagName === name.tag && textKey(c, true) === head && sameText(c, name));
  if (alike.length === 1) return alike[0]!;
  // Several alike: the one with the copy's number of children, if only one has it; else which was meant cannot be told.
  const exact = alike.filter((c) => c.childElementCount === name.children);
  return exact.length === 1 ? exact[0]! : null;
}
