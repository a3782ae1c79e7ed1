/**
 * The store listings (store/) say what the built extension is: every field in Arabic and
 * English within the stores' limits, the same name and summary as the manifest, a
 * justification for exactly the permissions the manifests request, a privacy statement the
 * code keeps, and generated screenshots of the stores' size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../support/png';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const store = path.join(root, 'store');
const read = (...p: string[]): any => JSON.parse(fs.readFileSync(path.join(...p), 'utf8'));
const text = (...p: string[]): string => fs.readFileSync(path.join(...p), 'utf8');
const LOCALES = ['ar', 'en'] as const;

/** The stores' limits, in characters: Chrome Web Store (name, summary from the manifest) and addons.mozilla.org. */
const LIMITS = { name: 45, summary: 132, description: 16_000 };

const listing = read(store, 'listing.json');
const arabicShare = (s: string): number => (s.match(/[\u0600-\u06FF]/g)?.length ?? 0) / Math.max(1, (s.match(/\p{L}/gu) ?? []).length);

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist/chrome/manifest.json'))) throw new Error('dist/ missing: run `npm run build` first');
});

describe.each(LOCALES)('the %s listing', (locale) => {
  const entry = listing.listing[locale];
  const messages = read(root, 'src/_locales', locale, 'messages.json');
  const description = text(store, `description.${locale}.md`);

  it('has the manifest’s own name and summary, within the stores’ limits', () => {
    expect(entry.name).toBe(messages.extName.message);
    expect(entry.summary).toBe(messages.extDescription.message);
    expect(entry.name.length).toBeLessThanOrEqual(LIMITS.name);
    expect(entry.summary.length).toBeLessThanOrEqual(LIMITS.summary);
    expect(entry.category.chrome.trim()).not.toBe('');
    expect(entry.category.firefox.trim()).not.toBe('');
    expect(entry.screenshotCaption.trim()).not.toBe('');
  });

  it('has a long description in plain text, in its language', () => {
    expect(description.length).toBeGreaterThan(500);
    expect(description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(description).not.toMatch(/<[a-z/]/i);
    if (locale === 'ar') expect(arabicShare(description)).toBeGreaterThan(0.8);
    else expect(arabicShare(description)).toBeLessThan(0.2);
  });

  it('names the keyboard shortcuts the manifest suggests', () => {
    const commands = read(root, 'dist/chrome/manifest.json').commands as Record<string, { suggested_key: { default: string } }>;
    for (const command of Object.values(commands)) expect(description).toContain(command.suggested_key.default);
  });
});

describe('the stores’ privacy questions', () => {
  const chrome = read(root, 'dist/chrome/manifest.json');
  const firefox = read(root, 'dist/firefox/manifest.json');

  it('justify exactly the permissions the manifests request, in both languages', () => {
    const requested = [...new Set([...chrome.permissions, ...firefox.permissions])].sort();
    expect(Object.keys(listing.chrome.permissions).sort()).toEqual(requested);
    for (const why of Object.values<Record<string, string>>(listing.chrome.permissions)) for (const l of LOCALES) expect(why[l]?.length).toBeGreaterThan(40);
  });

  it('explain where the content scripts run, and claim no host permission the manifests do not have', () => {
    expect(chrome.host_permissions ?? firefox.host_permissions).toBeUndefined();
    for (const l of LOCALES) {
      expect(listing.chrome.hostPermissions[l].length).toBeGreaterThan(40);
      expect(listing.chrome.singlePurpose[l].length).toBeGreaterThan(40);
      expect(listing.chrome.remoteCode[l].length).toBeGreaterThan(10);
    }
  });

  it('say no data is collected, as Firefox’s manifest declares', () => {
    expect(listing.firefox.dataCollection).toBe('none');
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions.required).toEqual([listing.firefox.dataCollection]);
  });
});

describe('the privacy statement', () => {
  const privacy = text(store, 'privacy.md');
  const extensionCode = ['chrome', 'firefox'].flatMap((b) =>
    fs.readdirSync(path.join(root, 'dist', b)).filter((f) => f.endsWith('.js')).map((f) => text(root, 'dist', b, f)),
  );

  it('is given in Arabic and in English', () => {
    expect(privacy).toMatch(/^## English$/m);
    expect(privacy).toMatch(/^## العربية$/m);
  });

  it('is kept by the code: no network request in any script the extension ships', () => {
    for (const code of extensionCode) expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(/);
  });

  it('names every storage area the extension uses', () => {
    const areas = new Set(extensionCode.flatMap((code) => [...code.matchAll(/storage\.(sync|local|session)\b/g)].map((m) => m[1]!)));
    expect(areas.size).toBeGreaterThan(0);
    for (const area of areas) expect(privacy).toContain(`storage.${area}`);
  });
});

describe('the store screenshots', () => {
  it.each(LOCALES.flatMap((l) => ['light', 'dark'].map((s) => `naqi-${l}-${s}.png`)))('%s is generated at 1280 × 800', (file) => {
    expect(pngSize(path.join(store, 'screenshots', file))).toEqual({ width: 1280, height: 800 });
  });
});
