/**
 * Rule: a box introduced by a skip link.
 *
 * Publishers put a link before a promo (a podcast, a newsletter, recommended stories)
 * that lets a reader jump over it: "تخطى البودكاست وواصل القراءة", pointing to an anchor
 * right after the box ("#end-of-podcast"). What it skips is not the article: the smallest
 * element that holds both the link and its anchor, or, when that is the body itself, the
 * run of the body's children from the link to the anchor. The skip link is the evidence
 * that it is a box, so it may hold a line of prose (a podcast's blurb), but no more than
 * any one decision may hide (MAX_DECISION_PROSE_SHARE), and never the opening paragraph.
 * Fixture: tests/fixtures/rules/in-body-promos.html.
 */
import { MAX_DECISION_PROSE_SHARE } from '../constants';
import { matchLabel } from '../lexicon';
import { type Candidate, type ClutterContext, hidesArticle, inArticle } from './context';

/** A skip link jumps over a box, not over the article: at most this many elements lie between. */
const MAX_SKIPPED_ELEMENTS = 400;

export function skipLinks(ctx: ClutterContext): Candidate[] {
  const out: Candidate[] = [];
  for (const link of ctx.page.links(ctx.body)) {
    const href = link.href.trim();
    if (!href.startsWith('#') || href.length < 2 || matchLabel(link.text)?.kind !== 'skip') continue;
    const anchor = anchorOf(ctx, href.slice(1));
    if (!anchor || !inArticle(ctx, anchor) || !ctx.page.precedes(link.element, anchor)) continue;
    const at = (el: Element): number => ctx.page.totals(el)?.elementFrom ?? -1;
    if (at(anchor) - at(link.element) > MAX_SKIPPED_ELEMENTS) continue;
    let box: Element | null = link.element.parentElement;
    while (box && !ctx.page.contains(box, anchor)) box = box.parentElement;
    if (!box) continue;
    const run = box === ctx.body || ctx.page.contains(box, ctx.body) ? between(ctx, link.element, anchor) : [box];
    if (run.length && !run.some((el) => hidesArticle(ctx, el, MAX_DECISION_PROSE_SHARE))) {
      for (const element of run) out.push({ element, kind: 'read-also', rule: 'skip-link', decision: link.element });
    }
  }
  return out;
}

/** The element with this id among the page's named elements (no selector: the copy is read without one). */
function anchorOf(ctx: ClutterContext, id: string): Element | undefined {
  return ctx.page.named.find((el) => el.getAttribute('id') === id);
}

/** The body's children from the one holding `from` to the one holding `to`, both included. */
function between(ctx: ClutterContext, from: Element, to: Element): Element[] {
  const children = ctx.page.children(ctx.body);
  const first = children.findIndex((c) => ctx.page.contains(c, from));
  const last = children.findIndex((c) => ctx.page.contains(c, to));
  return first >= 0 && last >= first ? children.slice(first, last + 1) : [];
}
