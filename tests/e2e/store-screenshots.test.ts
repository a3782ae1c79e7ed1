/**
 * The store screenshots (1280 × 800; Arabic and English, light and dark), made from the built
 * extension in Chromium on a page written for them (tests/fixtures/store/article.html): the
 * cleaned article beside the popup that read it, under the listing's caption
 * (store/listing.json). The browser tier writes them to tests/artifacts/store/;
 * `npm run store:screenshots` writes them to store/screenshots/. Never edited by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../support/png';
import { type ExtensionBrowser, launch } from './support/browsers';
import { openPopup, readPopup, waitForTask } from './support/naqi';
import { type FixtureServer, startServer } from './support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.resolve(root, process.env.NAQI_STORE_SCREENSHOTS ?? 'tests/artifacts/store');
fs.mkdirSync(out, { recursive: true });
const listing = JSON.parse(fs.readFileSync(path.join(root, 'store/listing.json'), 'utf8')) as {
  listing: Record<'ar' | 'en', { screenshotCaption: string }>;
};

/** The stores' screenshot size, and the parts of it. */
const SHOT = { width: 1280, height: 800 };
const CAPTION_PX = 96;
const PAGE_VIEW = { width: 840, height: SHOT.height - CAPTION_PX - 32 };
const POPUP_WIDTH = 360;

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer({ '/': path.join(root, 'tests/fixtures') });
});
afterAll(async () => {
  await server?.close();
});

describe.each(['ar', 'en'] as const)('store screenshots in %s (Chromium)', (locale) => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launch('chromium', { locale });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(['light', 'dark'] as const)('in %s mode', async (scheme) => {
    const page = await ext.open(server.url('/store/article.html'));
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.setViewport(PAGE_VIEW);
    await waitForTask(page, 'hide');
    const popup = await openPopup(ext, page);
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await popup.setViewport({ width: POPUP_WIDTH, height: PAGE_VIEW.height });
    const view = await readPopup(popup);
    // The screenshot shows what it claims: an article read, its sources and tags, the clutter hidden.
    expect(view.state).toBe('article');
    expect(view.sources.length).toBeGreaterThan(1);
    expect(view.tags.length).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.querySelectorAll('[style*="display: none"]').length)).toBeGreaterThanOrEqual(4);
    const pageShot = Buffer.from(await page.screenshot({ encoding: 'binary' })).toString('base64');
    const popupShot = Buffer.from(await (await popup.$('#app'))!.screenshot({ encoding: 'binary' })).toString('base64');
    await popup.close();
    await page.close();

    const frame = await ext.browser.newPage();
    await frame.setViewport(SHOT);
    await frame.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const dark = scheme === 'dark';
    await frame.setContent(`<!doctype html>
      <html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><style>
        body { margin: 0; width: ${SHOT.width}px; height: ${SHOT.height}px; overflow: hidden; background: ${dark ? '#0b1016' : '#e8eef0'};
               font-family: "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif; color: ${dark ? '#f3f4f6' : '#102a2e'}; }
        h1 { height: ${CAPTION_PX}px; margin: 0; display: flex; align-items: center; justify-content: center; font-size: 34px; font-weight: 600; }
        .row { display: flex; gap: 24px; justify-content: center; align-items: flex-start; }
        img { border-radius: 10px; box-shadow: 0 8px 28px rgba(0, 0, 0, ${dark ? 0.6 : 0.22}); }
        .page { width: ${PAGE_VIEW.width}px; height: ${PAGE_VIEW.height}px; }
        /* The whole popup, scaled down only if it is taller than the page beside it (no bands). */
        .popup { width: auto; height: auto; max-height: ${PAGE_VIEW.height}px; }
      </style></head><body>
        <h1 id="caption"></h1>
        <div class="row"><img class="page" src="data:image/png;base64,${pageShot}" alt=""><img class="popup" src="data:image/png;base64,${popupShot}" alt=""></div>
      </body></html>`);
    await frame.evaluate((caption: string) => {
      document.getElementById('caption')!.textContent = caption;
    }, listing.listing[locale].screenshotCaption);
    await frame.evaluate(async () => {
      await document.fonts.ready;
      await Promise.all([...document.images].map((i) => i.decode()));
    });
    const file = path.join(out, `naqi-${locale}-${scheme}.png`);
    await frame.screenshot({ path: file });
    await frame.close();
    expect(pngSize(file)).toEqual(SHOT);
  });
});
