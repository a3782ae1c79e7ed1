/**
 * The one message union spoken between popup, background and content script.
 * Every receiver validates with `parseMessage` before acting: a message that is
 * not exactly one of these shapes is ignored.
 */
import { CLUTTER_KINDS, type ClutterKind } from '../engine/types';
import { parseRule } from '../site-rules/memory';
import type { SiteRule } from '../site-rules/selector';
import { type ArticleDetails, type PageReport, parseArticleDetails } from './report';

export type Message =
  /** popup → content: what did you find on this page, and what is the article (the reading's details)? */
  | { type: 'naqi:get-report' }
  /** popup → content: show or hide again what was hidden. */
  | { type: 'naqi:set-revealed'; revealed: boolean }
  /** background → content: the keyboard shortcut flips between shown and hidden. */
  | { type: 'naqi:toggle-revealed' }
  /**
   * content → background: the page's report changed (badge count), and what its reading
   * taught the site memory, if it did (one message: each costs the page's thread).
   */
  | { type: 'naqi:report-changed'; hiddenCount: number; active: boolean; lesson?: Lesson }
  /** popup → content: settings changed, re-evaluate. */
  | { type: 'naqi:settings-changed' }
  /** content → background: read this copy of the page (off the page's thread) and say where its clutter is. */
  | { type: 'naqi:read-copy'; page: PageSnapshot }
  /** background → offscreen document (Chrome, whose service worker has no DOMParser): the same. */
  | { type: 'naqi:offscreen-read'; page: PageSnapshot }
  /** popup → content: show again (or hide again) the item at this index of the report's list, and remember it for the site. */
  | { type: 'naqi:set-item'; index: number; shown: boolean }
  /** popup or background (keyboard) → content: start the picker ("hide something else"). */
  | { type: 'naqi:start-picker' }
  /** content → background: the reader's own rule for the sender's site (a picked box to hide, an item to show, or neither again). */
  | { type: 'naqi:save-rule'; list: RuleList; rule: SiteRule };

export type RuleList = 'hide' | 'show' | 'none';

/** A rule the engine confirmed on a page, with the kind of clutter it names. */
export type LearnedItem = SiteRule & { kind: ClutterKind };
/** What the reading of a page (an article or not) taught the site memory: it confirmed these rules, and contradicted those. */
export interface Lesson {
  article: boolean;
  confirmed: LearnedItem[];
  contradicted: SiteRule[];
}
/** Most rules one lesson carries. */
export const MAX_LEARNED = 60;

export type MessageType = Message['type'];

/**
 * What the content script answers to `naqi:get-report` and the other popup messages: the
 * page's report, and the article's details from the same reading that hid its clutter.
 */
export type ReportResponse = { ok: true; report: PageReport; details: ArticleDetails | null };

/** A copy of the page (src/copy/take.ts), read off the page's thread. */
export interface PageSnapshot {
  html: string;
  url: string;
}

/**
 * An element of the copy, named so the page can find its own (src/copy/names.ts): the
 * path of element-child indices from the body, checked by tag name, child count and text.
 */
export interface ElementName {
  path: number[];
  tag: string;
  children: number;
  /** the element's text key: "<count of its non-space characters>:<the first of them>" */
  text: string;
}

/** What the engine read in a copy of the page: the verdict, and where the clutter is. */
export interface CopyReading {
  isArticle: boolean;
  title: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  /** the main text is Arabic (not only in Arabic script) */
  isArabic: boolean;
  /** the article body, which no hidden element may hold */
  body: ElementName | null;
  clutter: (ElementName & { kind: ClutterKind; rule: SiteRule | null })[];
  /** the article's reading time, sources and tags, for the popup (null on a page that is not an article) */
  details: ArticleDetails | null;
  /** milliseconds the reading took where it ran (for the benchmark) */
  ms: number;
}

/** What the background answers to `naqi:read-copy` (and the offscreen document to `naqi:offscreen-read`). */
export type CopyResponse = { ok: true; reading: CopyReading } | { ok: false };

/** Largest page copy the extension accepts (characters of HTML). */
export const MAX_SNAPSHOT_CHARS = 16_000_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Exact key sets: extra keys mean the message did not come from our own code. */
const hasExactKeys = (value: Record<string, unknown>, keys: readonly string[]): boolean => {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
};

const isCount = (value: unknown, max = 1_000_000): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/** Returns the message when `value` is well-formed, otherwise `null`. */
export function parseMessage(value: unknown): Message | null {
  if (!isObject(value) || typeof value.type !== 'string') return null;
  switch (value.type) {
    case 'naqi:get-report':
    case 'naqi:settings-changed':
    case 'naqi:toggle-revealed':
      return hasExactKeys(value, ['type']) ? { type: value.type } : null;
    case 'naqi:set-revealed':
      return hasExactKeys(value, ['type', 'revealed']) && typeof value.revealed === 'boolean'
        ? { type: value.type, revealed: value.revealed }
        : null;
    case 'naqi:report-changed': {
      const withLesson = value.lesson !== undefined;
      if (!hasExactKeys(value, withLesson ? ['type', 'hiddenCount', 'active', 'lesson'] : ['type', 'hiddenCount', 'active'])) return null;
      if (!isCount(value.hiddenCount) || typeof value.active !== 'boolean') return null;
      const lesson = withLesson ? parseLesson(value.lesson) : undefined;
      if (lesson === null) return null;
      return { type: value.type, hiddenCount: value.hiddenCount, active: value.active, ...(lesson ? { lesson } : {}) };
    }
    case 'naqi:set-item':
      return hasExactKeys(value, ['type', 'index', 'shown']) && isCount(value.index, 10_000) && typeof value.shown === 'boolean'
        ? { type: value.type, index: value.index, shown: value.shown }
        : null;
    case 'naqi:start-picker':
      return hasExactKeys(value, ['type']) ? { type: value.type } : null;
    case 'naqi:save-rule': {
      const list = RULE_LISTS.find((l) => l === value.list);
      const rule = hasExactKeys(value, ['type', 'list', 'rule']) && list ? parseRule(value.rule) : null;
      return rule && list ? { type: value.type, list, rule } : null;
    }
    case 'naqi:read-copy':
    case 'naqi:offscreen-read': {
      const page = hasExactKeys(value, ['type', 'page']) ? parsePageSnapshot(value.page) : null;
      return page ? { type: value.type, page } : null;
    }
    default:
      return null;
  }
}

function parseLesson(value: unknown): Lesson | null {
  if (!isObject(value) || !hasExactKeys(value, ['article', 'confirmed', 'contradicted']) || typeof value.article !== 'boolean') return null;
  const confirmed = parseList(value.confirmed, parseLearnedItem);
  const contradicted = parseList(value.contradicted, parseRule);
  return confirmed && contradicted ? { article: value.article, confirmed, contradicted } : null;
}

function parseList<T>(value: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value) || value.length > MAX_LEARNED) return null;
  const out: T[] = [];
  for (const item of value) {
    const parsed = parse(item);
    if (!parsed) return null;
    out.push(parsed);
  }
  return out;
}

const parseKind = (value: unknown): ClutterKind | undefined => CLUTTER_KINDS.find((k) => k === value);

function parseLearnedItem(value: unknown): LearnedItem | null {
  if (!isObject(value)) return null;
  const { kind, ...rest } = value;
  const rule = parseRule(rest);
  const known = parseKind(kind);
  return rule && known && hasExactKeys(rest, rule.label ? ['selector', 'label'] : ['selector']) ? { ...rule, kind: known } : null;
}

const RULE_LISTS: readonly RuleList[] = ['hide', 'show', 'none'];

/** A page copy of the agreed shape, otherwise `null`. */
export function parsePageSnapshot(value: unknown): PageSnapshot | null {
  if (!isObject(value) || !hasExactKeys(value, ['html', 'url'])) return null;
  const { html, url } = value;
  if (typeof html !== 'string' || typeof url !== 'string') return null;
  if (html.length > MAX_SNAPSHOT_CHARS || !/^https?:\/\//i.test(url) || url.length > 8000) return null;
  return { html, url };
}

/** Most clutter items one reading may name. */
export const MAX_READING_ITEMS = 2000;
const MAX_POSITION = 10_000_000;
/** Deepest element a name may reach (pages nest thousands of levels deep; the engine reads up to MAX_ELEMENTS). */
const MAX_PATH = 200_000;
const MAX_TEXT_KEY = 80;

function parseName(value: unknown, extra: readonly string[] = []): ElementName | null {
  if (!isObject(value) || !hasExactKeys(value, ['path', 'tag', 'children', 'text', ...extra])) return null;
  const { path, tag, children, text } = value;
  if (!Array.isArray(path) || path.length > MAX_PATH || !path.every((i) => isCount(i, MAX_POSITION))) return null;
  if (!isCount(children, MAX_POSITION) || typeof tag !== 'string' || !/^[A-Za-z][\w:.-]{0,63}$/.test(tag)) return null;
  if (typeof text !== 'string' || text.length > MAX_TEXT_KEY || !/^\d{1,9}:/.test(text)) return null;
  return { path: path as number[], tag, children, text };
}

/** Returns the reading in a `naqi:read-copy` answer when it is exactly of the agreed shape, otherwise `null`. */
export function parseCopyResponse(value: unknown): CopyReading | null {
  if (!isObject(value) || value.ok !== true || !hasExactKeys(value, ['ok', 'reading']) || !isObject(value.reading)) return null;
  const r = value.reading;
  const keys = ['isArticle', 'title', 'lang', 'dir', 'isArabic', 'body', 'clutter', 'details', 'ms'];
  if (!hasExactKeys(r, keys) || typeof r.isArticle !== 'boolean' || typeof r.title !== 'string' || typeof r.lang !== 'string') return null;
  if ((r.dir !== 'rtl' && r.dir !== 'ltr') || typeof r.isArabic !== 'boolean') return null;
  if (typeof r.ms !== 'number' || !(r.ms >= 0 && r.ms < 1e7)) return null;
  const body = r.body === null ? null : parseName(r.body);
  if (r.body !== null && !body) return null;
  const details = r.details === null ? null : parseArticleDetails(r.details);
  if (r.details !== null && !details) return null;
  if (!Array.isArray(r.clutter) || r.clutter.length > MAX_READING_ITEMS) return null;
  const clutter: CopyReading['clutter'] = [];
  for (const item of r.clutter) {
    const name = parseName(item, ['kind', 'rule']);
    const { kind: rawKind, rule: rawRule } = item as { kind?: unknown; rule?: unknown };
    const kind = parseKind(rawKind);
    const rule = rawRule === null ? null : parseRule(rawRule);
    if (!name || !kind || (rawRule !== null && !rule)) return null;
    clutter.push({ ...name, kind, rule });
  }
  return { isArticle: r.isArticle, title: r.title.slice(0, 1000), lang: r.lang.slice(0, 35), dir: r.dir, isArabic: r.isArabic, body, clutter, details, ms: r.ms };
}

