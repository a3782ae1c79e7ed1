/**
 * Rule: share bars, follow-us and newsletter prompts, comment sections and
 * labelled ads, found by the names themes give them (share, social, comments,
 * newsletter, ad…) when their content fits: short, or link-heavy, or a form.
 */
import { clutterHint } from '../class-hints';
import { visibleElements } from '../dom';
import type { ClutterKind } from '../types';
import { type Candidate, type ClutterContext, hidesArticle, isTagHref, totalsOf } from './context';

/** Longest text a share / follow / newsletter widget may have. */
const MAX_SHARE_CHARS = 250;
/** Longest text an ad slot may have (its label and a line of copy). */
const MAX_AD_CHARS = 300;

export function widgets(ctx: ClutterContext): Candidate[] {
  const out: Candidate[] = [];
  const root = ctx.doc.body;
  if (!root) return out;
  for (const el of visibleElements(root)) {
    const kind = clutterHint(el);
    if (kind !== 'share' && kind !== 'comments' && kind !== 'ad') continue;
    if (!fits(ctx, el, kind)) continue;
    if (el.closest('header, nav, footer')) continue;
    if (hidesArticle(ctx, el, 0)) continue;
    if (Array.from(el.querySelectorAll('a[href]')).some((a) => isTagHref(a.getAttribute('href')))) continue;
    out.push({ element: el, kind, rule: 'widget' });
  }
  return out;
}

function fits(ctx: ClutterContext, el: Element, kind: ClutterKind): boolean {
  const t = totalsOf(ctx, el);
  if (t.chars === 0) return false;
  switch (kind) {
    case 'share':
      return t.chars <= MAX_SHARE_CHARS || t.linkChars / t.chars > 0.7;
    case 'ad':
      return t.chars <= MAX_AD_CHARS;
    default:
      // Comment sections: forms, threads and their headings, wherever they sit.
      return true;
  }
}
