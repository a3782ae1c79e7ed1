/**
 * All clutter rules, run in turn; their findings are merged so that each element
 * is reported once (the outermost wins) and nothing that holds the page's tags or
 * source line is hidden.
 */
import { type PageBlocks, holds, precedes } from '../blocks';
import { inNavigation } from '../class-hints';
import type { LinkIndex } from '../links';
import type { ClutterFinding } from '../types';
import { commentPolicy } from './comment-policy';
import { type Candidate, type ClutterContext, makeContext } from './context';
import { inlinePromos } from './inline-promos';
import { labelledClutter } from './labelled';
import { linkLists } from './link-lists';
import { otherStories } from './other-story';
import { widgets } from './widgets';

/** Rules in order of confidence: when two find the same element, the first names its kind. */
export const RULES: readonly ((ctx: ClutterContext) => Candidate[])[] = [
  labelledClutter,
  inlinePromos,
  otherStories,
  commentPolicy,
  linkLists,
  widgets,
];

export function findClutter(doc: Document, url: string, page: PageBlocks, links: LinkIndex, body: Element, lead: readonly Element[]): ClutterFinding[] {
  const ctx = makeContext(doc, url, page, links, body, lead);
  const furniture = ctx.furniture;
  const seen = new Map<Element, Candidate>();
  for (const rule of RULES) {
    for (const c of rule(ctx)) {
      if (seen.has(c.element) || inNavigation(c.element, page, body)) continue;
      if (c.kind !== 'other-story' && furniture.some((f) => holds(page, c.element, f))) continue;
      seen.set(c.element, c);
    }
  }
  const all = [...seen.values()].sort((a, b) => (precedes(page, a.element, b.element) ? -1 : 1));
  // Keep the outermost: in document order a container comes before what it holds.
  const kept: Candidate[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (last && holds(page, last.element, c.element)) continue;
    kept.push(c);
  }
  return kept.map(({ element, kind, rule }) => ({ element, kind, rule }));
}
