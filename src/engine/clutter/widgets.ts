/**
 * Rule: boxes found by the names themes give them, when their content fits.
 *  - share bars, follow-us and newsletter prompts (share, social, newsletter…): short or link-heavy;
 *  - comment sections (comments, disqus, respond…): whatever they hold;
 *  - ad slots (ad, sponsor…): short;
 *  - other-story boxes (related, popular, next-prev, trending…): link-heavy with a headline link,
 *    which catches boxes too small for link-lists.ts (a previous / next pair).
 * Fixture: tests/fixtures/pages/article-basic.html.
 */
import { clutterHint } from '../class-hints';
import { FRAME_TAGS, closestWhere, tagOf } from '../dom';
import type { ClutterKind } from '../types';
import { MIN_HEADLINE_WORDS, PROSE_IN_BOX } from '../constants';
import { type Candidate, type ClutterContext, hidesArticle, totalsOf } from './context';

/** Widgets in the site's header, navigation or footer are the site's own. */
const isPageChrome = (el: Element): boolean => FRAME_TAGS.has(tagOf(el));

/** Longest text a share / follow / newsletter widget may have. */
const MAX_SHARE_CHARS = 250;
/** Longest text an ad slot may have (its label and a line of copy). */
const MAX_AD_CHARS = 300;
/** A longer share box is still one when more than this share of it is links (the networks' names). */
const MIN_SHARE_LINK_SHARE = 0.7;
/** A related, most-read or read-also widget is at least this share links, one of them a headline. */
const MIN_LIST_LINK_SHARE = 0.6;

export function widgets(ctx: ClutterContext): Candidate[] {
  const out: Candidate[] = [];
  for (const el of ctx.page.named) {
    const kind = clutterHint(el, ctx.page);
    if (!kind || kind === 'other-story') continue;
    if (!fits(ctx, el, kind)) continue;
    if (closestWhere(el, isPageChrome)) continue;
    if (hidesArticle(ctx, el, PROSE_IN_BOX)) continue;
    if (ctx.page.links(el).some((l) => l.tag)) continue;
    out.push({ element: el, kind, rule: 'widgets' });
  }
  return out;
}

function fits(ctx: ClutterContext, el: Element, kind: ClutterKind): boolean {
  const t = totalsOf(ctx, el);
  if (t.chars === 0) return false;
  switch (kind) {
    case 'share':
      return t.chars <= MAX_SHARE_CHARS || t.linkChars / t.chars > MIN_SHARE_LINK_SHARE;
    case 'ad':
      return t.chars <= MAX_AD_CHARS;
    case 'related':
    case 'most-read':
    case 'read-also':
      return t.linkChars / t.chars >= MIN_LIST_LINK_SHARE && ctx.page.linksToPages(el).some((l) => l.spacedWords >= MIN_HEADLINE_WORDS);
    default:
      // Comment sections: forms, threads and their headings, wherever they sit.
      return true;
  }
}
