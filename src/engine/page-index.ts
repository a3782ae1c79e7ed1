/**
 * The page as the walk read it (blocks.ts `collectBlocks`): its blocks, every visible element,
 * link and heading in document order, each element's subtree totals — and the questions every
 * rule asks of them.
 */
import { ARTICLE_SCOPE_LEVELS } from './constants';
import { tagOf, visibleText } from './dom';
import { Link, LinkTargets } from './links';
import type { Declarations } from './page-meta';

export interface Block {
  /** the block-level element that owns this text */
  element: Element;
  /** its own inline text (nested blocks excluded), whitespace collapsed */
  text: string;
  /** visible characters, whitespace not counted */
  chars: number;
  /** characters inside links */
  linkChars: number;
  /** inside a landmark that never holds the article (nav, header, footer, aside, form) */
  inChrome: boolean;
  /** position in document order */
  index: number;
}

/** Totals over an element's whole subtree. */
export interface Totals {
  chars: number;
  linkChars: number;
  /** characters in prose blocks (see `isProse`) */
  proseChars: number;
  proseCount: number;
  /** the subtree's links: `linkElements.slice(linkFrom, linkTo)` of the page (the element itself included) */
  linkFrom: number;
  linkTo: number;
  /** the subtree's elements: `elements.slice(elementFrom, elementTo)` (the element itself first, but for the walk's root) */
  elementFrom: number;
  elementTo: number;
}

/** What the walk found; the PageIndex answers questions about it. */
export interface PageData {
  blocks: Block[];
  /** subtree totals for every visible element (ask `totals(el)`) */
  totalsByElement: Map<Element, Totals>;
  /** every visible element in document order (rules walk a slice of it instead of the DOM; see Totals) */
  elements: Element[];
  /** the visible elements with an itemprop attribute, in document order */
  itemprops: Element[];
  /** the visible elements with a class or an id, in document order: the only ones with class hints */
  named: Element[];
  /** their class and id, as one string (see namesOf), read once by the walk */
  names: Map<Element, string>;
  /** positions in `elements` of the visible headings (h1–h6), in document order */
  headings: number[];
  /** form controls (form, input, button, select, textarea) with the element the walk found each in */
  controls: { tag: string; in: Element }[];
  /** block by owning element */
  byElement: Map<Element, Block>;
  /** every visible link (<a href>) in document order; an element's are a slice (see Totals) */
  linkElements: Element[];
  /** the visible text of each link, in pieces as the walk met them (what textContent gives, but what a reader sees) */
  linkTexts: string[][];
  /** the <meta>, <script> and <h1> elements under the root, visible or not */
  declarations: Declarations;
  /** number of visible elements walked */
  elementCount: number;
  /** true when the page was larger than MAX_ELEMENTS and only a prefix was read */
  truncated: boolean;
  /** the page's address, that its links are resolved against */
  url: string;
}

/**
 * The page as the walk read it, with the questions every rule asks of it: does one element
 * hold another, which comes first, an element's children, links, headings and totals. Answered
 * from the walk's order (an element's subtree is a slice of `elements`, its links a slice of
 * `links`) without asking the DOM again; elements the walk did not reach fall back to the DOM
 * where a fallback makes sense, and are otherwise empty.
 */
// The walk's data are the index's own fields (declared by the interface, assigned once).
export interface PageIndex extends Readonly<PageData> {}
export class PageIndex {
  private readonly linkFacts: (Link | undefined)[] = [];
  private readonly targets: LinkTargets;

  constructor(data: PageData) {
    Object.assign(this, data);
    this.targets = new LinkTargets(data.url);
  }

  /**
   * The text of `el` as a reader sees it: visible text, whitespace collapsed, hidden subtrees
   * left out. The one meaning of "the text of an element" for every rule (a block's own text is
   * `block.text`; JSON-LD is data, read as such).
   */
  text(el: Element): string {
    return visibleText(el);
  }

  /** Totals over `el`'s subtree (undefined for an element the walk did not reach). */
  totals(el: Element): Totals | undefined {
    return this.totalsByElement.get(el);
  }

  /** Does `ancestor` hold `el` (or is it `el`)? */
  contains(ancestor: Element, el: Element): boolean {
    if (ancestor === el) return true;
    const t = this.totalsByElement.get(ancestor);
    const at = this.totalsByElement.get(el)?.elementFrom;
    if (!t || at === undefined) return ancestor.contains(el);
    return at >= t.elementFrom && at < t.elementTo;
  }

  /**
   * Is `a` before `b` in document order? (compareDocumentPosition is not reliable in every
   * DOM); elements the walk did not reach, and <br>, count as last.
   */
  precedes(a: Element, b: Element): boolean {
    return (this.totalsByElement.get(a)?.elementFrom ?? Infinity) < (this.totalsByElement.get(b)?.elementFrom ?? Infinity);
  }

  /** The visible element children of `el` (its first child comes right after it, the next after that child's subtree). */
  children(el: Element): Element[] {
    const t = this.totalsByElement.get(el);
    if (!t) return [];
    const out: Element[] = [];
    // The walk's root is not in `elements`; any other element is the first of its slice.
    for (let i = this.elements[t.elementFrom] === el ? t.elementFrom + 1 : t.elementFrom; i < t.elementTo; ) {
      const child = this.elements[i]!;
      out.push(child);
      i = this.totalsByElement.get(child)?.elementTo ?? i + 1;
    }
    return out;
  }

  /**
   * The blocks under `el`, in order: a run of the page's blocks (both are in document order),
   * found by binary search on where each block's element stands in the walk.
   */
  blocksUnder(el: Element): Block[] {
    const t = this.totalsByElement.get(el);
    if (!t) return [];
    const at = (b: Block): number => this.totalsByElement.get(b.element)?.elementFrom ?? -1;
    const { blocks } = this;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(blocks[mid]!) < t.elementFrom) lo = mid + 1;
      else hi = mid;
    }
    const out: Block[] = [];
    for (let i = lo; i < blocks.length && at(blocks[i]!) < t.elementTo; i++) out.push(blocks[i]!);
    return out;
  }

  /** The visible links (<a href>) under `el` (itself included), in document order, with their facts. */
  links(el: Element): Link[] {
    const t = this.totalsByElement.get(el);
    const out: Link[] = [];
    if (t) for (let i = t.linkFrom; i < t.linkTo; i++) out.push(this.link(i));
    return out;
  }

  /** The links under `el` that lead to another page. */
  linksToPages(el: Element): Link[] {
    return this.links(el).filter((l) => l.target);
  }

  /** Every visible link of the page. */
  allLinks(): Link[] {
    return this.linkElements.map((_, i) => this.link(i));
  }

  private link(i: number): Link {
    return (this.linkFacts[i] ??= new Link(this.linkElements[i]!, this.targets, this.linkTexts[i]!));
  }

  /** The first visible heading under `el` (not `el` itself; the whole page for `null`) whose tag is one of `tags`. */
  firstHeading(el: Element | null, tags: ReadonlySet<string>): Element | null {
    const t = el ? this.totalsByElement.get(el) : { elementFrom: 0, elementTo: this.elements.length };
    if (!t) return null;
    const from = el && this.elements[t.elementFrom] === el ? t.elementFrom + 1 : t.elementFrom;
    for (const at of this.headings) {
      if (at >= t.elementTo) break;
      if (at >= from && tags.has(tagOf(this.elements[at]!))) return this.elements[at]!;
    }
    return null;
  }

  /** Does `el` hold a form control with one of these tags? */
  holdsControl(el: Element, tags: ReadonlySet<string>): boolean {
    return this.controls.some((c) => tags.has(c.tag) && this.contains(el, c.in));
  }
}

/** Is `el` in the article: in its body or one of its leads (or one of them)? Every rule's one meaning of it. */
export const inArticleOf = (page: PageIndex, body: Element, lead: readonly Element[], el: Element): boolean =>
  page.contains(body, el) || lead.some((l) => page.contains(l, el));

/**
 * The article's scope: the element around the body that holds what belongs to the article
 * without being its text — the byline and source lines above it, the tag box below it. The
 * nearest <article> around the body, at most ARTICLE_SCOPE_LEVELS up; else the ancestor that
 * many levels up (never <body>). The one meaning of it for sources and tags; the lead
 * (body.ts) deliberately looks closer, in the body's grandparent: a standfirst sits beside
 * the body, and a paragraph further away is more likely another story's.
 */
export function articleScope(body: Element): Element {
  let scope = body;
  for (let i = 0; i < ARTICLE_SCOPE_LEVELS && scope.parentElement && tagOf(scope.parentElement) !== 'BODY'; i++) {
    scope = scope.parentElement;
    if (tagOf(scope) === 'ARTICLE') break;
  }
  return scope;
}
