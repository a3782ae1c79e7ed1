/**
 * Rule: comment-policy and comment-form boilerplate after the article.
 *
 * Publishers print rules for commenters ("الآراء الواردة أدناه لا تعبر عن رأي الموقع")
 * as ordinary paragraphs, often inside the story container. A paragraph with a
 * comment-policy phrase (and another marker), after the article's last paragraph
 * of real prose, is clutter.
 */
import phrases from '../../data/comment-policy.json';
import { normalizeArabic } from '../arabic';
import { type Block, precedes } from '../blocks';
import { type Candidate, type ClutterContext, hidesArticle, totalsOf } from './context';

const STRONG = phrases.strong.map(normalizeArabic);
const WEAK = phrases.weak.map(normalizeArabic);
const MAX_POLICY_CHARS = 1200;

export function isPolicyText(text: string): boolean {
  const t = normalizeArabic(text);
  const strong = STRONG.filter((m) => t.includes(m)).length;
  if (strong === 0) return false;
  return strong + WEAK.filter((m) => t.includes(m)).length >= 2;
}

export function commentPolicy(ctx: ClutterContext): Candidate[] {
  const isPolicy = (b: Block): boolean => b.chars >= 20 && b.chars <= MAX_POLICY_CHARS && isPolicyText(b.text);
  // The article's last paragraph that is not policy; the article's own text before it is never read as policy.
  let lastProse: Block | undefined;
  for (let i = ctx.articleProse.length - 1; i >= 0 && !lastProse; i--) if (!isPolicy(ctx.articleProse[i]!)) lastProse = ctx.articleProse[i];
  const inArticleText = (b: Block): boolean =>
    lastProse !== undefined && precedes(ctx.page, b.element, lastProse.element) && ctx.body.contains(b.element);
  const out: Candidate[] = [];
  for (const block of ctx.page.blocks) {
    if (inArticleText(block) || !isPolicy(block)) continue;
    const element = wrapper(ctx, block.element);
    if (lastProse && element.contains(lastProse.element)) continue;
    if (hidesArticle(ctx, element, 0.5)) continue;
    out.push({ element, kind: 'comments', rule: 'comment-policy' });
  }
  return out;
}

/** The container holding only policy paragraphs (its parent, when nothing else is in it). */
function wrapper(ctx: ClutterContext, el: Element): Element {
  const parent = el.parentElement;
  if (!parent || parent === ctx.body || parent.contains(ctx.body)) return el;
  const siblings = Array.from(parent.children).filter((c) => totalsOf(ctx, c).chars > 0);
  return siblings.every((c) => isPolicyText(c.textContent ?? '')) ? parent : el;
}
