/**
 * What Naqi keeps per site, as plain data with pure updates (the background writes it,
 * the options page shows it, the early script reads it), and the parsers that rebuild it
 * from untrusted stored or imported values: anything not exactly of these shapes is
 * dropped, never trusted.
 *
 * - The reader's rules (storage.sync, one item per site, within the sync quotas): boxes
 *   to hide that Naqi missed, and boxes never to hide here. They win over the engine.
 * - Site memory (storage.local): clutter rules the engine confirmed on the site's pages.
 *   A rule is remembered once it was confirmed on MIN_PAGES different article pages; a
 *   remembered rule hides its boxes from the start of the next page (src/content/early.ts),
 *   and is forgotten as soon as a reading contradicts it. Bounded: rules per site, sites
 *   kept (the least recently used site goes first).
 */
import { CLUTTER_KINDS, type ClutterKind } from '../engine/types';
import { MAX_RULE_LABEL_CHARS, type SiteRule, isRuleSelector, sameRule } from './selector';

/** Rules per site in each of the reader's two lists (one sync item per site stays under 8 KB). */
export const MAX_READER_RULES = 25;
/** Sites with reader's rules (storage.sync allows 512 items; settings take one). */
export const MAX_READER_SITES = 400;
/** A rule confirmed on this many different article pages of a site is remembered. */
export const MIN_PAGES = 2;
/** Pages kept per rule (as short keys of their paths), and rules and sites kept in memory. */
export const MAX_PAGES_PER_RULE = 4;
export const MAX_RULES_PER_SITE = 30;
export const MAX_MEMORY_SITES = 200;

export const READER_PREFIX = 'naqi.rules:';
export const MEMORY_PREFIX = 'naqi.memory:';
export const MEMORY_INDEX_KEY = 'naqi.memory-index';
export const readerKey = (site: string): string => `${READER_PREFIX}${site}`;
export const memoryKey = (site: string): string => `${MEMORY_PREFIX}${site}`;

export interface ReaderRules {
  /** boxes the reader picked: hidden on every page of the site */
  hide: SiteRule[];
  /** boxes the reader showed again: never hidden here */
  show: SiteRule[];
}

export interface LearnedRule extends SiteRule {
  kind: ClutterKind;
  /** keys of the article pages where the engine confirmed it (pageKey) */
  pages: string[];
  /** when it was last confirmed (ms since the epoch) */
  seen: number;
}

export interface SiteMemory {
  rules: LearnedRule[];
  /** the shapes of the site's article addresses (pathShape): early hiding runs only on these */
  shapes: string[];
}

/** Address shapes kept per site. */
export const MAX_SHAPES = 12;

/** site → when it was last read (ms), for dropping the least recently used site */
export type MemoryIndex = Record<string, number>;

const SITE = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/;
export const isSite = (value: unknown): value is string => typeof value === 'string' && SITE.test(value);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Label form: letters, digits and spaces. Arabic and Latin ones are checked first without a
 * Unicode property escape: compiling one costs each page's world a millisecond, and the
 * content scripts check labels on every page that has them.
 */
const PLAIN_LABEL = /^[ 0-9A-Za-z\u0620-\u063f\u0641-\u064a\u0660-\u0669\u0671-\u06d3\u06f0-\u06f9]+$/;
let notInLabel: RegExp | undefined;
export const isLabel = (text: string): boolean => PLAIN_LABEL.test(text) || !(notInLabel ??= /[^\p{L}\p{N} ]/u).test(text);

/** A rule of the agreed shape (selector of the grammar, label in label form), otherwise `null`. */
export function parseRule(value: unknown): SiteRule | null {
  if (!isObject(value) || typeof value.selector !== 'string' || !isRuleSelector(value.selector)) return null;
  if (value.label === undefined) return { selector: value.selector };
  const label = value.label;
  if (typeof label !== 'string' || !label || label.length > MAX_RULE_LABEL_CHARS || !isLabel(label)) return null;
  return { selector: value.selector, label };
}

function parseRules(value: unknown, max: number): SiteRule[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  const rules: SiteRule[] = [];
  for (const item of value) {
    const rule = parseRule(item);
    if (!rule) return null;
    if (!rules.some((r) => sameRule(r, rule))) rules.push(rule);
  }
  return rules;
}

export const emptyReaderRules = (): ReaderRules => ({ hide: [], show: [] });

/** The reader's rules for a site, or `null` when the value is not exactly that. */
export function parseReaderRules(value: unknown): ReaderRules | null {
  if (!isObject(value)) return null;
  const hide = parseRules(value.hide, MAX_READER_RULES);
  const show = parseRules(value.show, MAX_READER_RULES);
  return hide && show ? { hide, show } : null;
}

const PAGE_KEY = /^[0-9a-f]{8}$/;

/** A site's memory, or `null` when the value is not exactly that. */
export function parseSiteMemory(value: unknown): SiteMemory | null {
  if (!isObject(value) || !Array.isArray(value.rules) || value.rules.length > MAX_RULES_PER_SITE) return null;
  const shapes = value.shapes;
  if (!Array.isArray(shapes) || shapes.length > MAX_SHAPES || !shapes.every((s) => typeof s === 'string' && SHAPE.test(s))) return null;
  const rules: LearnedRule[] = [];
  for (const item of value.rules) {
    const rule = parseRule(item);
    if (!rule || !isObject(item)) return null;
    const kind = CLUTTER_KINDS.find((k) => k === item.kind);
    const pages = item.pages;
    if (!kind || !Array.isArray(pages) || pages.length > MAX_PAGES_PER_RULE || !pages.every((p) => typeof p === 'string' && PAGE_KEY.test(p))) return null;
    if (typeof item.seen !== 'number' || !Number.isFinite(item.seen) || item.seen < 0) return null;
    rules.push({ ...rule, kind, pages: [...new Set(pages as string[])], seen: item.seen });
  }
  return { rules, shapes: [...new Set(shapes as string[])] };
}

const SHAPE = /^\d{1,2}:(?:num|id|slug|word|none)$/;

/**
 * The shape of an address's path, as news sites lay them out: how many segments, and
 * what the last is — a number ("/12345"), a word holding an id ("story-123456",
 * "a1b2c3d4"), a long slug ("city-opens-new-park"), a word ("/politics"), or none ("/").
 * Article pages of a site share a shape that its home and section pages do not.
 */
export function pathShape(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '0:none';
  }
  const segments = path.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  let kind: string;
  try {
    kind = classifySegment(decodeURIComponent(last));
  } catch {
    kind = classifySegment(last);
  }
  return `${Math.min(segments.length, 99)}:${kind}`;
}

function classifySegment(segment: string): string {
  const name = segment.replace(/\.(?:html?|aspx?|php|cms)$/i, '');
  if (!name) return 'none';
  if (/^\d+$/.test(name)) return 'num';
  if (/\d{4,}/.test(name) || (name.match(/\d/g)?.length ?? 0) >= 4) return 'id';
  if ((name.match(/[-_]/g)?.length ?? 0) >= 2 || name.length > 30) return 'slug';
  return 'word';
}

export function parseMemoryIndex(value: unknown): MemoryIndex {
  if (!isObject(value)) return {};
  const index: MemoryIndex = {};
  for (const [site, used] of Object.entries(value)) if (isSite(site) && typeof used === 'number' && Number.isFinite(used)) index[site] = used;
  return index;
}

/** A short key for an article page: FNV-1a of its path (the memory keeps no addresses). */
export function pageKey(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The rules of a site's memory that hide from the start: confirmed on MIN_PAGES pages. */
export const rememberedRules = (memory: SiteMemory | null): LearnedRule[] => memory?.rules.filter((r) => r.pages.length >= MIN_PAGES) ?? [];

/**
 * The memory after a reading of one article page confirmed these rules: each gains the
 * page; new rules join; the least recently confirmed go past MAX_RULES_PER_SITE.
 */
export function learn(memory: SiteMemory | null, page: string, shape: string, confirmed: readonly (SiteRule & { kind: ClutterKind })[], now: number): SiteMemory {
  const rules = (memory?.rules ?? []).map((r) => ({ ...r, pages: [...r.pages] }));
  for (const found of confirmed) {
    const known = rules.find((r) => sameRule(r, found));
    if (known) {
      if (!known.pages.includes(page)) known.pages = [...known.pages, page].slice(-MAX_PAGES_PER_RULE);
      known.seen = now;
      known.kind = found.kind;
    } else {
      rules.push({ selector: found.selector, ...(found.label ? { label: found.label } : {}), kind: found.kind, pages: [page], seen: now });
    }
  }
  rules.sort((a, b) => b.seen - a.seen);
  const shapes = [shape, ...(memory?.shapes ?? []).filter((s) => s !== shape)].slice(0, MAX_SHAPES);
  return { rules: rules.slice(0, MAX_RULES_PER_SITE), shapes };
}

/** The memory without the rules a reading contradicted (they matched what was not clutter). */
export function forget(memory: SiteMemory | null, contradicted: readonly SiteRule[]): SiteMemory {
  return { rules: (memory?.rules ?? []).filter((r) => !contradicted.some((c) => sameRule(r, c))), shapes: memory?.shapes ?? [] };
}

/** The memory after a page of this shape turned out not to be an article: no early hiding on such addresses. */
export const notArticleShape = (memory: SiteMemory | null, shape: string): SiteMemory => ({ rules: memory?.rules ?? [], shapes: (memory?.shapes ?? []).filter((s) => s !== shape) });

/** The index after a site was used, and the sites to drop to stay within MAX_MEMORY_SITES. */
export function touchSite(index: MemoryIndex, site: string, now: number): { index: MemoryIndex; dropped: string[] } {
  const next: MemoryIndex = { ...index, [site]: now };
  const sites = Object.keys(next).sort((a, b) => next[b]! - next[a]!);
  const dropped = sites.slice(MAX_MEMORY_SITES);
  for (const s of dropped) delete next[s];
  return { index: next, dropped };
}

/**
 * The reader's rules after a choice about one box: into one list ("hide" a picked box,
 * "show" a hidden one) and out of the other, or out of both ("none": back to Naqi's own
 * judgement). The oldest go past the bound.
 */
export function withReaderRule(rules: ReaderRules | null, list: keyof ReaderRules | 'none', rule: SiteRule): ReaderRules {
  const base = rules ?? emptyReaderRules();
  const without = (l: SiteRule[]): SiteRule[] => l.filter((r) => !sameRule(r, rule));
  return {
    hide: list === 'hide' ? [...without(base.hide), rule].slice(-MAX_READER_RULES) : without(base.hide),
    show: list === 'show' ? [...without(base.show), rule].slice(-MAX_READER_RULES) : without(base.show),
  };
}
