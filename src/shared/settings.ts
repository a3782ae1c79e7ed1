/**
 * The reader's choices, kept in storage.sync so they follow them across devices
 * and survive restarts. Anything stored that is not exactly this shape (another
 * extension's junk, a corrupted value) falls back to defaults, field by field; an
 * older version is migrated (version 1 had no `version` and no `memory`).
 */
import type { Storage } from 'webextension-polyfill';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Naqi on everywhere (the global switch) */
  enabled: boolean;
  /** hosts where the reader turned Naqi off, e.g. "youm7.com" */
  disabledSites: string[];
  /** site memory: learn each site's clutter and hide it from the start of its next pages */
  memory: boolean;
}

export const SETTINGS_VERSION = 2;
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ version: SETTINGS_VERSION, enabled: true, disabledSites: [], memory: true });
export const SETTINGS_KEY = 'naqi.settings';
const MAX_SITES = 500;
const HOST = /^[a-z0-9.-]{1,253}$/;

/** Rebuilds settings from an untrusted stored value. */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return defaults();
  const value = raw as Record<string, unknown>;
  const sites = Array.isArray(value.disabledSites) ? value.disabledSites : [];
  return {
    version: SETTINGS_VERSION,
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: [...new Set(sites.filter((s): s is string => typeof s === 'string' && HOST.test(s)))].slice(0, MAX_SITES),
    memory: typeof value.memory === 'boolean' ? value.memory : DEFAULT_SETTINGS.memory,
  };
}

const defaults = (): Settings => ({ ...DEFAULT_SETTINGS, disabledSites: [] });

/** The key a site is remembered by: its host name without "www.". */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

export const isSiteOff = (settings: Settings, host: string): boolean => settings.disabledSites.includes(siteKey(host));

/** Reads the settings from `area` (storage.sync; passed in, so the content script can use its own API adapter). */
export async function loadSettings(area: Pick<Storage.StorageArea, 'get'>): Promise<Settings> {
  try {
    const stored = await area.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return defaults();
  }
}

export async function saveSettings(area: Pick<Storage.StorageArea, 'set'>, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Returns new settings with the site switched on or off. */
export function withSite(settings: Settings, host: string, off: boolean): Settings {
  const key = siteKey(host);
  const others = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: off ? [...others, key] : others };
}
