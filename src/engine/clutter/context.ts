/**
 * What every clutter rule needs to know about the page, computed once:
 * the page index, the body, the protected article text, and the labels.
 */
import { isProse } from '../blocks';
import { MAX_INLINE_PROMO_CHARS } from '../constants';
import { type LabelMatch, matchLabel } from '../lexicon';
import type { PageFacts } from '../page-facts';
import { type Block, type PageIndex, type Totals, inArticleOf } from '../page-index';
import type { ClutterKind, RuleId } from '../types';

/** A tag or source line is the article's furniture up to this length (longer, the label word is in prose). */
const MAX_FURNITURE_CHARS = 200;

export interface ClutterContext {
  doc: Document;
  url: string;
  /** the article's headline */
  title: string;
  page: PageIndex;
  body: Element;
  lead: readonly Element[];
  /** prose blocks of the article (body and lead) in document order */
  articleProse: readonly Block[];
  /** total characters of article prose */
  articleChars: number;
  /** short blocks that are labels (the lexicon names them), found once for every rule */
  labels: readonly LabelledBlock[];
  /** tag blocks, tag links and source lines: never hidden */
  furniture: readonly Element[];
}

export interface ClutterInputs extends PageFacts {
  body: Element;
  lead: readonly Element[];
  /** the paragraph length the verdict read the article with (short pieces are protected as prose too) */
  minChars: number;
}

export interface LabelledBlock {
  block: Block;
  match: LabelMatch;
}

export interface Candidate {
  element: Element;
  kind: ClutterKind;
  rule: RuleId;
  /** elements a rule took together (a label and the story after it) share one decision; default: the element */
  decision?: Element;
  /** the decision is another story, shown by its label, its own headline and its topic: not the article's prose */
  anotherStory?: boolean;
}

export function makeContext({ doc, url, meta, page, body, lead, minChars }: ClutterInputs): ClutterContext {
  const title = meta.title;
  const articleProse = page.blocks.filter((b) => isProse(b, minChars) && inArticleOf(page, body, lead, b.element));
  const labels: LabelledBlock[] = [];
  for (const block of page.blocks) {
    const match = blockLabel(block);
    if (match) labels.push({ block, match });
  }
  const furniture: Element[] = labels.filter((l) => (l.match.kind === 'tags' || l.match.kind === 'source') && l.block.chars <= MAX_FURNITURE_CHARS).map((l) => l.block.element);
  for (const link of page.allLinks()) if (link.tag) furniture.push(link.element);
  return { doc, url, title, page, body, lead, articleProse, articleChars: articleProse.reduce((n, b) => n + b.chars, 0), labels, furniture };
}

export const totalsOf = (ctx: ClutterContext, el: Element): Totals =>
  ctx.page.totals(el) ?? { chars: 0, linkChars: 0, proseChars: 0, proseCount: 0, linkFrom: 0, linkTo: 0, elementFrom: 0, elementTo: 0 };

/** Label match for a block short enough to be a label or a one-line promo. */
export function blockLabel(block: Block, maxChars = MAX_INLINE_PROMO_CHARS): LabelMatch | null {
  return block.chars <= maxChars ? matchLabel(block.text) : null;
}

/** Is the element inside the article body (or a lead), or the body itself? */
export const inArticle = (ctx: ClutterContext, el: Element): boolean => inArticleOf(ctx.page, ctx.body, ctx.lead, el);

/**
 * Would hiding `el` hide article text? It must not hold the body or a lead, nor the
 * opening paragraph of the article, nor more than `allowedShare` of the article's prose
 * (a policy of constants.ts: PROSE_IN_BOX, PROSE_IN_STORY…).
 */
export function hidesArticle(ctx: ClutterContext, el: Element, allowedShare: number): boolean {
  const holdsIt = (inner: Element): boolean => ctx.page.contains(el, inner);
  if (holdsIt(ctx.body)) return true;
  if (ctx.lead.some(holdsIt)) return true;
  const first = ctx.articleProse[0];
  if (first && holdsIt(first.element)) return true;
  let chars = 0;
  for (const b of ctx.articleProse) if (holdsIt(b.element)) chars += b.chars;
  return ctx.articleChars > 0 && chars / ctx.articleChars > allowedShare;
}
