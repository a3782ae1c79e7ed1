/**
 * Screenshots for a person to look at (tests/artifacts/screenshots/, ignored by
 * git): the popup in light and dark, Arabic and English, and a cleaned page next
 * to the same page with Naqi showing everything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusMounts } from '../support/corpus';
import { type ExtensionBrowser, launch } from './support/browsers';
import { openPopup, readPopup, waitForTask } from './support/naqi';
import { type FixtureServer, startServer } from './support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'tests/artifacts/screenshots');
fs.mkdirSync(out, { recursive: true });

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer({ ...corpusMounts(), '/': path.join(root, 'tests/fixtures') });
});
afterAll(async () => {
  await server?.close();
});

describe.each(['ar', 'en'] as const)('popup in %s (Chromium)', (locale) => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launch('chromium', { locale });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(['light', 'dark'] as const)('renders in %s mode', async (scheme) => {
    const page = await ext.open(server.url('/corpus/corpus/seed-aggregator.html'));
    await waitForTask(page, 'hide');
    const popup = await openPopup(ext, page);
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await popup.setViewport({ width: 360, height: 640 });
    const view = await readPopup(popup);
    expect(view.htmlLang.startsWith(locale)).toBe(true);
    expect(view.htmlDir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)');
    const app = await popup.$('#app');
    await app!.screenshot({ path: path.join(out, `popup-${locale}-${scheme}.png`) });
    await popup.close();
    await page.close();
  });
});

describe('a cleaned page (Chromium)', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launch('chromium');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('is captured cleaned and with everything shown', async () => {
    const page = await ext.open(server.url('/corpus/corpus/seed-aggregator.html'));
    await page.setViewport({ width: 1100, height: 1400 });
    await waitForTask(page, 'hide');
    await page.screenshot({ path: path.join(out, 'page-cleaned.png'), fullPage: true });
    const popup = await openPopup(ext, page);
    await readPopup(popup);
    await popup.click('#show-hidden');
    await popup.waitForFunction(() => (document.getElementById('show-hidden') as HTMLInputElement).checked, { polling: 100 });
    await page.bringToFront();
    await page.screenshot({ path: path.join(out, 'page-everything-shown.png'), fullPage: true });
    const cleaned = fs.statSync(path.join(out, 'page-cleaned.png')).size;
    const shown = fs.statSync(path.join(out, 'page-everything-shown.png')).size;
    expect(shown).toBeGreaterThan(cleaned);
    await popup.close();
    await page.close();
  });
});
