/**
 * One pass over the page that splits its visible text into blocks: each block is
 * the nearest block-level element that owns a run of inline text, with the text's
 * length, the part of it inside links, and its Arabic punctuation. Every later step
 * (body finding, clutter rules, the verdict) reads these numbers instead of walking
 * the DOM again.
 */
import { countCommas, countSentenceEnds } from './arabic';
import { BLOCK_TAGS, CHROME_ROLES, CHROME_TAGS, DESCEND, ELEMENT_NODE, HEADING_TAGS, HIDING_ATTRIBUTES, INVISIBLE_TAGS, SKIP, STOP, type Step, TEXT_NODE, hidesByAttribute, tagOf, visibleText, walk, wrapsContent } from './dom';
import { ARTICLE_SCOPE_LEVELS, MAX_ELEMENTS, MAX_FORM_CHARS, MAX_PARAGRAPH_LINK_DENSITY, MIN_PARAGRAPH_CHARS } from './constants';
import { Link, LinkTargets } from './links';
import { type Declarations, addDeclaration, findDeclarations } from './page-meta';

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
interface PageData {
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

/** Non-whitespace characters in a string, counted without allocating. */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x200b && c !== 0x200c && c !== 0x200d && c !== 0x200f && c !== 0x200e) n++;
  }
  return n;
}

/** An open element during the walk; once closed, it is that element's Totals. */
interface Frame extends Totals {
  el: Element;
  /** the frame of the block element that owns this element's inline text (itself, for a block) */
  owner: Frame;
  /** the innermost link this element is in (or is), by its place in `links`; -1 for none */
  openLink: number;
  inChrome: boolean;
  /** for an owner: its own inline text, in pieces ('\n' at <br> and nested blocks); null until it has text */
  parts: string[] | null;
  ownChars: number;
  ownLinkChars: number;
  /** chrome-ness where its first text was found */
  ownInChrome: boolean;
  /** for an owner, once closed: its parts joined */
  joined: string;
}

const CONTROL_TAGS = new Set(['FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);

/**
 * The walk: each text run is counted for its element, its link and the block that owns it
 * (`addText`); each element is recorded in document order unless hidden (`enterElement`);
 * leaving an element closes its totals (`closeFrame`); the owners of text become the page's
 * blocks (`blocksOf`).
 */
export function collectBlocks(root: Element, url = ''): PageIndex {
  const totals = new Map<Element, Totals>();
  const owners: Frame[] = [];
  const links: Element[] = [];
  const linkTexts: string[][] = [];
  const elements: Element[] = [];
  const itemprops: Element[] = [];
  const named: Element[] = [];
  const names = new Map<Element, string>();
  const headings: number[] = [];
  const controls: { tag: string; in: Element }[] = [];
  const declarations: Declarations = { metas: [], scripts: [], h1s: [] };
  let elementCount = 0;
  let truncated = false;

  const rootFrame = openFrame(root, null, -1, false, 0, 0);
  const frames: Frame[] = [rootFrame];
  walk(
    root,
    (node) => (node.nodeType === TEXT_NODE ? addText((node as Text).data) : node.nodeType === ELEMENT_NODE ? enterElement(node as Element) : SKIP),
    () => closeFrame(frames.pop()!, frames[frames.length - 1]!),
  );
  // A truncated walk leaves frames open: close them so their totals still count.
  while (frames.length > 1) closeFrame(frames.pop()!, frames[frames.length - 1]!);
  closeFrame(rootFrame, null);

  const { blocks, byElement } = blocksOf(owners);
  return new PageIndex({ blocks, totalsByElement: totals, elements, itemprops, named, names, headings, controls, byElement, linkElements: links, linkTexts, declarations, elementCount, truncated, url });

  function addText(data: string): Step {
    const frame = frames[frames.length - 1]!;
    const owner = frame.owner;
    const chars = countChars(data);
    if (frame.openLink >= 0) linkTexts[frame.openLink]!.push(data);
    if (!chars) {
      // Whitespace between inline elements still separates their words.
      owner.parts?.push(' ');
      return SKIP;
    }
    if (!owner.parts) {
      owner.parts = [];
      owner.ownInChrome = frame.inChrome;
      owners.push(owner);
    }
    owner.ownChars += chars;
    frame.chars += chars;
    if (frame.openLink >= 0) {
      owner.ownLinkChars += chars;
      frame.linkChars += chars;
    }
    owner.parts.push(data);
    return SKIP;
  }

  function enterElement(el: Element): Step {
    const frame = frames[frames.length - 1]!;
    const owner = frame.owner;
    const tag = tagOf(el);
    if (tag === 'META' || tag === 'SCRIPT' || tag === 'H1') addDeclaration(declarations, el, tag);
    if (CONTROL_TAGS.has(tag)) controls.push({ tag, in: frame.el });
    if (INVISIBLE_TAGS.has(tag)) return SKIP;
    const attrs = readAttributes(el);
    if (attrs.hidden) {
      // Not entered; declarations in it (JSON-LD in a hidden box) still count. (Scripts, SVG, media never hold any.)
      if (el.firstElementChild) findDeclarations(el, declarations);
      return SKIP;
    }
    if (++elementCount > MAX_ELEMENTS) {
      truncated = true;
      return STOP;
    }
    elements.push(el);
    if (attrs.itemprop) itemprops.push(el);
    if (attrs.cls || attrs.id) {
      named.push(el);
      names.set(el, `${attrs.cls ?? ''} ${attrs.id ?? ''}`);
    }
    if (HEADING_TAGS.has(tag)) headings.push(elements.length - 1);
    if (tag === 'BR') {
      owner.parts?.push('\n');
      return SKIP;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) owner.parts?.push('\n');
    const isLink = tag === 'A' && attrs.href;
    const linkFrom = links.length;
    if (isLink) {
      links.push(el);
      linkTexts.push([]);
    }
    const inChrome =
      frame.inChrome || (CHROME_TAGS.has(tag) && !(tag === 'FORM' && wrapsContent(el, MAX_FORM_CHARS))) || (attrs.role !== null && CHROME_ROLES.has(attrs.role));
    frames.push(openFrame(el, isBlock ? null : owner, isLink ? linkFrom : frame.openLink, inChrome, linkFrom, elements.length - 1));
    return DESCEND;
  }

  function closeFrame(frame: Frame, parent: Frame | null): void {
    if (frame.owner === frame && frame.parts) {
      frame.joined = frame.parts.join('');
      if (isProse({ chars: frame.ownChars, linkChars: frame.ownLinkChars, inChrome: frame.ownInChrome })) {
        frame.proseChars += frame.ownChars;
        // Paragraphs run together with <br> count one by one, as a reader sees them.
        frame.proseCount += Math.max(1, proseLines(frame.joined));
      }
    }
    frame.linkTo = links.length;
    frame.elementTo = elements.length;
    totals.set(frame.el, frame);
    if (parent) {
      parent.chars += frame.chars;
      parent.linkChars += frame.linkChars;
      parent.proseChars += frame.proseChars;
      parent.proseCount += frame.proseCount;
    }
  }
}

/** The attributes the walk reads of an element. */
interface Attributes {
  cls: string | null;
  id: string | null;
  role: string | null;
  href: boolean;
  itemprop: boolean;
  /** hidden by its own attributes (hidden, aria-hidden, an inline display: none…) */
  hidden: boolean;
}

const NO_ATTRIBUTES: Attributes = Object.freeze({ cls: null, id: null, role: null, href: false, itemprop: false, hidden: false });

/** Most elements carry no attribute, or only class and id: their names alone say none hides it. */
function readAttributes(el: Element): Attributes {
  if (!el.hasAttributes()) return NO_ATTRIBUTES;
  const attrs = { ...NO_ATTRIBUTES };
  for (const name of el.getAttributeNames()) {
    if (name === 'class') attrs.cls = el.getAttribute(name);
    else if (name === 'id') attrs.id = el.getAttribute(name);
    else if (name === 'role') attrs.role = el.getAttribute(name);
    else if (name === 'href') attrs.href = true;
    else if (name === 'itemprop') attrs.itemprop = true;
    else if (HIDING_ATTRIBUTES.includes(name)) attrs.hidden ||= hidesByAttribute(name, el.getAttribute(name));
  }
  return attrs;
}

/** The owners of text, in the order they first had text, as the page's blocks. */
function blocksOf(owners: readonly Frame[]): { blocks: Block[]; byElement: Map<Element, Block> } {
  const blocks: Block[] = [];
  const byElement = new Map<Element, Block>();
  for (const frame of owners) {
    const block: Block = {
      element: frame.el,
      text: frame.joined.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim(),
      chars: frame.ownChars,
      linkChars: frame.ownLinkChars,
      inChrome: frame.ownInChrome,
      index: blocks.length,
    };
    // The pieces are no longer needed once the block has its text.
    frame.parts = null;
    frame.joined = '';
    blocks.push(block);
    byElement.set(frame.el, block);
  }
  return { blocks, byElement };
}

/** A frame for `el`; `owner` null makes it the owner of its own text (a block element, or the root). */
function openFrame(el: Element, owner: Frame | null, openLink: number, inChrome: boolean, linkFrom: number, elementFrom: number): Frame {
  const frame: Frame = {
    el,
    owner: null as unknown as Frame,
    openLink,
    inChrome,
    chars: 0,
    linkChars: 0,
    proseChars: 0,
    proseCount: 0,
    linkFrom,
    linkTo: linkFrom,
    elementFrom,
    elementTo: elementFrom,
    parts: null,
    ownChars: 0,
    ownLinkChars: 0,
    ownInChrome: false,
    joined: '',
  };
  frame.owner = owner ?? frame;
  return frame;
}

/** Lines of paragraph length in a block's own text (split at <br> and nested blocks). */
function proseLines(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (countChars(line) >= MIN_PARAGRAPH_CHARS) n++;
  return n;
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

/** Share of a block's characters inside links. */
export const linkDensity = (b: { chars: number; linkChars: number }): number => (b.chars ? b.linkChars / b.chars : 0);

/**
 * Is this block a paragraph of prose (long enough, few links, not page chrome)? A declared
 * article made of short pieces (live coverage, a gallery) is read with a lower `minChars`.
 */
export function isProse(block: Pick<Block, 'chars' | 'linkChars' | 'inChrome'>, minChars = MIN_PARAGRAPH_CHARS): boolean {
  return (
    !block.inChrome &&
    block.chars >= minChars &&
    linkDensity(block) <= MAX_PARAGRAPH_LINK_DENSITY
  );
}

/** Score of one prose block: more text and more clause punctuation (Arabic comma included) score higher. */
export function proseScore(block: Block): number {
  return 1 + Math.min(countCommas(block.text) + countSentenceEnds(block.text), 6) + Math.min(Math.floor(block.chars / 80), 4);
}
