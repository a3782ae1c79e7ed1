/**
 * Class/id hints from src/data/class-hints.json. A hint alone never hides anything:
 * rules combine it with what the element's text and structure say.
 */
import hints from '../data/class-hints.json';
import type { ClutterKind } from './types';

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

interface HintSet {
  long: string[];
  short: Set<string>;
}

function compile(list: readonly string[]): HintSet {
  const squashed = list.map(squash);
  return { long: squashed.filter((h) => h.length >= 5), short: new Set(squashed.filter((h) => h.length < 5)) };
}

const CLUTTER = Object.entries(hints.clutter).map(([kind, list]) => [kind as ClutterKind, compile(list)] as const);
const CONTENT = compile(hints.content);
const NAVIGATION = compile(hints.navigation);
const SIDEBAR = compile(hints.sidebar);

/** The class and id names of an element, each squashed, and their word tokens. */
function names(el: Element): { squashed: string[]; tokens: Set<string> } {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  const parts = raw.split(/\s+/).filter(Boolean).slice(0, 20);
  return {
    squashed: parts.map(squash),
    tokens: new Set(
      parts.flatMap((p) =>
        p
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toLowerCase()
          .split(/[^a-z0-9]+/),
      ),
    ),
  };
}

function matches(el: Element, set: HintSet): boolean {
  if (!el.hasAttribute('class') && !el.hasAttribute('id')) return false;
  const { squashed, tokens } = names(el);
  for (const t of tokens) if (set.short.has(t)) return true;
  return squashed.some((name) => set.long.some((hint) => name.includes(hint)));
}

/** The clutter kind an element's class/id suggests, if any. */
export function clutterHint(el: Element): ClutterKind | null {
  for (const [kind, set] of CLUTTER) if (matches(el, set)) return kind;
  return null;
}

export const contentHint = (el: Element): boolean => matches(el, CONTENT);
export const navigationHint = (el: Element): boolean => matches(el, NAVIGATION);
export const sidebarHint = (el: Element): boolean => matches(el, SIDEBAR);

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
