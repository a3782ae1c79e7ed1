/**
 * Rule: lists of headline links with no label.
 *
 * A list (ul/ol/dl, or a container of three or more similar children) where each
 * item is mostly one link whose text reads like a headline — several words, not a
 * one-word menu entry — is a list of other stories. Outside page chrome and around
 * the article, it is related / most-read clutter; tag lists are furniture and stay.
 * Fixture: tests/fixtures/rules/related-lists.html.
 */
import { clutterHint } from '../class-hints';
import { LINKY_DENSITY, MIN_HEADLINE_WORDS, MIN_LINK_LIST_ITEMS, PROSE_IN_BOX } from '../constants';
import { FRAME_TAGS, LIST_TAGS, tagOf } from '../dom';
import type { ClutterKind } from '../types';
import { type Candidate, type ClutterContext, hidesArticle, totalsOf } from './context';

/** A list of stories: at least this share of its items have one shape… */
const SAME_SHAPE_SHARE = 0.7;
/** …and at least this share of them are headlines. */
const HEADLINE_ITEM_SHARE = 0.6;

/**
 * A list that is itself the frame is navigation, not clutter around the article: by tag, and
 * by the navigation role only (a list marked banner or contentinfo is judged by its content).
 */
const isNavigation = (el: Element): boolean => FRAME_TAGS.has(tagOf(el)) || el.getAttribute('role') === 'navigation';

export function linkLists(ctx: ClutterContext): Candidate[] {
  const out: Candidate[] = [];
  // A walk over the page's elements in order that skips a list once it is taken, and text-less subtrees.
  const { elements } = ctx.page;
  for (let i = 0; i < elements.length; ) {
    const el = elements[i]!;
    const t = ctx.page.totals(el);
    if (!t || t.chars === 0) {
      i = t ? t.elementTo : i + 1;
      continue;
    }
    if (isHeadlineList(ctx, el) && !isNavigation(el) && !hidesArticle(ctx, el, PROSE_IN_BOX)) {
      out.push({ element: el, kind: listKind(ctx, el), rule: 'link-lists' });
      i = t.elementTo;
      continue;
    }
    i++;
  }
  return out;
}

function listKind(ctx: ClutterContext, el: Element): ClutterKind {
  for (let a: Element | null = el; a && a !== a.ownerDocument.body; a = a.parentElement) {
    const hint = clutterHint(a, ctx.page);
    if (hint === 'most-read' || hint === 'related' || hint === 'read-also') return hint;
  }
  return 'related';
}

/** Children that carry text, the items of a list. */
const items = (ctx: ClutterContext, el: Element): Element[] => ctx.page.children(el).filter((c) => totalsOf(ctx, c).chars > 0);

export function isHeadlineList(ctx: ClutterContext, el: Element): boolean {
  const totals = totalsOf(ctx, el);
  if (totals.chars === 0 || totals.linkChars / totals.chars < LINKY_DENSITY) return false;
  const list = items(ctx, el);
  if (list.length < MIN_LINK_LIST_ITEMS) return false;
  // Plain containers must repeat one item shape, as lists of stories do (a heading may top them).
  if (!LIST_TAGS.has(tagOf(el))) {
    const shapes = new Map<string, number>();
    for (const c of list) shapes.set(tagOf(c), (shapes.get(tagOf(c)) ?? 0) + 1);
    if (Math.max(...shapes.values()) < Math.max(MIN_LINK_LIST_ITEMS, list.length * SAME_SHAPE_SHARE)) return false;
  }
  let headlines = 0;
  for (const item of list) {
    const links = ctx.page.linksToPages(item);
    if (links.length === 0) continue;
    if (links.some((l) => l.tag)) return false;
    // A story item is one headline link (with maybe an image link and a date); a menu row is many links.
    if (new Set(links.map((l) => l.href)).size > 2) continue;
    const longest = Math.max(...links.map((l) => l.spacedWords));
    if (longest >= MIN_HEADLINE_WORDS) headlines++;
  }
  return headlines >= MIN_LINK_LIST_ITEMS && headlines >= list.length * HEADLINE_ITEM_SHARE;
}
