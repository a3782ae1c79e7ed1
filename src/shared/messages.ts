/**
 * The one message union spoken between popup, background and content script.
 * Every receiver validates with `parseMessage` before acting: a message that is
 * not exactly one of these shapes is ignored.
 */
import type { PageReport } from './report';

export type Message =
  /** popup → content: what did you find on this page? */
  | { type: 'naqi:get-report' }
  /** popup → content: show or hide again what was hidden. */
  | { type: 'naqi:set-revealed'; revealed: boolean }
  /** background → content: the keyboard shortcut flips between shown and hidden. */
  | { type: 'naqi:toggle-revealed' }
  /** content → background: the page's report changed (badge count). */
  | { type: 'naqi:report-changed'; hiddenCount: number; active: boolean }
  /** popup → content: settings changed, re-evaluate. */
  | { type: 'naqi:settings-changed' };

export type MessageType = Message['type'];

/** What the content script answers to `naqi:get-report`. */
export type ReportResponse = { ok: true; report: PageReport };

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
