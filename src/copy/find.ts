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
import type { SiteRule } from '../site-rules/selector';
import { findByName } from './names';

export interface Found {
  /** the page's own elements, with their kind and the site rule the reading proposes for them */
  found: Map<Element, { kind: ClutterKind; rule: SiteRule | null }>;
  /** items of the reading not found on the page for certain (left visible) */
  missed: number;
  /** the article body on the page */
  body: Element | null;
}

export function findReading(reading: CopyReading, root: Element): Found {
  const found: Found['found'] = new Map();
  if (!reading.isArticle || !reading.body) return { found, missed: 0, body: null };
  const body = findByName(root, reading.body);
  if (!body) return { found, missed: reading.clutter.length, body: null };
  let missed = 0;
  for (const item of reading.clutter) {
    const el = findByName(root, item);
    if (el && !el.contains(body)) found.set(el, { kind: item.kind, rule: item.rule });
    else missed++;
  }
  return { found, missed, body };
}
