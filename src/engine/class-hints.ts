/**
 * Class/id hints from src/data/class-hints.json. A hint alone never hides anything:
 * rules combine it with what the element's text and structure say.
 */
import hints from '../data/class-hints.json';
import type { ClutterKind } from './types';

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

interface HintSet {
  /** hints of 5 letters or more, as one alternation matched inside a squashed class name */
  long: RegExp;
  /** shorter hints, matched as whole words */
  short: Set<string>;
}

function compile(list: readonly string[]): HintSet {
  const squashed = list.map(squash);
  const long = squashed.filter((h) => h.length >= 5);
  return { long: long.length ? new RegExp(long.join('|')) : /$^/, short: new Set(squashed.filter((h) => h.length < 5)) };
}

const CLUTTER = Object.entries(hints.clutter).map(([kind, list]) => [kind as ClutterKind, compile(list)] as const);
const CONTENT = compile(hints.content);
const NAVIGATION = compile(hints.navigation);
const SIDEBAR = compile(hints.sidebar);
/** Every hint as a bare substring: a class name without any of them cannot match one (most match none). */
const ANY_SUBSTRING = new RegExp([...Object.values(hints.clutter).flat(), ...hints.content, ...hints.navigation, ...hints.sidebar].map(squash).join('|'));

interface ElementHints {
  clutter: ClutterKind | null;
  content: boolean;
  navigation: boolean;
  sidebar: boolean;
}

const NONE: ElementHints = Object.freeze({ clutter: null, content: false, navigation: false, sidebar: false });
/** Hints by the raw class+id string: pages repeat the same class names on many elements. */
const cache = new Map<string, ElementHints>();
const CACHE_LIMIT = 10_000;

function compute(raw: string): ElementHints {
  // Squashed as a whole, the names can only match more than apart: a miss here is a miss.
  if (!ANY_SUBSTRING.test(squash(raw))) return NONE;
  const parts = raw.split(/\s+/).filter(Boolean).slice(0, 20);
  const tokens = new Set(parts.flatMap((p) => p.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/)));
  const squashed = parts.map(squash);
  const matches = (set: HintSet): boolean => {
    for (const t of tokens) if (set.short.has(t)) return true;
    return squashed.some((name) => set.long.test(name));
  };
  return {
    clutter: CLUTTER.find(([, set]) => matches(set))?.[0] ?? null,
    content: matches(CONTENT),
    navigation: matches(NAVIGATION),
    sidebar: matches(SIDEBAR),
  };
}

/** Forgets earlier pages' class names (see forgetLabels). */
export function forgetHints(): void {
  cache.clear();
}

/** Every hint an element's class and id give, computed once per distinct class string. */
function hintsOf(el: Element): ElementHints {
  if (!el.hasAttributes()) return NONE;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return NONE;
  const raw = `${cls ?? ''} ${id ?? ''}`;
  let hints = cache.get(raw);
  if (!hints) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hints = compute(raw);
    cache.set(raw, hints);
  }
  return hints;
}

/** The clutter kind an element's class/id suggests, if any. */
export const clutterHint = (el: Element): ClutterKind | null => hintsOf(el).clutter;
export const contentHint = (el: Element): boolean => hintsOf(el).content;
export const navigationHint = (el: Element): boolean => hintsOf(el).navigation;
export const sidebarHint = (el: Element): boolean => hintsOf(el).sidebar;

/** Landmarks and roles of page navigation. */
const NAVIGATION_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'MENU']);
const NAVIGATION_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'search']);

/**
 * Is the element inside page navigation (header, menus, footer)? Labels there
 * ("المزيد", "عاجل") are menu entries and link lists are menus: never clutter.
 * The article itself is never inside navigation, so `stop` (the body) ends the walk.
 */
export function inNavigation(el: Element, stop?: Element): boolean {
  let navigation = false;
  for (let a: Element | null = el; a && a.tagName.toUpperCase() !== 'BODY'; a = a.parentElement) {
    if (stop && a.contains(stop)) break;
    // Previous / next links and news tickers are other stories, even in a <nav> or the header.
    const hint = clutterHint(a);
    if (hint === 'related' || hint === 'most-read') return false;
    if (navigation) continue;
    const tag = a.tagName.toUpperCase();
    const role = a.getAttribute('role');
    // An <article>'s own header or footer holds its share bar, not the site's menus.
    const articleChrome = (tag === 'HEADER' || tag === 'FOOTER') && a.parentElement?.closest('article, main') != null;
    navigation = (NAVIGATION_TAGS.has(tag) && !articleChrome) || (role !== null && NAVIGATION_ROLES.has(role)) || navigationHint(a);
  }
  return navigation;
}
