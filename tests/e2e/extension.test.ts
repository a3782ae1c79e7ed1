/**
 * The extension, installed from dist/, in real Chromium and Firefox ESR: the
 * content script runs on pages served from 127.0.0.1 and the popup shows what it
 * found. Fails (never skips) when a browser or the build is missing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { type BrowserName, type ExtensionBrowser, launch } from './support/browsers';
import { type FixtureServer, startServer } from './support/server';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

async function popupState(popup: Page): Promise<{ state: string; status: string; title: string; lang: string; dir: string; clutter: string; htmlDir: string }> {
  await popup.waitForFunction(() => {
    const s = document.getElementById('status')?.dataset.state;
    return s !== undefined && s !== 'working';
  }, { timeout: 20_000, polling: 100 });
  return popup.evaluate(() => ({
    state: document.getElementById('status')!.dataset.state!,
    status: document.getElementById('status')!.textContent ?? '',
    title: document.getElementById('fact-title')!.textContent ?? '',
    lang: document.getElementById('fact-lang')!.textContent ?? '',
    dir: document.getElementById('fact-dir')!.textContent ?? '',
    clutter: document.getElementById('clutter')!.hidden ? '' : (document.getElementById('clutter')!.textContent ?? ''),
    htmlDir: document.documentElement.dir,
  }));
}

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
    // The content script records a performance measure when its analysis is done.
    await page.waitForFunction(() => performance.getEntriesByName('naqi:analyze').length > 0, { timeout: 15_000, polling: 100 });
    const tabId = await ext.tabIdOf(page);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    const shown = await popupState(popup);
    expect(shown.state).toBe('article');
    expect(shown.title).toBe('المجلس البلدي يقر خطة لتوسيع الحدائق العامة في المدينة');
    expect(shown.lang).toBe('ar');
    expect(shown.dir).toBe('من اليمين إلى اليسار');
    expect(shown.htmlDir).toBe('rtl');
    expect(shown.clutter).toMatch(/عناصر مزعجة: [1-9]/);
    await popup.close();
    await page.close();
  });

  it('says plainly that a non-Arabic page is left alone', async () => {
    const page = await ext.open(server.url('/pages/english-article.html'));
    await page.waitForFunction(() => performance.getEntriesByName('naqi:analyze').length > 0, { timeout: 15_000, polling: 100 });
    const popup = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(page)}`);
    const shown = await popupState(popup);
    expect(shown.state).toBe('not-arabic');
    expect(shown.lang).toBe('en');
    expect(shown.clutter).toBe('');
    await popup.close();
    await page.close();
  });

  it('says plainly when the tab is a page the extension cannot run on', async () => {
    const page = await ext.open('about:blank');
    const popup = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(page).catch(() => 999_999)}`);
    const shown = await popupState(popup);
    expect(shown.state).toBe('unsupported');
    expect(shown.status).toBe('لا يعمل نقي على هذه الصفحة');
    await popup.close();
    await page.close();
  });
});
