/**
 * Finding on the page the elements a reading of its copy named. A position is taken
 * only when the page counted as many elements as the copy and the element there has
 * the copy's tag name and number of children: when the copy and the page disagree
 * (a copy parsed differently, a page that changed since) nothing is hidden on trust.
 * No element that holds the article body is ever taken.
 */
import type { ClutterKind } from '../engine/types';
import type { CopyReading, Located } from '../shared/messages';
import type { TakenCopy } from '../shared/page-copy';

export function resolveReading(reading: CopyReading, copy: Pick<TakenCopy, 'body' | 'elements'>): Map<Element, ClutterKind> {
  const found = new Map<Element, ClutterKind>();
  if (!reading.isArticle || !reading.body || reading.elements !== copy.elements.length + 1) return found;
  const at = (l: Located): Element | null => {
    const el = l.at === 0 ? copy.body : copy.elements[l.at - 1];
    return el && el.tagName === l.tag && el.childElementCount === l.children ? el : null;
  };
  const body = at(reading.body);
  if (!body) return found;
  for (const item of reading.clutter) {
    const el = at(item);
    if (el && !el.contains(body)) found.set(el, item.kind);
  }
  return found;
}
