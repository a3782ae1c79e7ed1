/**
 * Positions of elements in a copy of a page, as the page itself counts them: so that
 * the engine can read a copy elsewhere and the page can find the elements it named.
 *
 * Position 0 is the root (the body); then every element under it in document order,
 * except what is inside a <noscript>. A live page (scripting on) holds a <noscript>'s
 * content as text, a parsed copy (scripting off) as elements: leaving them out makes
 * both count alike. The page counts with `root.querySelectorAll(POSITIONED)`.
 */

export const POSITIONED = '*:not(noscript *)';

export interface PositionIndex {
  /** how many positions there are (the root included) */
  count: number;
  /** the position of each target found under the root (or the root itself) */
  of: Map<Element, number>;
}

export function positions(root: Element, targets: Iterable<Element>): PositionIndex {
  const wanted = new Set(targets);
  const of = new Map<Element, number>();
  let count = 0;
  // Iterative, in document order: pages nest deeper than the call stack allows.
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (wanted.has(el)) of.set(el, count);
    count++;
    if (el.tagName.toUpperCase() === 'NOSCRIPT') continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return { count, of };
}
