/**
 * The one message union spoken between popup, background and content script.
 * Every receiver validates with `parseMessage` before acting: a message that is
 * not exactly one of these shapes is ignored.
 */
import type { PageReport } from './report';

export type Message =
  /** popup → content: what did you find on this page? */
  | { type: 'naqi:get-report' }
  /** popup → content: a copy of the article page, to read its text, sources and tags from. */
  | { type: 'naqi:get-page' }
  /** popup → content: show or hide again what was hidden. */
  | { type: 'naqi:set-revealed'; revealed: boolean }
  /** background → content: the keyboard shortcut flips between shown and hidden. */
  | { type: 'naqi:toggle-revealed' }
  /** content → background: the page's report changed (badge count). */
  | { type: 'naqi:report-changed'; hiddenCount: number; active: boolean }
  /** popup → content: settings changed, re-evaluate. */
  | { type: 'naqi:settings-changed' };

export type MessageType = Message['type'];

/** What the content script answers to `naqi:get-report` and the other popup messages. */
export type ReportResponse = { ok: true; report: PageReport };

/**
 * A copy of the page as it is shown now (clutter hidden): the popup reads the article's
 * text, sources and tags from it, so that work never runs on the page's own thread.
 */
export interface PageSnapshot {
  html: string;
  url: string;
}

/** What the content script answers to `naqi:get-page`: a copy only of an article page. */
export type PageResponse = { ok: true; page: PageSnapshot } | { ok: false };

/** Largest page copy the popup accepts (characters of HTML). */
export const MAX_SNAPSHOT_CHARS = 16_000_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Exact key sets: extra keys mean the message did not come from our own code. */
const hasExactKeys = (value: Record<string, unknown>, keys: readonly string[]): boolean => {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
};

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1_000_000;

/** Returns the message when `value` is well-formed, otherwise `null`. */
export function parseMessage(value: unknown): Message | null {
  if (!isObject(value) || typeof value.type !== 'string') return null;
  switch (value.type) {
    case 'naqi:get-report':
    case 'naqi:get-page':
    case 'naqi:settings-changed':
    case 'naqi:toggle-revealed':
      return hasExactKeys(value, ['type']) ? { type: value.type } : null;
    case 'naqi:set-revealed':
      return hasExactKeys(value, ['type', 'revealed']) && typeof value.revealed === 'boolean'
        ? { type: value.type, revealed: value.revealed }
        : null;
    case 'naqi:report-changed':
      return hasExactKeys(value, ['type', 'hiddenCount', 'active']) &&
        isCount(value.hiddenCount) &&
        typeof value.active === 'boolean'
        ? { type: value.type, hiddenCount: value.hiddenCount, active: value.active }
        : null;
    default:
      return null;
  }
}

/** Returns the page copy in a `naqi:get-page` answer when it is well-formed, otherwise `null`. */
export function parsePageResponse(value: unknown): PageSnapshot | null {
  if (!isObject(value) || value.ok !== true || !hasExactKeys(value, ['ok', 'page']) || !isObject(value.page)) return null;
  const { html, url } = value.page;
  if (!hasExactKeys(value.page, ['html', 'url']) || typeof html !== 'string' || typeof url !== 'string') return null;
  if (html.length > MAX_SNAPSHOT_CHARS || !/^https?:\/\//i.test(url) || url.length > 8000) return null;
  return { html, url };
}
