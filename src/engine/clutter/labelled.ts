/**
 * Rule: furniture named by an Arabic label.
 *
 * A short line that matches the lexicon is either a one-line promo
 * ("اقرأ أيضاً: <a>headline</a>") or the heading of a box ("الأكثر قراءة" over a
 * list of links). The promo line is the clutter itself; a heading takes with it the
 * largest container around it whose other text is mostly links, never reaching the
 * article's own paragraphs. A label alone on its line takes the lists of headline links
 * printed right after it, and stops there: what follows the lists is the article.
 * Fixtures: tests/fixtures/rules/read-also-box.html, read-also-list-mid-article.html,
 * inline-read-also.html.
 */
import { MAX_LABEL_CHARS, MAX_LABEL_CLIMB, MIN_HEADLINE_WORDS, PROSE_IN_BOX } from '../constants';
import { FRAME_TAGS, HEADING_TAGS, tagOf } from '../dom';
import { CLUTTER_KINDS, type ClutterKind } from '../types';
import { type Candidate, type ClutterContext, hidesArticle, inArticle, totalsOf } from './context';

/**
 * Kinds a label can name that this rule hides: every clutter kind but a glued story (other-story.ts
 * decides those, by topic); tags and source lines are furniture we keep.
 */
const LABELLED_KINDS: ReadonlySet<string> = new Set(CLUTTER_KINDS.filter((k) => k !== 'other-story'));

/** Longest labelled prompt without links ("اشترك في نشرتنا الاقتصادية اليومية"). */
const MAX_PROMPT_CHARS = 90;
/** A parent adding no more than this much text beside the label is still the label's box. */
const SHORT_EXTRA_CHARS = 60;
/** Text a newsletter or poll form may add around its label. */
const MAX_FORM_BOX_EXTRA = 250;
/** Text around a label that is at least this share links still belongs to the labelled box. */
const BOX_LINK_SHARE = 0.6;
/** A label with text after it is a one-line promo when at least this share of the line is links… */
const MIN_LINE_LINK_SHARE = 0.45;
/** …and its box, climbing, may add text that is at least this share links (a line's box is smaller than a list's). */
const LINE_BOX_LINK_SHARE = 0.5;
/** A parent adding a paragraph and more than this much text is the article around the box. */
const MAX_PROSE_EXTRA_CHARS = 400;
/** A lone label takes at most this many lists after it. */
const MAX_LISTS_AFTER_LABEL = 2;
/** A prompt beside one of these is a newsletter or poll box; a box holding a form is one. */
const PROMPT_CONTROLS = new Set(['FORM', 'INPUT', 'BUTTON']);
const FORM_CONTROLS = new Set(['FORM', 'INPUT']);

export function labelledClutter(ctx: ClutterContext): Candidate[] {
  const out: Candidate[] = [];
  for (const { block, match } of ctx.labels) {
    if (!LABELLED_KINDS.has(match.kind)) continue;
    const kind = match.kind as ClutterKind;
    const inside = inArticle(ctx, block.element);
    if (match.rest && block.linkChars > 0) {
      // A one-line promo: the label followed by a link to elsewhere.
      if (block.linkChars / block.chars < MIN_LINE_LINK_SHARE) continue;
      out.push({ element: climb(ctx, block.element, kind, LINE_BOX_LINK_SHARE), kind, rule: 'labelled/line' });
    } else if (match.rest && isPrompt(ctx, block.element, kind, inside, block.chars)) {
      // A prompt with no link: "اشترك في نشرتنا", a comment rule, an ad label with its copy.
      out.push({ element: climb(ctx, block.element, kind, LINE_BOX_LINK_SHARE), kind, rule: 'labelled/line' });
    } else if (block.chars <= MAX_LABEL_CHARS && (!match.rest || block.linkChars === 0)) {
      const region = climb(ctx, block.element, kind, BOX_LINK_SHARE);
      out.push({ element: region, kind, rule: 'labelled/box' });
      // A label standing alone heads the list of links printed right after it (and nothing further).
      if (totalsOf(ctx, region).chars === block.chars) {
        for (const element of listsAfter(ctx, region)) out.push({ element, kind, rule: 'labelled/box', decision: region });
      }
    }
  }
  return out;
}

/**
 * A labelled line without links is clutter only where it cannot be a sentence of
 * the article: comment rules and ad labels after the text, and share / newsletter
 * prompts that are headings or sit beside a form — never a body paragraph that
 * happens to start with "تابعوا" or "اشترك في".
 */
function isPrompt(ctx: ClutterContext, el: Element, kind: ClutterKind, inside: boolean, chars: number): boolean {
  if (chars > MAX_PROMPT_CHARS) return false;
  if (kind === 'comments' || kind === 'ad') return !inside || chars <= MAX_PROMPT_CHARS / 2;
  if (kind !== 'share') return false;
  if (inside) return false;
  return HEADING_TAGS.has(tagOf(el)) || (el.parentElement !== null && ctx.page.holdsControl(el.parentElement, PROMPT_CONTROLS));
}

/** Where a box stops growing: the page and its main region (and its frame, FRAME_TAGS). */
const CLIMB_STOPS = new Set(['BODY', 'HTML', 'MAIN']);

/**
 * From a label up to the box it heads: each step up is taken while the text the
 * parent adds is mostly links (or nothing), the parent stays clear of the article,
 * of tag blocks, and of other labelled boxes of a different kind.
 */
export function climb(ctx: ClutterContext, start: Element, kind: ClutterKind, linkShare: number): Element {
  let region = start;
  for (let level = 0; level < MAX_LABEL_CLIMB; level++) {
    const parent = region.parentElement;
    if (!parent || parent === ctx.body || CLIMB_STOPS.has(tagOf(parent)) || FRAME_TAGS.has(tagOf(parent))) break;
    if (hidesArticle(ctx, parent, PROSE_IN_BOX)) break;
    const p = totalsOf(ctx, parent);
    const r = totalsOf(ctx, region);
    const extra = p.chars - r.chars;
    // The parent may add links (the box's list), a short line (a prompt, a date) or, for
    // newsletter and poll boxes, a form with its question — not prose.
    const formBox = kind === 'share' && extra <= MAX_FORM_BOX_EXTRA && ctx.page.holdsControl(parent, FORM_CONTROLS);
    if (extra > SHORT_EXTRA_CHARS && !formBox && (p.linkChars - r.linkChars) / extra < linkShare) break;
    if (p.proseCount > r.proseCount && extra > MAX_PROSE_EXTRA_CHARS) break;
    if (holdsFurniture(ctx, parent) && !holdsFurniture(ctx, region)) break;
    if (holdsOtherLabel(ctx, parent, region, kind)) break;
    region = parent;
  }
  return region;
}

/** The next siblings of a lone label that are lists of headline links (no prose), up to the first that is not. */
function listsAfter(ctx: ClutterContext, label: Element): Element[] {
  const out: Element[] = [];
  for (let sib = label.nextElementSibling; sib && out.length < MAX_LISTS_AFTER_LABEL; sib = sib.nextElementSibling) {
    const t = totalsOf(ctx, sib);
    if (t.chars === 0) continue;
    const headline = ctx.page.linksToPages(sib).some((l) => l.spacedWords >= MIN_HEADLINE_WORDS && !l.tag);
    if (t.proseCount > 0 || t.linkChars / t.chars < BOX_LINK_SHARE || !headline || hidesArticle(ctx, sib, PROSE_IN_BOX)) break;
    out.push(sib);
  }
  return out;
}

/** Tag links or a tags label or a source line: the page's furniture, which we keep visible. */
const holdsFurniture = (ctx: ClutterContext, el: Element): boolean => ctx.furniture.some((f) => ctx.page.contains(el, f));

/** Another label of a different kind inside `parent` but outside `region` (a neighbouring box). */
function holdsOtherLabel(ctx: ClutterContext, parent: Element, region: Element, kind: ClutterKind): boolean {
  return ctx.labels.some(
    ({ block, match }) =>
      match.kind !== kind &&
      !match.rest &&
      block.chars <= MAX_LABEL_CHARS * 2 &&
      ctx.page.contains(parent, block.element) &&
      !ctx.page.contains(region, block.element) &&
      !ctx.page.contains(block.element, region),
  );
}
