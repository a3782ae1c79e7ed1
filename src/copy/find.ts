/**
 * Finding on the page the elements a reading of its copy named (the page's end of the
 * protocol; see README.md here), item by item: each named element is found by its path,
 * or — where the live page does not round-trip — as the only element with its tag,
 * children and text (names.ts). An item that cannot be found for certain is not hidden,
 * and is counted, so the popup can say so; no element that holds the article body is
 * ever taken, and nothing is taken when the body itself cannot be found.
 */
import type { ClutterKind } from '../engine/types';
import type { CopyReading } from '../shared/messages';
import { findByName } from './names';

export interface Found {
  /** the page's own elements, with their kind */
  found: Map<Element, ClutterKind>;
  /** items of the reading not found on the page for certain (left visible) */
  missed: number;
}

export function findReading(reading: CopyReading, root: Element): Found {
  const found = new Map<Element, ClutterKind>();
  if (!reading.isArticle || !reading.body) return { found, missed: 0 };
  const body = findByName(root, reading.body);
  if (!body) return { found, missed: reading.clutter.length };
  let missed = 0;
  for (const item of reading.clutter) {
    const el = findByName(root, item);
    if (el && !el.contains(body)) found.set(el, item.kind);
    else missed++;
  }
  return { found, missed };
}
