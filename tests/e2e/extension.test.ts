/**
 * The extension, installed from dist/, in real Chromium and Firefox ESR: the
 * content script runs on pages served from 127.0.0.1 and the popup shows what it
 * found. Fails (never skips) when a browser or the build is missing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launch } from './support/browsers';
import { openPopup, readPopup, waitForTask } from './support/naqi';
import { type FixtureServer, startServer } from './support/server';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

describe.each<BrowserName>(['chromium', 'firefox'])('extension in %s', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer({ '/': fixtures });
    ext = await launch(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('runs the content script on an Arabic article and the popup shows its title, language, direction and verdict', async () => {
    const page = await ext.open(server.url('/pages/article-basic.html'));
    // The content script records a performance measure for each task it runs.
    await waitForTask(page, 'copy');
    const popup = await openPopup(ext, page);
    const shown = await readPopup(popup);
    expect(shown.state).toBe('article');
    expect(shown.title).toBe('المجلس البلدي يقر خطة لتوسيع الحدائق العامة في المدينة');
    expect(shown.lang).toBe('ar');
    expect(shown.dir).toBe('من اليمين إلى اليسار');
    expect(shown.htmlDir).toBe('rtl');
    expect(shown.clutter).toMatch(/[1-9١-٩]/);
    await popup.close();
    await page.close();
  });

  it('says plainly that a non-Arabic page is left alone', async () => {
    const page = await ext.open(server.url('/pages/english-article.html'));
    await waitForTask(page, 'start');
    const popup = await openPopup(ext, page);
    const shown = await readPopup(popup);
    expect(shown.state).toBe('not-arabic');
    expect(shown.status).toBe('الصفحة ليست عربية: لم يُخفَ شيء');
    expect(shown.clutter).toBe('');
    await popup.close();
    await page.close();
  });

  it('says plainly when the tab is a page the extension cannot run on', async () => {
    const page = await ext.open('about:blank');
    const popup = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(page).catch(() => 999_999)}`);
    const shown = await readPopup(popup);
    expect(shown.state).toBe('unsupported');
    expect(shown.status).toBe('لا يعمل نقي على هذه الصفحة');
    await popup.close();
    await page.close();
  });
});
