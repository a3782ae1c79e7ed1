/**
 * One pass over the page that splits its visible text into blocks: each block is
 * the nearest block-level element that owns a run of inline text, with the text's
 * length, the part of it inside links, and its Arabic punctuation. Every later step
 * (body finding, clutter rules, the verdict) reads these numbers, through the PageIndex
 * the walk returns (page-index.ts), instead of walking the DOM again.
 */
import { countCommas, countSentenceEnds } from './arabic';
import { MAX_ELEMENTS, MAX_FORM_CHARS, MAX_PARAGRAPH_LINK_DENSITY, MIN_PARAGRAPH_CHARS } from './constants';
import { BLOCK_TAGS, CHROME_ROLES, CHROME_TAGS, DESCEND, ELEMENT_NODE, HEADING_TAGS, HIDING_ATTRIBUTES, INVISIBLE_TAGS, SKIP, STOP, type Step, TEXT_NODE, hidesByAttribute, tagOf, walk, wrapsContent } from './dom';
import { type Block, PageIndex, type Totals } from './page-index';
import { type Declarations, addDeclaration, findDeclarations } from './page-meta';

/** Non-whitespace characters in a string, counted without allocating. */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x200b && c !== 0x200c && c !== 0x200d && c !== 0x200f && c !== 0x200e) n++;
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
/** A prose block scores a point for each clause mark (Arabic comma included), up to this many… */
const MAX_PUNCTUATION_POINTS = 6;
/** …and a point for every this many characters, up to MAX_LENGTH_POINTS. */
const CHARS_PER_LENGTH_POINT = 80;
const MAX_LENGTH_POINTS = 4;

/** Reads the page into a PageIndex in one walk (see `PageWalk`). */
export function collectBlocks(root: Element, url = ''): PageIndex {
  return new PageWalk(root).read(url);
}

/**
 * The walk: each text run is counted for its element, its link and the block that owns it
 * (`addText`); each element is recorded in document order unless hidden (`enterElement`);
 * leaving an element closes its totals (`closeFrame`); the owners of text become the page's
 * blocks (`blocksOf`).
 */
class PageWalk {
  private readonly totals = new Map<Element, Totals>();
  private readonly owners: Frame[] = [];
  private readonly links: Element[] = [];
  private readonly linkTexts: string[][] = [];
  private readonly elements: Element[] = [];
  private readonly itemprops: Element[] = [];
  private readonly named: Element[] = [];
  private readonly names = new Map<Element, string>();
  private readonly headings: number[] = [];
  private readonly controls: { tag: string; in: Element }[] = [];
  private readonly declarations: Declarations = { metas: [], scripts: [], h1s: [] };
  private elementCount = 0;
  private truncated = false;
  /** the open elements, innermost last */
  private readonly frames: Frame[];

  constructor(private readonly root: Element) {
    this.frames = [openFrame(root, null, -1, false, 0, 0)];
  }

  read(url: string): PageIndex {
    const { frames } = this;
    const rootFrame = frames[0]!;
    walk(
      this.root,
      (node) => (node.nodeType === TEXT_NODE ? this.addText((node as Text).data) : node.nodeType === ELEMENT_NODE ? this.enterElement(node as Element) : SKIP),
      () => this.closeFrame(frames.pop()!, frames[frames.length - 1]!),
    );
    // A truncated walk leaves frames open: close them so their totals still count.
    while (frames.length > 1) this.closeFrame(frames.pop()!, frames[frames.length - 1]!);
    this.closeFrame(rootFrame, null);

    const { blocks, byElement } = blocksOf(this.owners);
    const { totals, elements, itemprops, named, names, headings, controls, links, linkTexts, declarations, elementCount, truncated } = this;
    return new PageIndex({ blocks, totalsByElement: totals, elements, itemprops, named, names, headings, controls, byElement, linkElements: links, linkTexts, declarations, elementCount, truncated, url });
  }

  private addText(data: string): Step {
    const frame = this.frames[this.frames.length - 1]!;
    const owner = frame.owner;
    const chars = countChars(data);
    if (frame.openLink >= 0) this.linkTexts[frame.openLink]!.push(data);
    if (!chars) {
      // Whitespace between inline elements still separates their words.
      owner.parts?.push(' ');
      return SKIP;
    }
    if (!owner.parts) {
      owner.parts = [];
      owner.ownInChrome = frame.inChrome;
      this.owners.push(owner);
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

  private enterElement(el: Element): Step {
    const frame = this.frames[this.frames.length - 1]!;
    const owner = frame.owner;
    const tag = tagOf(el);
    if (tag === 'META' || tag === 'SCRIPT' || tag === 'H1') addDeclaration(this.declarations, el, tag);
    if (CONTROL_TAGS.has(tag)) this.controls.push({ tag, in: frame.el });
    if (INVISIBLE_TAGS.has(tag)) return SKIP;
    const attrs = readAttributes(el);
    if (attrs.hidden) {
      // Not entered; declarations in it (JSON-LD in a hidden box) still count. (Scripts, SVG, media never hold any.)
      if (el.firstElementChild) findDeclarations(el, this.declarations);
      return SKIP;
    }
    if (++this.elementCount > MAX_ELEMENTS) {
      this.truncated = true;
      return STOP;
    }
    const { elements, links } = this;
    elements.push(el);
    if (attrs.itemprop) this.itemprops.push(el);
    if (attrs.cls || attrs.id) {
      this.named.push(el);
      this.names.set(el, `${attrs.cls ?? ''} ${attrs.id ?? ''}`);
    }
    if (HEADING_TAGS.has(tag)) this.headings.push(elements.length - 1);
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
      this.linkTexts.push([]);
    }
    const inChrome =
      frame.inChrome || (CHROME_TAGS.has(tag) && !(tag === 'FORM' && wrapsContent(el, MAX_FORM_CHARS))) || (attrs.role !== null && CHROME_ROLES.has(attrs.role));
    this.frames.push(openFrame(el, isBlock ? null : owner, isLink ? linkFrom : frame.openLink, inChrome, linkFrom, elements.length - 1));
    return DESCEND;
  }

  private closeFrame(frame: Frame, parent: Frame | null): void {
    if (frame.owner === frame && frame.parts) {
      frame.joined = frame.parts.join('');
      if (isProse({ chars: frame.ownChars, linkChars: frame.ownLinkChars, inChrome: frame.ownInChrome })) {
        frame.proseChars += frame.ownChars;
        // Paragraphs run together with <br> count one by one, as a reader sees them.
        frame.proseCount += Math.max(1, proseLines(frame.joined));
      }
    }
    frame.linkTo = this.links.length;
    frame.elementTo = this.elements.length;
    this.totals.set(frame.el, frame);
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
  return 1 + Math.min(countCommas(block.text) + countSentenceEnds(block.text), MAX_PUNCTUATION_POINTS) + Math.min(Math.floor(block.chars / CHARS_PER_LENGTH_POINT), MAX_LENGTH_POINTS);
}
