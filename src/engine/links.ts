/**
 * A link's facts: where it goes and what it says. Rules ask about the same links again
 * and again (is this a list of headlines? a tag box?), and resolving an address is not
 * free, so each fact is computed the first time it is asked for and kept; the page index
 * (page-index.ts) holds one Link per link of the page.
 */
import tagPages from '../data/tag-pages.json';
import { escapeRegExp, words } from './arabic';
import { PLACEHOLDER_BASE, resolveHref } from './dom';

/** One link's facts, each read the first time it is asked for. */
export class Link {
  private cache: { href?: string; target?: string; tag?: boolean; text?: string; spacedWords?: number } = {};

  constructor(
    readonly element: Element,
    private readonly targets: LinkTargets,
    private readonly textParts: readonly string[],
  ) {}

  /** the href as written */
  get href(): string {
    return (this.cache.href ??= this.element.getAttribute('href') ?? '');
  }

  /** the page it leads to without its #fragment; '' for anything but another http(s) page */
  get target(): string {
    return (this.cache.target ??= this.targets.of(this.href));
  }

  /** a tag / topic / keyword page rather than an article */
  get tag(): boolean {
    return (this.cache.tag ??= isTagHref(this.href));
  }

  /** its visible text, whitespace collapsed */
  get text(): string {
    return (this.cache.text ??= this.textParts.join('').replace(/\s+/g, ' ').trim());
  }

  /** words in the text, split at spaces (a headline has several, a menu entry one or two) */
  get spacedWords(): number {
    return (this.cache.spacedWords ??= spacedWords(this.text));
  }
}

/** Where the page's links lead, each address resolved once against the page's own. */
export class LinkTargets {
  private readonly resolved = new Map<string, string>();
  private readonly here: string;
  private readonly base: string;

  constructor(url: string) {
    this.here = stripHash(url);
    // Without a usable page address, relative links still resolve (to a placeholder host).
    this.base = URL.canParse(url) ? url : PLACEHOLDER_BASE;
  }

  /** The page `href` leads to, without its #fragment; '' for this page and for anything but an http(s) page. */
  of(href: string): string {
    if (!href || href.startsWith('#') || /^\s*(?:javascript|mailto|tel):/i.test(href)) return '';
    // Pages link the same story more than once (its picture, its headline): each address is resolved once.
    let target = this.resolved.get(href);
    if (target === undefined) {
      const resolved = stripHash(resolveHref(href, this.base)?.href ?? '');
      target = resolved === this.here ? '' : resolved;
      this.resolved.set(href, target);
    }
    return target;
  }
}

const stripHash = (href: string): string => href.replace(/#.*$/, '');

/** Words of a headline-sized text, split at spaces. */
export const spacedWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Unicode words (letters and digits of any script) of a link text. */
export const linkWords = (link: Link): number => words(link.text).length;

/** Does a link go to a tag / topic / keyword page rather than an article? */
export function isTagHref(href: string | null): boolean {
  if (!href) return false;
  let path = href;
  if (href.includes('%')) {
    try {
      path = decodeURIComponent(href);
    } catch {
      // A malformed escape: match on the raw string.
    }
  }
  return TAG_HREF.test(path);
}

/** A link to a tag page (src/data/tag-pages.json): a path segment, a query key, or a part of the path. */
const TAG_HREF = new RegExp(
  [
    `/(?:${tagPages.segments.map(escapeRegExp).join('|')})(?:/|\\?|=|$)`,
    `[?&](?:${tagPages.queryKeys.map(escapeRegExp).join('|')})=`,
    ...tagPages.pathParts.map(escapeRegExp),
  ].join('|'),
  'i',
);
