/**
 * All clutter rules, run in turn; their findings are merged so that each element
 * is reported once (the outermost wins) and nothing that holds the page's tags or
 * source line is hidden.
 *
 * Then the invariant that the article is never cut: each rule's decision (an element,
 * or the run of elements it took together) may hide at most MAX_DECISION_PROSE_SHARE of
 * the article's prose, and all of them together at most MAX_HIDDEN_PROSE_SHARE; a
 * decision over its bound is dropped whole (the least confident rule's first). A story
 * glued into the body, shown to be another one by its label, its headline and its topic,
 * is not the article's prose: it is taken out first, if what remains before it is still
 * an article (MIN_ARTICLE_CHARS).
 */
import { inNavigation } from '../class-hints';
import { MAX_DECISION_PROSE_SHARE, MAX_HIDDEN_PROSE_SHARE, MIN_ARTICLE_CHARS } from '../constants';
import type { ClutterFinding } from '../types';
import { commentPolicy } from './comment-policy';
import { type Candidate, type ClutterContext, type ClutterInputs, makeContext } from './context';
import { inlinePromos } from './inline-promos';
import { labelledClutter } from './labelled';
import { linkLists } from './link-lists';
import { otherStories } from './other-story';
import { skipLinks } from './skip-link';
import { widgets } from './widgets';

/** Rules in order of confidence: when two find the same element, the first names its kind. */
export const RULES: readonly ((ctx: ClutterContext) => Candidate[])[] = [
  labelledClutter,
  inlinePromos,
  skipLinks,
  otherStories,
  commentPolicy,
  linkLists,
  widgets,
];

export function findClutter(inputs: ClutterInputs): ClutterFinding[] {
  const ctx = makeContext(inputs);
  const { page, furniture } = ctx;
  const seen = new Map<Element, Candidate & { order: number }>();
  RULES.forEach((rule, order) => {
    for (const c of rule(ctx)) {
      if (seen.has(c.element) || inNavigation(c.element, page, ctx.body)) continue;
      if (c.kind !== 'other-story' && furniture.some((f) => page.contains(c.element, f))) continue;
      seen.set(c.element, { ...c, order });
    }
  });
  const all = [...seen.values()].sort((a, b) => (page.precedes(a.element, b.element) ? -1 : 1));
  // Keep the outermost: in document order a container comes before what it holds.
  const kept: (Candidate & { order: number })[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (last && page.contains(last.element, c.element)) continue;
    kept.push(c);
  }
  const allowed = withinProseBounds(ctx, kept);
  return kept.filter((c) => allowed.has(c.decision ?? c.element)).map(({ element, kind, rule }) => ({ element, kind, rule }));
}

/** The decisions (see Candidate.decision) whose hiding stays within the prose bounds. */
function withinProseBounds(ctx: ClutterContext, kept: readonly (Candidate & { order: number })[]): Set<Element> {
  const decisions = new Map<Element, { chars: number; order: number; story: boolean }>();
  for (const c of kept) {
    const key = c.decision ?? c.element;
    const d = decisions.get(key) ?? { chars: 0, order: c.order, story: false };
    // A label another rule claimed first still belongs to the story it introduces.
    d.story ||= c.anotherStory === true;
    for (const b of ctx.articleProse) if (ctx.page.contains(c.element, b.element)) d.chars += b.chars;
    decisions.set(key, d);
  }
  const allowed = new Set<Element>();
  let article = ctx.articleChars;
  for (const [key, d] of decisions) {
    if (!d.story || article - d.chars < MIN_ARTICLE_CHARS) continue;
    article -= d.chars;
    allowed.add(key);
  }
  let hidden = 0;
  const share = (chars: number): number => (article > 0 ? chars / article : chars > 0 ? Infinity : 0);
  // The most confident rules spend the shared bound first.
  for (const [key, d] of [...decisions].sort((a, b) => a[1].order - b[1].order)) {
    if (d.story) continue;
    if (share(d.chars) > MAX_DECISION_PROSE_SHARE || share(hidden + d.chars) > MAX_HIDDEN_PROSE_SHARE) continue;
    hidden += d.chars;
    allowed.add(key);
  }
  return allowed;
}
