/**
 * How the extension behaves, in both real browsers: exact restore, the per-site
 * switch across reloads, the global switch, late clutter, the keyboard shortcut's
 * message, the badge, untouched non-article pages, and no request of its own.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusMounts, loadCorpus, scoringNormalize } from '../support/corpus';
import { type BrowserName, type ExtensionBrowser, launch } from './support/browsers';
import { openPopup, readPopup, visibleText, waitForTask } from './support/naqi';
import { type FixtureServer, startServer } from './support/server';

const nonArticles = loadCorpus()
  .filter((p) => !p.truth.isArticle)
  .map((p) => p.urlPath);
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const READ_ALSO = scoringNormalize('البلدية تبدأ صيانة شبكة المياه في الأحياء القديمة');
const RELATED = scoringNormalize('حملة تشجير واسعة في شوارع المدينة الرئيسية');
const KEEP = scoringNormalize('وقال رئيس المجلس إن الخطة تشمل إنشاء أربع حدائق جديدة');

/** The DOM as parsed, captured in the page's own world before any content script runs. */
async function captureParsedDom(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __parsed: string }).__parsed = document.documentElement.outerHTML;
    });
  });
}

const parsedDom = (page: Page): Promise<string> => page.evaluate(() => (window as unknown as { __parsed: string }).__parsed);
const currentDom = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.outerHTML);

describe.each<BrowserName>(['chromium', 'firefox'])('behaviour in %s', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await startServer({ ...corpusMounts(), '/': fixtures });
    ext = await launch(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Opens a fixture page (a path under tests/fixtures) in a fresh tab that records the parsed DOM and every request. */
  async function openFresh(file: string): Promise<Page> {
    const page = await ext.browser.newPage();
    await captureParsedDom(page);
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.url(`/${file}`), { waitUntil: 'load' });
    return page;
  }

  it('hides in place and "show hidden" restores the page exactly as it was parsed', async () => {
    const page = await openFresh('pages/article-basic.html');
    await waitForTask(page, 'hide');
    expect(await visibleText(page)).not.toContain(READ_ALSO);
    expect(await visibleText(page)).toContain(KEEP);
    const hiddenDom = await currentDom(page);
    expect(hiddenDom).not.toBe(await parsedDom(page));

    const popup = await openPopup(ext, page);
    const before = await readPopup(popup);
    expect(before.clutter).toMatch(/[1-9١-٩]/);
    await popup.click('#show-hidden');
    await popup.waitForFunction(() => (document.getElementById('show-hidden') as HTMLInputElement).checked, { polling: 100 });
    expect(await currentDom(page)).toBe(await parsedDom(page));
    expect(await visibleText(page)).toContain(READ_ALSO);

    await popup.click('#show-hidden');
    await page.waitForFunction((t: string) => !document.body.innerText.includes(t), { polling: 100 }, 'البلدية تبدأ صيانة');
    expect(await currentDom(page)).toBe(hiddenDom);
    await popup.close();
    await page.close();
  });

  it('remembers "turn off on this site" across a reload, and turns back on', async () => {
    let page = await openFresh('pages/article-basic.html');
    await waitForTask(page, 'hide');
    let popup = await openPopup(ext, page);
    await readPopup(popup);
    await popup.click('#site-off');
    await popup.waitForFunction(() => document.getElementById('status')?.dataset.state === 'site-off', { polling: 100 });
    expect(await currentDom(page)).toBe(await parsedDom(page));
    await popup.close();

    await page.close();
    page = await openFresh('pages/article-basic.html');
    popup = await openPopup(ext, page);
    const off = await readPopup(popup);
    expect(off.state).toBe('site-off');
    expect(off.siteOff).toBe(true);
    expect(await visibleText(page)).toContain(READ_ALSO);
    expect(await currentDom(page)).toBe(await parsedDom(page));

    await popup.click('#site-off');
    await popup.waitForFunction(() => document.getElementById('status')?.dataset.state === 'article', { polling: 100 });
    await page.waitForFunction((t: string) => !document.body.innerText.includes(t), { polling: 100 }, 'البلدية تبدأ صيانة');
    await popup.close();
    await page.close();
  });

  it('the global switch turns Naqi off everywhere and back on', async () => {
    const page = await openFresh('pages/article-basic.html');
    await waitForTask(page, 'hide');
    const popup = await openPopup(ext, page);
    await readPopup(popup);
    await popup.click('#enabled');
    await popup.waitForFunction(() => document.getElementById('status')?.dataset.state === 'off', { polling: 100 });
    expect(await visibleText(page)).toContain(RELATED);
    await popup.click('#enabled');
    await popup.waitForFunction(() => document.getElementById('status')?.dataset.state === 'article', { polling: 100 });
    await page.waitForFunction((t: string) => !document.body.innerText.includes(t), { polling: 100 }, 'حملة تشجير واسعة');
    await popup.close();
    await page.close();
  });

  it('hides clutter the page inserts after load', async () => {
    const page = await openFresh('pages/late-clutter.html');
    await waitForTask(page, 'hide');
    await page.waitForFunction(() => document.querySelectorAll('section h3').length > 0, { timeout: 10_000, polling: 100 });
    await waitForTask(page, 'late');
    await page.waitForFunction(
      (a: string, b: string) => !document.body.innerText.includes(a) && !document.body.innerText.includes(b),
      { timeout: 10_000, polling: 100 },
      'البنوك تخفض فوائد القروض',
      'افتتاح معرض الصناعات الوطنية',
    );
    expect(await visibleText(page)).toContain(scoringNormalize('ورحبت غرف التجارة بالبرنامج'));
    await page.close();
  });

  it('toggles hidden clutter with the keyboard shortcut\'s message, and shows the count on the badge', async () => {
    const page = await openFresh('pages/article-basic.html');
    await waitForTask(page, 'hide');
    const tabId = await ext.tabIdOf(page);
    const helper = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    await readPopup(helper);
    const badge = await helper.evaluate(async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.action.getBadgeText({ tabId: id });
    }, tabId);
    expect(Number(badge)).toBeGreaterThanOrEqual(3);
    await helper.evaluate(async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.tabs.sendMessage(id, { type: 'naqi:toggle-revealed' });
    }, tabId);
    await page.waitForFunction((t: string) => document.body.innerText.includes(t), { polling: 100 }, 'البلدية تبدأ صيانة');
    await helper.evaluate(async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.tabs.sendMessage(id, { type: 'naqi:toggle-revealed' });
    }, tabId);
    await page.waitForFunction((t: string) => !document.body.innerText.includes(t), { polling: 100 }, 'البلدية تبدأ صيانة');
    await helper.close();
    await page.close();
  });

  // The content script sends nothing on a page it leaves alone: the browser itself clears a tab's badge when it navigates.
  it('shows no count on the badge once the tab goes on to a page Naqi leaves alone', async () => {
    const page = await openFresh('pages/article-basic.html');
    await waitForTask(page, 'hide');
    const tabId = await ext.tabIdOf(page);
    const helper = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    const badgeOf = (): Promise<string> =>
      helper.evaluate(async (id: number) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId);
    expect(Number(await badgeOf())).toBeGreaterThanOrEqual(3);
    await page.goto(server.url('/pages/english-article.html'), { waitUntil: 'load' });
    await waitForTask(page, 'start');
    expect(await badgeOf()).toBe('');
    await helper.close();
    await page.close();
  });

  it.each(['non-articles/home-page.html', 'pages/english-article.html'])('leaves %s untouched: no element hidden, no attribute added', async (file) => {
    const page = await openFresh(file);
    await waitForTask(page, 'start');
    const popup = await openPopup(ext, page);
    const view = await readPopup(popup);
    expect(['not-article', 'not-arabic']).toContain(view.state);
    expect(view.clutter).toBe('');
    expect(await currentDom(page)).toBe(await parsedDom(page));
    await popup.close();
    await page.close();
  });

  it.each(nonArticles)('leaves the real page %s alone: nothing hidden, no clutter reported', async (urlPath) => {
    const page = await ext.open(server.url(urlPath));
    await waitForTask(page, 'start');
    const popup = await openPopup(ext, page);
    const view = await readPopup(popup);
    expect(['not-article', 'not-arabic']).toContain(view.state);
    // The content script changes the page only in its "hide" task, and never ran one here.
    const tasks = await page.evaluate(() => performance.getEntriesByName('naqi:task').map((e) => (e as PerformanceMeasure).detail));
    expect(tasks).not.toContain('hide');
    await popup.close();
    await page.close();
  });

  it('makes no network request of its own', () => {
    expect(requests.length).toBeGreaterThan(0);
    // data: URLs (the browser's own fonts) are not requests to anywhere.
    expect(requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:'))).toEqual([]);
  });
});
