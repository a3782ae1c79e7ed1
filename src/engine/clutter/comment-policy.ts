/**
 * Rule: comment-policy and comment-form boilerplate after the article.
 *
 * Publishers print rules for commenters ("الآراء الواردة أدناه لا تعبر عن رأي الموقع")
 * as ordinary paragraphs, often inside the story container. A paragraph with a
 * comment-policy phrase (and another marker), after the article's last paragraph
 * of real prose, is clutter.
 * Fixture: tests/fixtures/rules/comment-policy.html.
 */
import phrases from '../../data/comment-policy.json';
import { normalizeArabic } from '../arabic';
import { PROSE_IN_COMMENT_POLICY } from '../constants';
import type { Block } from '../page-index';
import { type Candidate, type ClutterContext, hidesArticle, totalsOf } from './context';

/** Longest comment-policy paragraph: rules for commenters, not an essay. */
const MAX_POLICY_CHARS = 1200;
/** …and at least this long (a lone word such as "التعليقات" is a heading, not a policy). */
const MIN_POLICY_CHARS = 20;

let compiled: { strong: string[]; weak: string[] } | undefined;
/** The phrases in matching form, on first use (the extension's build ships them so: `normalized`). */
function policyMarkers(): { strong: string[]; weak: string[] } {
  const ready = (phrases as { normalized?: boolean }).normalized === true;
  return (compiled ??= {
    strong: ready ? phrases.strong : phrases.strong.map(normalizeArabic),
    weak: ready ? phrases.weak : phrases.weak.map(normalizeArabic),
  });
}

export function isPolicyText(text: string): boolean {
  const markers = policyMarkers();
  const t = normalizeArabic(text);
  const strong = markers.strong.filter((m) => t.includes(m)).length;
  if (strong === 0) return false;
  return strong + markers.weak.filter((m) => t.includes(m)).length >= 2;
}

export function commentPolicy(ctx: ClutterContext): Candidate[] {
  const isPolicy = (b: Block): boolean => b.chars >= MIN_POLICY_CHARS && b.chars <= MAX_POLICY_CHARS && isPolicyText(b.text);
  // The article's last paragraph that is not policy; the article's own text before it is never read as policy.
  let lastProse: Block | undefined;
  for (let i = ctx.articleProse.length - 1; i >= 0 && !lastProse; i--) if (!isPolicy(ctx.articleProse[i]!)) lastProse = ctx.articleProse[i];
  const inArticleText = (b: Block): boolean =>
    lastProse !== undefined && ctx.page.precedes(b.element, lastProse.element) && ctx.page.contains(ctx.body, b.element);
  const out: Candidate[] = [];
  for (const block of ctx.page.blocks) {
    if (inArticleText(block) || !isPolicy(block)) continue;
    const element = wrapper(ctx, block.element);
    if (lastProse && ctx.page.contains(element, lastProse.element)) continue;
    if (hidesArticle(ctx, element, PROSE_IN_COMMENT_POLICY)) continue;
    out.push({ element, kind: 'comments', rule: 'comment-policy' });
  }
  return out;
}

/** The container holding only policy paragraphs (its parent, when nothing else is in it). */
function wrapper(ctx: ClutterContext, el: Element): Element {
  const parent = el.parentElement;
  if (!parent || parent === ctx.body || ctx.page.contains(parent, ctx.body)) return el;
  const siblings = Array.from(parent.children).filter((c) => totalsOf(ctx, c).chars > 0);
  return siblings.every((c) => isPolicyText(ctx.page.text(c))) ? parent : el;
}
