/**
 * The page's links, read once: where each one goes and what it says. Rules ask
 * about the same links again and again (is this a list of headlines? a tag box?),
 * and resolving an address is not free, so each link's facts are computed the
 * first time they are asked for and kept.
 */
import tagPages from '../data/tag-pages.json';
import { escapeRegExp, words } from './arabic';
import type { PageIndex } from './blocks';
import { PLACEHOLDER_BASE, resolveHref } from './dom';

/** One link's facts, each read the first time it is asked for. */
export class Link {
  private cache: { href?: string; target?: string; tag?: boolean; text?: string; spacedWords?: number } = {};

  constructor(
    readonly element: Element,
    private readonly index: LinkIndex,
    private readonly textParts: readonly string[],
  ) {}

  /** the href as written */
  get href(): string {
    return (this.cache.href ??= this.element.getAttribute('href') ?? '');
  }

  /** the page it leads to without its #fragment; '' for anything but another http(s) page */
  get target(): string {
    return (this.cache.target ??= this.index.targetOf(this.href));
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

export class LinkIndex {
  private readonly facts: (Link | undefined)[] = [];
  private readonly targets = new Map<string, string>();
  private readonly here: string;
  private readonly base: string;

  constructor(
    private readonly page: PageIndex,
    url: string,
  ) {
    this.here = stripHash(url);
    // Without a usable page address, relative links still resolve (to a placeholder host).
    this.base = URL.canParse(url) ? url : PLACEHOLDER_BASE;
  }

  /** The links under `el` (`el` itself when it is one), in document order. */
  within(el: Element): Link[] {
    const t = this.page.totals(el);
    const out: Link[] = [];
    if (t) for (let i = t.linkFrom; i < t.linkTo; i++) out.push(this.at(i));
    return out;
  }

  /** The links under `el` that lead to another page. */
  toPages(el: Element): Link[] {
    return this.within(el).filter((l) => l.target);
  }

  all(): Link[] {
    return this.page.links.map((_, i) => this.at(i));
  }

  targetOf(href: string): string {
    if (!href || href.startsWith('#') || /^\s*(?:javascript|mailto|tel):/i.test(href)) return '';
    // Pages link the same story more than once (its picture, its headline): each address is resolved once.
    let target = this.targets.get(href);
    if (target === undefined) {
      const resolved = stripHash(resolveHref(href, this.base)?.href ?? '');
      target = resolved === this.here ? '' : resolved;
      this.targets.set(href, target);
    }
    return target;
  }

  private at(i: number): Link {
    return (this.facts[i] ??= new Link(this.page.links[i]!, this, this.page.linkTexts[i]!));
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
