/**
 * DOM helpers that work on any standards DOM (browser, jsdom, happy-dom, linkedom):
 * no layout, no computed style, no globals — only the nodes themselves.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose content a reader never sees as text. */
export const INVISIBLE_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'SELECT', 'OPTION', 'HEAD', 'LINK', 'META', 'TITLE', 'INPUT', 'TEXTAREA', 'BUTTON', 'VIDEO', 'AUDIO', 'MAP',
]);

/** Elements that start a new line of text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH',
  'UL', 'CAPTION', 'SUMMARY', 'CENTER', 'DIR', 'MENU',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export const LIST_TAGS = new Set(['UL', 'OL', 'DL', 'MENU', 'DIR']);

/**
 * The page's landmarks, one vocabulary for every rule: its frame (header, navigation,
 * footer), its menus and search, and its asides, by tag and by ARIA role. A rule that uses
 * fewer of them says why where it does.
 */
export const LANDMARKS = {
  frame: { tags: ['HEADER', 'NAV', 'FOOTER'], roles: ['banner', 'navigation', 'contentinfo'] },
  menus: { tags: ['MENU'], roles: ['menu', 'menubar', 'search'] },
  asides: { tags: ['ASIDE'], roles: ['complementary'] },
} as const;

/** An aside of the page (<aside>, role=complementary): beside the article, never its own. */
export const isAside = (el: Element): boolean =>
  (LANDMARKS.asides.tags as readonly string[]).includes(tagOf(el)) || (LANDMARKS.asides.roles as readonly string[]).includes(el.getAttribute('role') ?? '');

/** The page's frame by tag: the site's own header, navigation and footer. */
export const FRAME_TAGS: ReadonlySet<string> = new Set(LANDMARKS.frame.tags);

/**
 * Page chrome: landmarks that never hold the article's own text (frame and asides; a <menu>
 * is a list, and lists are judged by their content). A <form> is chrome only when it is a
 * form (search, comments, newsletter), not a page wrapper (see `wrapsContent`).
 */
export const CHROME_TAGS: ReadonlySet<string> = new Set([...LANDMARKS.frame.tags, ...LANDMARKS.asides.tags, 'FORM']);
/** …and by role: every landmark role. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([...LANDMARKS.frame.roles, ...LANDMARKS.menus.roles, ...LANDMARKS.asides.roles]);

/** Elements that only content holds: a form around one of them wraps the page (ASP.NET pages wrap everything in one). */
const CONTENT_TAGS = ['h1', 'article', 'main'];

/** Is this <form> a wrapper around the page's content rather than a form? */
export function wrapsContent(form: Element, maxFormChars: number): boolean {
  for (const tag of CONTENT_TAGS) if (form.getElementsByTagName(tag).length) return true;
  // A length bound read during the walk, before any index exists: the native count is enough.
  return (form.textContent?.length ?? 0) > maxFormChars;
}

export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === ELEMENT_NODE;
export const isText = (node: Node | null | undefined): node is Text => node?.nodeType === TEXT_NODE;

/** Upper-case tag name for HTML and SVG alike. */
export const tagOf = (el: Element): string => el.tagName.toUpperCase();

/** Hidden by markup alone: `hidden`, `aria-hidden`, inline display:none / visibility:hidden. */
export const isDeclaredHidden = (el: Element): boolean =>
  HIDING_ATTRIBUTES.some((name) => hidesByAttribute(name, el.getAttribute(name)));

/** Attributes that can hide an element by themselves. */
export const HIDING_ATTRIBUTES = ['hidden', 'aria-hidden', 'style'];

/** Does this attribute, with this value, hide its element (`hidden`, aria-hidden="true", display:none / visibility:hidden)? */
export function hidesByAttribute(name: string, value: string | null): boolean {
  if (value === null) return false;
  if (name === 'hidden') return true;
  if (name === 'aria-hidden') return value === 'true';
  return name === 'style' && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(value);
}

/** Is this element's subtree text invisible to a reader? */
export const isInvisible = (el: Element): boolean => INVISIBLE_TAGS.has(tagOf(el)) || isDeclaredHidden(el);

/**
 * The element or its nearest ancestor that passes `test`. Rules use this walk rather
 * than `closest(selector)`: it is as cheap in every DOM (selector matching is slow in
 * jsdom) and a test can say what a selector cannot.
 */
export function closestWhere(el: Element, test: (a: Element) => boolean): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (test(a)) return a;
  return null;
}

/** An element's class attribute in lower case ('' when it has none). */
export const classOf = (el: Element): string => el.getAttribute('class')?.toLowerCase() ?? '';

/** What `enter` tells the walk to do next: pass over the node's children, go into them, or end the walk. */
export const SKIP = 0;
export const DESCEND = 1;
export const STOP = 2;
export type Step = typeof SKIP | typeof DESCEND | typeof STOP;

/**
 * The engine's one walk: every node under `root` (not `root` itself) in document order.
 * `enter` says whether to go into a node's children; `leave`, when given, is called once an
 * element entered has had its whole subtree walked. Iterative, because pages nest thousands
 * of levels deep and must not overflow the call stack; `null` on the stack marks the end of
 * the innermost element entered.
 */
export function walk(root: Node, enter: (node: Node) => Step, leave?: (el: Element) => void): void {
  const stack: (Node | null)[] = [];
  const open: Element[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      leave!(open.pop()!);
      continue;
    }
    const step = enter(node);
    if (step === STOP) return;
    if (step === SKIP) continue;
    if (leave) {
      open.push(node as Element);
      stack.push(null);
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
}

/** Visible text of an element with whitespace collapsed; invisible subtrees skipped. */
export function visibleText(el: Element, skip?: ReadonlySet<Element>): string {
  const parts: string[] = [];
  // A block element or a line break separates the words before and after it.
  const separates = (e: Element): boolean => {
    const tag = tagOf(e);
    return BLOCK_TAGS.has(tag) || tag === 'BR';
  };
  walk(
    el,
    (node) => {
      if (isText(node)) parts.push(node.data);
      if (!isElement(node) || isInvisible(node) || skip?.has(node)) return SKIP;
      if (separates(node)) parts.push(' ');
      return DESCEND;
    },
    (e) => {
      if (separates(e)) parts.push(' ');
    },
  );
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Resolves an href against the page URL; `undefined` for anything but http(s). */
export function resolveHref(href: string | null, base: string): URL | undefined {
  if (!href) return undefined;
  const url = parseUrl(href.trim(), base) ?? parseUrl(href.trim(), PLACEHOLDER_BASE);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : undefined;
}

/** Without a usable page address, relative links still resolve (to a placeholder host). */
export const PLACEHOLDER_BASE = 'https://invalid.invalid/';

function parseUrl(href: string, base: string): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    // Not an address, or (for a relative one) no usable page address.
    return undefined;
  }
}
