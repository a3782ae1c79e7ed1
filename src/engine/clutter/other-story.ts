/**
 * Rule: other stories glued under the article.
 *
 * Aggregators and infinite-scroll pages print a second story right after the
 * first, often introduced by "إقرأ أيضاً:". Such a story has prose of its own, so
 * list rules miss it. After the body, a container with prose is another story when
 * something says so: a read-also label right before or at its top, an <article> of
 * its own, a class naming it (next, related…), or a headline that links elsewhere.
 *
 * Prose is hidden as another story only when it is about something else: a passage that
 * names the article's people, places and things again is the article going on (see
 * topic.ts), whatever precedes it. Inside the body, a label followed by a list of links is
 * a read-also box (labelled.ts), not the headline of a story: what follows the list stays.
 * Fixtures: tests/fixtures/rules/glued-story.html, glued-story-in-body.html,
 * read-also-list-mid-article.html.
 */
import { isProse } from '../blocks';
import { clutterHint } from '../class-hints';
import { MAX_LABEL_CHARS, PROSE_IN_BOX, PROSE_IN_STORY } from '../constants';
import { HEADING_TAGS, LIST_TAGS, tagOf } from '../dom';
import { matchLabel } from '../lexicon';
import type { Block } from '../page-index';
import { type StoryWords, isSameStory, storyWords } from '../topic';
import type { ClutterKind } from '../types';
import { type Candidate, type ClutterContext, hidesArticle, totalsOf } from './context';

/** A container needs this much prose to be a story rather than a box of links. */
const MIN_STORY_PROSE = 120;
/** How many levels above the body to look for following siblings. */
const LEVELS_UP = 4;
/** A line that is a story's headline without a heading tag: at most this long, at least this share one link. */
const MAX_LINK_HEADLINE_CHARS = 200;
const MIN_LINK_HEADLINE_SHARE = 0.8;
/** Headings that count as a story's headline. */
const HEADLINE_TAGS = new Set(['H1', 'H2', 'H3', 'H4']);

export function otherStories(ctx: ClutterContext): Candidate[] {
  const out: Candidate[] = [];
  // Inside the body: a read-also label on its own line, then more prose: everything from it on.
  for (const block of ctx.page.blocks) {
    if (!ctx.page.contains(ctx.body, block.element) || block.element === ctx.body) continue;
    const label = block.chars <= MAX_LABEL_CHARS ? matchLabel(block.text) : null;
    if (!label || label.kind !== 'read-also' || label.rest) continue;
    const start = topLevelIn(ctx.body, block.element);
    // The label stands on its own line, and what follows opens with the next story's headline.
    if (totalsOf(ctx, start).chars > block.chars) continue;
    const following = siblingsFrom(start);
    const headline = following.slice(1).find((el) => totalsOf(ctx, el).chars > 0);
    if (!headline || !isStoryHeadline(ctx, headline)) continue;
    if (following.reduce((n, el) => n + totalsOf(ctx, el).proseChars, 0) < MIN_STORY_PROSE) continue;
    if (following.some((el) => hidesArticle(ctx, el, PROSE_IN_STORY))) continue;
    if (!anotherTopic(ctx, following, start)) continue;
    for (const el of following) out.push({ element: el, kind: 'other-story', rule: 'other-story/label-then', decision: start, anotherStory: true });
  }
  // After the body: following siblings of the body and its near ancestors.
  let level: Element = ctx.body;
  for (let up = 0; up < LEVELS_UP; up++) {
    const parent = level.parentElement;
    if (!parent || /^(BODY|HTML)$/.test(tagOf(parent))) break;
    let labelled = false;
    for (let sib = level.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const t = totalsOf(ctx, sib);
      if (t.chars === 0) continue;
      const label = t.chars <= MAX_LABEL_CHARS ? matchLabel(ctx.page.text(sib)) : null;
      if (label && label.kind === 'read-also' && !label.rest) {
        labelled = true;
        continue;
      }
      if (t.proseChars < MIN_STORY_PROSE || hidesArticle(ctx, sib, PROSE_IN_BOX)) continue;
      const kind = storyKind(ctx, sib, labelled);
      if (!kind) continue;
      // Comment threads are no story; any other prose must be about something else.
      const thread = kind === 'comments';
      if (thread || anotherTopic(ctx, [sib], null)) out.push({ element: sib, kind, rule: 'other-story/after-body' });
    }
    level = parent;
  }
  return out;
}

function storyKind(ctx: ClutterContext, el: Element, labelled: boolean): ClutterKind | null {
  const hint = clutterHint(el, ctx.page) ?? innerHint(ctx, el);
  if (hint === 'comments') return 'comments';
  if (labelled || hint === 'related' || hint === 'read-also') return 'other-story';
  const first = firstBlock(ctx, el);
  if (first && matchLabel(first.text)?.kind === 'read-also') return 'other-story';
  if (tagOf(el) === 'ARTICLE' || ctx.page.children(el).some((c) => tagOf(c) === 'ARTICLE')) return 'other-story';
  const heading = ctx.page.firstHeading(el, HEADLINE_TAGS);
  if (heading && isLeadingHeading(ctx, el, heading) && ctx.page.linksToPages(heading).length > 0) return 'other-story';
  return null;
}

/**
 * One story's headline: a heading, or a short line that is all one link. A list of links
 * (or a line of several) heads no story: it is the label's box.
 */
function isStoryHeadline(ctx: ClutterContext, el: Element): boolean {
  if (LIST_TAGS.has(tagOf(el)) || new Set(ctx.page.linksToPages(el).map((l) => l.target)).size > 1) return false;
  const t = totalsOf(ctx, el);
  if (HEADING_TAGS.has(tagOf(el)) || ctx.page.firstHeading(el, HEADLINE_TAGS)) return true;
  return t.chars <= MAX_LINK_HEADLINE_CHARS && t.linkChars / t.chars >= MIN_LINK_HEADLINE_SHARE;
}

/** The whole article's words, read once per analysis (every story after the body is compared with them). */
const wholeArticle = new WeakMap<ClutterContext, StoryWords>();

/**
 * Is the prose of `els` about something other than the article? The article is its title
 * and its prose (before `until`, when given: the passage interrupts it).
 */
function anotherTopic(ctx: ClutterContext, els: readonly Element[], until: Element | null): boolean {
  const held = (b: Block): boolean => els.some((el) => ctx.page.contains(el, b.element));
  const read = (): StoryWords => {
    const article = ctx.articleProse.filter((b) => !held(b) && (!until || ctx.page.precedes(b.element, until)));
    return storyWords(ctx.title, article.map((b) => b.text).join('\n'));
  };
  let story = until ? undefined : wholeArticle.get(ctx);
  if (!story) {
    story = read();
    if (!until) wholeArticle.set(ctx, story);
  }
  const passage = els.flatMap((el) => ctx.page.blocksUnder(el)).filter((b) => isProse(b));
  return !isSameStory(story, passage.map((b) => b.text).join('\n'));
}

/** A clutter hint on one of the element's first two levels of children. */
function innerHint(ctx: ClutterContext, el: Element): ClutterKind | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const hint = clutterHint(c, ctx.page);
    if (hint === 'comments' || hint === 'related') return hint;
  }
  return null;
}

/** The first block of visible text in `el`: what a reader sees first there. */
const firstBlock = (ctx: ClutterContext, el: Element): Block | undefined => ctx.page.blocksUnder(el).find((b) => b.chars > 0);

/** Is the heading the first thing in the container (its headline)? */
function isLeadingHeading(ctx: ClutterContext, container: Element, heading: Element): boolean {
  const first = firstBlock(ctx, container)?.element;
  return first !== undefined && (first === heading || ctx.page.contains(heading, first) || HEADING_TAGS.has(tagOf(first)));
}

/** The child of `root` that contains `el`. */
function topLevelIn(root: Element, el: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== root) node = node.parentElement;
  return node;
}

/** `el` and every later sibling, in order. */
function siblingsFrom(el: Element): Element[] {
  const out: Element[] = [];
  for (let s: Element | null = el; s; s = s.nextElementSibling) out.push(s);
  return out;
}

