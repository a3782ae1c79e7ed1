/**
 * Rule: a line inside the article that is nothing but a link to another story.
 *
 * Between paragraphs, publishers drop headline links with no label at all (a bare
 * "<p><a>headline</a></p>", a teaser box). A line counts when nearly all its text
 * is one or two links to other pages, the link text reads as a headline, and the
 * line is short. A paragraph that merely contains a link is prose and stays.
 *
 * The line is often a card's headline: the card (a picture linking to the same story, a
 * date, a section label) goes with it, as long as it adds no other link and no prose.
 * Teaser boxes the theme names as such (inject, teaser, read-more…) go whole (teaser-box).
 * Fixtures: tests/fixtures/rules/bare-promo.html, in-body-promos.html, teaser-box.html.
 */
import { linkDensity } from '../blocks';
import { clutterHint } from '../class-hints';
import { MAX_INLINE_PROMO_CHARS, MIN_HEADLINE_WORDS, PROSE_IN_BOX, PROSE_IN_STORY } from '../constants';
import { HEADING_TAGS, tagOf } from '../dom';
import { matchLabel } from '../lexicon';
import { spacedWords } from '../links';
import type { Block } from '../page-index';
import { type Candidate, type ClutterContext, hidesArticle, inArticle, totalsOf } from './context';

/** Text a card may add around its headline link (a date, a section label). */
const MAX_CARD_EXTRA_CHARS = 60;
/** A promo line is at least this share link text. */
const PROMO_LINK_SHARE = 0.85;
/** A teaser box named as such may be this many times a promo line's length (its image caption, its date). */
const TEASER_BOX_SLACK = 1.5;
/** A promo line links to at most this many stories. */
const MAX_PROMO_LINKS = 3;
/** The body's first heading of these is its headline, not a promo. */
const TOP_HEADINGS = new Set(['H1', 'H2']);

export function inlinePromos(ctx: ClutterContext): Candidate[] {
  const out: Candidate[] = [];
  for (const block of ctx.page.blocks) {
    if (!inArticle(ctx, block.element) || !isPromoLine(ctx, block)) continue;
    const element = outermostWrapper(ctx, block.element);
    if (hidesArticle(ctx, element, PROSE_IN_STORY)) continue;
    out.push({ element, kind: 'read-also', rule: 'inline-promos/line' });
  }
  // Teaser boxes named as such (inject, teaser, read-more…) inside the article.
  for (const el of ctx.page.named) {
    if (el === ctx.body || !ctx.page.contains(ctx.body, el) || clutterHint(el, ctx.page) !== 'read-also') continue;
    const totals = totalsOf(ctx, el);
    if (totals.chars === 0 || totals.chars > MAX_INLINE_PROMO_CHARS * TEASER_BOX_SLACK || totals.linkChars === 0) continue;
    if (hidesArticle(ctx, el, PROSE_IN_BOX)) continue;
    out.push({ element: el, kind: 'read-also', rule: 'inline-promos/teaser-box' });
  }
  return out;
}

function isPromoLine(ctx: ClutterContext, block: Block): boolean {
  if (block.chars > MAX_INLINE_PROMO_CHARS || linkDensity(block) < PROMO_LINK_SHARE) return false;
  if (HEADING_TAGS.has(tagOf(block.element)) && block.element === ctx.page.firstHeading(ctx.body, TOP_HEADINGS)) return false;
  const label = matchLabel(block.text);
  if (label && (label.kind === 'source' || label.kind === 'tags')) return false;
  const links = ctx.page.linksToPages(block.element);
  if (links.length === 0 || links.length > MAX_PROMO_LINKS) return false;
  if (links.some((l) => l.tag)) return false;
  return spacedWords(links.map((l) => l.text).join(' ')) >= MIN_HEADLINE_WORDS;
}

/**
 * A promo sits in wrappers (div > p > a) and often in a card: take every wrapper that adds
 * nothing but a short unlinked line (a date, a label) and links to the same story.
 */
function outermostWrapper(ctx: ClutterContext, el: Element): Element {
  let region = el;
  const start = totalsOf(ctx, el);
  const targets = new Set(ctx.page.linksToPages(el).map((l) => l.target));
  for (let p = el.parentElement; p && p !== ctx.body && !ctx.page.contains(p, ctx.body); p = p.parentElement) {
    const t = totalsOf(ctx, p);
    if (t.chars - t.linkChars - (start.chars - start.linkChars) > MAX_CARD_EXTRA_CHARS) break;
    if (!ctx.page.links(p).every((l) => !l.target || targets.has(l.target))) break;
    if (hidesArticle(ctx, p, PROSE_IN_BOX)) break;
    region = p;
  }
  return region;
}
