/**
 * Class/id hints from src/data/class-hints.json. A hint alone never hides anything:
 * rules combine it with what the element's text and structure say.
 */
import hints from '../data/class-hints.json';
import { LANDMARKS, closestWhere, tagOf } from './dom';
import type { PageIndex } from './page-index';
import { Substrings } from './substrings';
import type { ClutterKind } from './types';

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** One bit per hint group: each clutter kind in the data file's order, then content, navigation, sidebar. */
const CLUTTER_GROUPS = Object.entries(hints.clutter) as [ClutterKind, string[]][];
const CONTENT = 1 << CLUTTER_GROUPS.length;
const NAVIGATION = CONTENT << 1;
const SIDEBAR = NAVIGATION << 1;
const GROUPS: [string[], number][] = [...CLUTTER_GROUPS.map(([, list], i): [string[], number] => [list, 1 << i]), [hints.content, CONTENT], [hints.navigation, NAVIGATION], [hints.sidebar, SIDEBAR]];

/** Each squashed hint with the groups it is in: 5 letters or more match inside a name, shorter ones as whole words. */
const bitsByHint = new Map<string, number>();
for (const [list, bit] of GROUPS) for (const hint of list) bitsByHint.set(squash(hint), (bitsByHint.get(squash(hint)) ?? 0) | bit);
const LONG = new Substrings([...bitsByHint].filter(([hint]) => hint.length >= 5));
const SHORT = new Substrings([...bitsByHint].filter(([hint]) => hint.length < 5));

export interface ElementHints {
  clutter: ClutterKind | null;
  content: boolean;
  navigation: boolean;
  sidebar: boolean;
}

const NONE: ElementHints = Object.freeze({ clutter: null, content: false, navigation: false, sidebar: false });
/** Hints by the raw class+id string: pages repeat the same class names on many elements. */
const cache = new Map<string, ElementHints>();
/** The cache is dropped when it holds this many class strings (a page with generated class names). */
const CACHE_LIMIT = 10_000;
/** An element's first this many class names are read (utility-class lists run long, and say nothing). */
const MAX_CLASS_NAMES = 20;

/** The class string being read, and the groups found in it so far (one function each, not closures per string). */
let name = '';
let bits = 0;
const addBits = (b: number): void => {
  bits |= b;
};
/** A short hint counts only as a whole word of the name: "ad-slot", "adSlot", not "header" or "badge". */
const addWholeWord = (b: number, at: number, length: number): void => {
  if (!isWordEdge(name, at) || !isWordEdge(name, at + length)) return;
  for (let i = at + 1; i < at + length; i++) if (isHump(name, i)) return;
  bits |= b;
};

const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** camelCase: a capital after a small letter starts a word ("shareBar" is share, bar). */
function isHump(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  const before = s.charCodeAt(i - 1);
  return c >= 0x41 && c <= 0x5a && before >= 0x61 && before <= 0x7a;
}
/** Does a word begin or end at `i`: the name's edge, a character other than a letter or digit, or a hump. */
const isWordEdge = (s: string, i: number): boolean =>
  i === 0 || i === s.length || !isAlnum(s.charCodeAt(i - 1)) || !isAlnum(s.charCodeAt(i)) || isHump(s, i);

/** The hints one class+id string gives (see the data file for how hints match). */
export function hintsOfNames(raw: string): ElementHints {
  bits = 0;
  for (name of raw.split(/\s+/).filter(Boolean).slice(0, MAX_CLASS_NAMES)) {
    const lower = name.toLowerCase();
    LONG.scan(lower.replace(/[^a-z0-9]+/g, ''), addBits);
    // Lower case keeps the positions of ASCII names; another name is read for its long hints only.
    if (lower.length === name.length) SHORT.scan(lower, addWholeWord);
  }
  if (!bits) return NONE;
  let kind = 0;
  while (kind < CLUTTER_GROUPS.length && !(bits & (1 << kind))) kind++;
  return { clutter: CLUTTER_GROUPS[kind]?.[0] ?? null, content: !!(bits & CONTENT), navigation: !!(bits & NAVIGATION), sidebar: !!(bits & SIDEBAR) };
}

/** Forgets earlier pages' class names (see forgetLabels). */
export function forgetHints(): void {
  cache.clear();
}

/** What the page's walk read of class names: elements with a class or an id, and every element it read. */
export type NameSource = Pick<PageIndex, 'names' | 'totals' | 'contains'>;

/**
 * Every hint an element's class and id give, computed once per distinct class string.
 * The walk has read the names of the elements it visited; others are read here.
 */
function hintsOf(el: Element, page: NameSource): ElementHints {
  const raw = page.names.get(el) ?? (page.totals(el) ? '' : namesOf(el));
  if (!raw) return NONE;
  let hints = cache.get(raw);
  if (!hints) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hints = hintsOfNames(raw);
    cache.set(raw, hints);
  }
  return hints;
}

/** An element's class and id as one string ('' when it has neither). */
export function namesOf(el: Element): string {
  if (!el.hasAttributes()) return '';
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return cls || id ? `${cls ?? ''} ${id ?? ''}` : '';
}

/** The clutter kind an element's class/id suggests, if any. */
export const clutterHint = (el: Element, page: NameSource): ClutterKind | null => hintsOf(el, page).clutter;
export const contentHint = (el: Element, page: NameSource): boolean => hintsOf(el, page).content;
export const navigationHint = (el: Element, page: NameSource): boolean => hintsOf(el, page).navigation;
export const sidebarHint = (el: Element, page: NameSource): boolean => hintsOf(el, page).sidebar;

const isArticleOrMain = (el: Element): boolean => {
  const tag = tagOf(el);
  return tag === 'ARTICLE' || tag === 'MAIN';
};

/** Landmarks and roles of page navigation: the frame and the menus (an aside is not navigation). */
const NAVIGATION_TAGS: ReadonlySet<string> = new Set([...LANDMARKS.frame.tags, ...LANDMARKS.menus.tags]);
const NAVIGATION_ROLES: ReadonlySet<string> = new Set([...LANDMARKS.frame.roles, ...LANDMARKS.menus.roles]);

/**
 * Is the element inside page navigation (header, menus, footer)? Labels there
 * ("المزيد", "عاجل") are menu entries and link lists are menus: never clutter.
 * The article itself is never inside navigation, so `stop` (the body) ends the walk.
 */
export function inNavigation(el: Element, page: NameSource, stop?: Element): boolean {
  let navigation = false;
  for (let a: Element | null = el; a && tagOf(a) !== 'BODY'; a = a.parentElement) {
    if (stop && page.contains(a, stop)) break;
    // Previous / next links and news tickers are other stories, even in a <nav> or the header.
    const hint = clutterHint(a, page);
    if (hint === 'related' || hint === 'most-read') return false;
    if (navigation) continue;
    const tag = tagOf(a);
    const role = a.getAttribute('role');
    // An <article>'s own header or footer holds its share bar, not the site's menus.
    const articleChrome = (tag === 'HEADER' || tag === 'FOOTER') && a.parentElement !== null && closestWhere(a.parentElement, isArticleOrMain) !== null;
    navigation = (NAVIGATION_TAGS.has(tag) && !articleChrome) || (role !== null && NAVIGATION_ROLES.has(role)) || navigationHint(a, page);
  }
  return navigation;
}
