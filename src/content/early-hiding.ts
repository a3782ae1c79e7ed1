/**
 * The hand-over from the early script (early.ts, at document_start) to the content
 * script (index.ts, when the document is idle). Both run in the extension's own world
 * on the page (scripts of one extension share it in Chrome and Firefox), where the page's
 * scripts cannot see this property.
 */
import type { SiteRule } from '../site-rules/selector';

export interface EarlyHiding {
  /** the stylesheet hiding the remembered boxes */
  style: HTMLStyleElement;
  /** the rules it holds */
  rules: SiteRule[];
}

const KEY = '__naqiEarlyHiding';
/** Closed once the content script has taken over: a stylesheet that comes later would never be removed. */
type Scope = { [KEY]?: EarlyHiding | 'closed' };

/** Hands the hiding over; false (and nothing to do) when the content script has already taken over. */
export function handOver(hiding: EarlyHiding): boolean {
  if ((globalThis as Scope)[KEY] === 'closed') return false;
  (globalThis as Scope)[KEY] = hiding;
  return true;
}

/** The early hiding, once: the caller now owns (and must remove) its stylesheet. */
export function takeOver(): EarlyHiding | null {
  const hiding = (globalThis as Scope)[KEY];
  (globalThis as Scope)[KEY] = 'closed';
  return hiding && hiding !== 'closed' ? hiding : null;
}
