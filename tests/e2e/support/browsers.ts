/**
 * Real browsers for the end-to-end tier: Debian's Chromium and Firefox ESR, driven
 * by puppeteer-core, each with the built extension (dist/chrome, dist/firefox)
 * installed. One interface for both, so every test runs in both browsers.
 * The facts behind this file are in ../shared/notes/real-browsers.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = { chromium: path.join(root, 'dist/chrome'), firefox: path.join(root, 'dist/firefox') };
const EXECUTABLES = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID */
  extensionOrigin: string;
  /** Opens a page in a new tab and waits for it to load; `prepare` runs first (scripts for the page's own world, say). */
  open(url: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page>;
  /** The extension's tab id for a page opened with `open`. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens an extension page (e.g. popup.html?tabId=3) in a tab and waits for it to load. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

export function browserAvailable(name: BrowserName): boolean {
  return fs.existsSync(EXECUTABLES[name]) && fs.existsSync(path.join(DIST[name], 'manifest.json'));
}

/** Fails with a clear message when the build or the browser is missing: the tier never skips silently. */
export function requireBrowser(name: BrowserName): void {
  if (!fs.existsSync(path.join(DIST[name], 'manifest.json'))) throw new Error(`dist for ${name} missing: run npm run build first`);
  if (!fs.existsSync(EXECUTABLES[name])) throw new Error(`${EXECUTABLES[name]} missing: apt-get install -y chromium firefox-esr`);
}

export interface LaunchOptions {
  locale?: 'ar' | 'en';
  dark?: boolean;
  /** a profile folder to keep (Chromium): relaunching with it is a browser restart */
  profile?: string;
  /**
   * Chromium: refuse other hosts by the browser's own resolver instead of intercepting each
   * request (no request passes through this process; for timing, where that round trip would
   * compete with the page for the CPU). Requests cannot be watched then.
   */
  resolverOnly?: boolean;
  /** Firefox: the pointer of a touch screen (`pointer: coarse`, `hover: none`), as on a phone; Chromium emulates it per page. */
  touch?: boolean;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  requireBrowser(name);
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/** Waits until the document is parsed (its own subresources may still be loading). */
async function waitForParsed(page: Page, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const ready = await page.evaluate(() => document.readyState).catch(() => 'loading');
    if (ready === 'interactive' || ready === 'complete') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`page did not load: ${page.url()}`);
}

/**
 * Saved real pages point at their publishers' servers. Nothing but 127.0.0.1 is
 * reachable here, so those requests are refused at once instead of left to hang.
 */
async function localOnly(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (/^(?:https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:|chrome-extension:|moz-extension:)/.test(url)) void request.continue().catch(() => undefined);
    else void request.abort().catch(() => undefined);
  });
}

async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const userDataDir = options.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'naqi-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    pipe: true,
    enableExtensions: [DIST.chromium],
    userDataDir,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-component-update', '--no-first-run',
      '--disable-background-networking', '--disable-sync', `--lang=${options.locale ?? 'ar'}`,
      ...(options.resolverOnly ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] : []),
    ],
    env: { ...process.env, LANGUAGE: options.locale ?? 'ar' },
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  const ext: ExtensionBrowser = {
    name: 'chromium',
    browser,
    extensionOrigin,
    async open(url, prepare) {
      const page = await browser.newPage();
      if (!options.resolverOnly) await localOnly(page);
      await prepare?.(page);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async tabIdOf(page) {
      // The active tab of the focused window is the page just brought to front.
      await page.bringToFront();
      const sw = await worker.worker();
      if (!sw) throw new Error('no service worker');
      const id = await sw.evaluate(async () => {
        const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error('tab not found');
      return id;
    },
    async openExtensionPage(pathAndQuery) {
      const page = await browser.newPage();
      await page.goto(`${extensionOrigin}/${pathAndQuery}`, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      if (!options.profile) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return ext;
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST.firefox, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'intl.locale.requested': options.locale === 'en' ? 'en-US' : 'ar',
      'intl.accept_languages': options.locale === 'en' ? 'en-US, en' : 'ar, en',
      // Pointer capabilities: 1 is coarse with no hover (a touch screen); Firefox's default is read from the device.
      ...(options.touch ? { 'ui.primaryPointerCapabilities': 1, 'ui.allPointerCapabilities': 1 } : {}),
      'ui.systemUsesDarkTheme': options.dark ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': options.dark ? 0 : 1,
    },
  });
  await browser.installExtension(DIST.firefox);
  const extensionOrigin = `moz-extension://${uuid}`;
  const openTab = async (url: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page> => {
    const page = await browser.newPage();
    if (url.startsWith('http')) await localOnly(page);
    await prepare?.(page);
    // Navigations to moz-extension:// never resolve under BiDi: start them, then poll the page.
    void page.goto(url).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(url.split('?')[0]!)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await waitForParsed(page);
    return page;
  };
  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    open: openTab,
    async tabIdOf(page) {
      const helper = await openTab(`${extensionOrigin}/popup.html?tabId=0`);
      const target = page.url();
      const id = await helper.evaluate(async (url: string) => {
        const tabs = await (globalThis as any).browser.tabs.query({ url: 'http://127.0.0.1/*' });
        const tab = tabs.find((t: { url?: string }) => t.url === url);
        return tab?.id ?? -1;
      }, target);
      await helper.close();
      if (id < 0) throw new Error(`tab not found for ${target}`);
      return id;
    },
    openExtensionPage: (pathAndQuery) => openTab(`${extensionOrigin}/${pathAndQuery}`),
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}
