/**
 * Screenshots for a person to look at (tests/artifacts/screenshots/, ignored by
 * git): the popup (with its list of hidden items) and the options page in light and
 * dark, Arabic and English; the picker on an Arabic page; and a cleaned page next to
 * the same page with Naqi showing everything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusMounts } from '../support/corpus';
import { type ExtensionBrowser, launch } from './support/browsers';
import { openPopup, readPopup, teachSiteMemory, waitForTask } from './support/naqi';
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
    // The list of hidden items, each with its switch, in the interface's direction.
    expect(await popup.evaluate(() => document.querySelectorAll('#items .item input[role="switch"]').length)).toBeGreaterThan(0);
    // Long item texts are cut with an ellipsis: nothing runs past the popup's width.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const app = await popup.$('#app');
    await app!.screenshot({ path: path.join(out, `popup-${locale}-${scheme}.png`) });
    await popup.close();
    await page.close();
  });

  it.each(['light', 'dark'] as const)('renders the options page in %s mode, with the sites it learned', async (scheme) => {
    await teachSiteMemory(ext, server.url);
    const options = await ext.openExtensionPage('options.html');
    await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await options.setViewport({ width: 800, height: 700 });
    await options.waitForSelector('#sites .rule');
    expect(await options.evaluate(() => document.documentElement.dir)).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(scheme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)');
    expect(await options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await options.screenshot({ path: path.join(out, `options-${locale}-${scheme}.png`), fullPage: true });
    await options.close();
  });
});

describe('the picker on an Arabic page (Chromium)', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launch('chromium');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('outlines the block under the pointer, and refuses the article', async () => {
    const page = await ext.open(server.url('/memory/story-100001.html'));
    await page.setViewport({ width: 900, height: 700 });
    await waitForTask(page, 'hide');
    const popup = await openPopup(ext, page);
    await readPopup(popup);
    await popup.evaluate(() => document.getElementById('pick')!.click());
    await new Promise((r) => setTimeout(r, 300));
    if (!popup.isClosed()) await popup.close();
    await page.bringToFront();
    const at = async (selector: string) =>
      page.evaluate((s: string) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, selector);
    const weather = await at('.weather-widget');
    await page.mouse.move(weather.x, weather.y);
    await page.mouse.move(weather.x + 1, weather.y);
    await page.screenshot({ path: path.join(out, 'picker-ar.png') });
    const paragraph = await at('.story-body p');
    await page.mouse.move(paragraph.x, paragraph.y);
    await page.mouse.move(paragraph.x + 1, paragraph.y);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.screenshot({ path: path.join(out, 'picker-ar-refused.png') });
    expect(fs.statSync(path.join(out, 'picker-ar-refused.png')).size).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
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
