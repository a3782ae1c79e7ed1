/**
 * Naqi never lets a page in, in both real browsers: page text renders inert in the
 * popup, pages cannot talk to the extension, corrupted settings fall back to the
 * defaults, and (Chromium) settings survive a browser restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launch } from './support/browsers';
import { openPopup, readPopup, waitForTask } from './support/naqi';
import { type FixtureServer, startServer } from './support/server';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const PROMO = 'الضرائب الجديدة تدخل حيز التنفيذ';

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer({ '/': fixtures });
});
afterAll(async () => {
  await server?.close();
});

describe.each<BrowserName>(['chromium', 'firefox'])('hostile pages in %s', (name) => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launch(name);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('renders page text inert in the popup: no element from page text, no script, safe links, long text cut with the full value on hover', async () => {
    const page = await ext.open(server.url('/pages/hostile.html'));
    await waitForTask(page, 'hide');
    const popup = await openPopup(ext, page);
    const view = await readPopup(popup);
    expect(view.state).toBe('article');
    const dom = await popup.evaluate(() => ({
      images: document.querySelectorAll('#app img').length,
      scripts: document.querySelectorAll('script').length,
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      links: Array.from(document.querySelectorAll('#app a')).map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target') })),
      long: Array.from(document.querySelectorAll('#tags .chip-text')).map((c) => ({ text: c.textContent ?? '', title: c.getAttribute('title') ?? '' })),
      markupTag: Array.from(document.querySelectorAll('#tags .chip-text')).some((c) => c.textContent === '<img src=x onerror=window.__pwned=1>'),
    }));
    expect(dom.images).toBe(1); // Naqi's own icon
    expect(dom.scripts).toBe(1); // popup.js
    expect(dom.pwned).toBeNull();
    expect(dom.markupTag).toBe(true);
    for (const link of dom.links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.target).toBe('_blank');
    }
    const cut = dom.long.find((c) => c.title.startsWith('وسم طويل جداً'))!;
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.title).toBe('وسم طويل جداً يتجاوز أربعين حرفاً ليختبر القص في الشريحة');
    await popup.close();
    await page.close();
  });

  it('ignores a page that tries to talk to it', async () => {
    const page = await ext.open(server.url('/pages/hostile.html'));
    await waitForTask(page, 'hide');
    const attempts = await page.evaluate(() => {
      const results: string[] = [];
      window.postMessage({ type: 'naqi:set-revealed', revealed: true }, '*');
      document.dispatchEvent(new CustomEvent('naqi:set-revealed', { detail: { revealed: true } }));
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      results.push(typeof runtime?.sendMessage);
      return results;
    });
    expect(attempts).toEqual(['undefined']);
    await new Promise((r) => setTimeout(r, 600));
    expect(await page.evaluate((t: string) => document.body.innerText.includes(t), PROMO)).toBe(false);
    await page.close();
  });

  it('falls back to the defaults when the stored settings are corrupted', async () => {
    const helper = await ext.openExtensionPage('popup.html?tabId=0');
    const store = (value: unknown) =>
      helper.evaluate(async (v: unknown) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.sync.set({ 'naqi.settings': v });
      }, value);
    await store('garbage');
    let page = await ext.open(server.url('/pages/hostile.html'));
    await waitForTask(page, 'hide');
    expect(await page.evaluate((t: string) => document.body.innerText.includes(t), PROMO)).toBe(false);
    await page.close();

    await store({ enabled: 'yes', disabledSites: [5, null, '127.0.0.1', '<script>'] });
    page = await ext.open(server.url('/pages/hostile.html'));
    const popup = await openPopup(ext, page);
    expect((await readPopup(popup)).state).toBe('site-off');
    await store({ enabled: true, disabledSites: [] });
    await popup.close();
    await page.close();
    await helper.close();
  });
});

describe('settings across a browser restart (Chromium)', () => {
  it('keeps "turn off on this site" after the browser is closed and opened again', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'naqi-profile-'));
    try {
      let ext = await launch('chromium', { profile });
      let page = await ext.open(server.url('/pages/article-basic.html'));
      await waitForTask(page, 'hide');
      let popup = await openPopup(ext, page);
      await readPopup(popup);
      await popup.click('#site-off');
      await popup.waitForFunction(() => document.getElementById('status')?.dataset.state === 'site-off', { polling: 100 });
      await ext.close();

      ext = await launch('chromium', { profile });
      page = await ext.open(server.url('/pages/article-basic.html'));
      popup = await openPopup(ext, page);
      expect((await readPopup(popup)).state).toBe('site-off');
      await ext.close();
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
