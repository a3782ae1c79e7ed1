/**
 * The rules file the options page exports and imports: every site's reader rules and
 * memory, and the settings, as one JSON document. An import is validated whole before
 * anything is written: a file that is not exactly this (another program's JSON, a
 * hand-edited selector outside the grammar, a hostile value) is refused and changes nothing.
 */
import { type Settings, parseSettings } from '../shared/settings';
import {
  MAX_MEMORY_SITES,
  MAX_READER_SITES,
  type ReaderRules,
  type SiteMemory,
  isSite,
  parseReaderRules,
  parseSiteMemory,
} from './memory';

export const BACKUP_FORMAT = 'naqi-rules';
export const BACKUP_VERSION = 1;
/** Largest file an import reads (a full sync area and memory are far below it). */
export const MAX_BACKUP_BYTES = 2_000_000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  settings: Settings;
  reader: Record<string, ReaderRules>;
  memory: Record<string, SiteMemory>;
}

export const makeBackup = (settings: Settings, reader: Record<string, ReaderRules>, memory: Record<string, SiteMemory>): Backup => ({
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  settings,
  reader,
  memory,
});

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseSites<T>(value: unknown, max: number, parse: (v: unknown) => T | null): Record<string, T> | null {
  if (!isObject(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > max) return null;
  const out: Record<string, T> = {};
  for (const [site, raw] of entries) {
    const parsed = isSite(site) ? parse(raw) : null;
    if (!parsed) return null;
    out[site] = parsed;
  }
  return out;
}

/** The backup in a file's text, or `null` when the file is not exactly a Naqi rules file. */
export function parseBackup(text: string): Backup | null {
  if (text.length > MAX_BACKUP_BYTES) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT || value.version !== BACKUP_VERSION || !isObject(value.settings)) return null;
  const reader = parseSites(value.reader, MAX_READER_SITES, parseReaderRules);
  const memory = parseSites(value.memory, MAX_MEMORY_SITES, parseSiteMemory);
  if (!reader || !memory) return null;
  return makeBackup(parseSettings(value.settings), reader, memory);
}
