/**
 * Phones open the popup and the options page as pages (Firefox for Android shows the popup
 * that way). At 360 × 640 CSS px — Chromium with mobile emulation, so the viewport meta tag
 * is what stands between the page and a 980 px layout; Firefox ESR with a responsive
 * viewport — each page must be readable: no horizontal overflow, right to left intact,
 * touch targets at least 44 px each way, nothing that only hover reveals, and every action a
 * visible control. Screenshots for a person: tests/artifacts/screenshots/phone-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launch } from './support/browsers';
import { openPopup, readPopup, teachSiteMemory, waitForTask } from './support/naqi';
import { type FixtureServer, startServer } from './support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'tests/artifacts/screenshots');
fs.mkdirSync(out, { recursive: true });

const PHONE = { width: 360, height: 640 };
const MIN_TARGET_PX = 44;

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer({ '/': path.join(root, 'tests/fixtures') });
});
afterAll(async () => {
  await server?.close();
});

/**
 * The phone's viewport. Chromium: a mobile device (the page reloads under it). Firefox: a
 * responsive viewport (its puppeteer has no mobile emulation), in a browser launched with a
 * touch screen's pointer.
 */
async function asPhone(ext: ExtensionBrowser, page: Page): Promise<void> {
  if (ext.name === 'chromium') await page.emulate({ viewport: { ...PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, userAgent: await ext.browser.userAgent() });
  else await page.setViewport({ ...PHONE, deviceScaleFactor: 2 });
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
}

interface PhoneLayout {
  innerWidth: number;
  overflow: number;
  dir: string;
  small: string[];
  hoverOnly: string[];
  fontPx: number;
}

/** What a phone user meets: the layout width, overflow, direction, small targets, hover-only rules. */
async function layoutOf(page: Page): Promise<PhoneLayout> {
  return page.evaluate((min: number) => {
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const controls = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="switch"], [tabindex]:not([tabindex="-1"])')].filter(shown);
    const describe = (el: Element, r: DOMRect) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/)[0]}` : ''} ${Math.round(r.width)}×${Math.round(r.height)}`;
    const small: string[] = [];
    for (const el of controls) {
      // A control's touch target is its own box or the label it sits in, whichever is larger.
      const boxes = [el.getBoundingClientRect()];
      const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null);
      if (label) boxes.push(label.getBoundingClientRect());
      const best = boxes.reduce((a, b) => (Math.min(b.width, b.height) > Math.min(a.width, a.height) ? b : a));
      if (best.width < min || best.height < min) small.push(describe(el, best));
    }
    // A rule under :hover may decorate; it must not be what shows or enables a control.
    const hoverOnly: string[] = [];
    const reveals = ['display', 'visibility', 'opacity', 'pointer-events'];
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule && rule.selectorText.includes(':hover') && reveals.some((p) => rule.style.getPropertyValue(p))) hoverOnly.push(rule.selectorText);
        if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules);
    return {
      innerWidth: innerWidth,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      dir: document.documentElement.dir,
      small,
      hoverOnly,
      fontPx: parseFloat(getComputedStyle(document.body).fontSize),
    };
  }, MIN_TARGET_PX);
}

/** Readable on the phone: its width, no overflow, its direction, large targets, nothing hover-only, legible text. */
async function expectPhoneLayout(ext: ExtensionBrowser, page: Page, locale: 'ar' | 'en'): Promise<void> {
  const layout = await layoutOf(page);
  // Without the viewport meta tag a mobile browser lays the page out 980 px wide.
  if (ext.name === 'chromium') expect(layout.innerWidth).toBe(PHONE.width);
  expect(layout.overflow).toBe(0);
  expect(layout.dir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
  expect(layout.small).toEqual([]);
  expect(layout.hoverOnly).toEqual([]);
  expect(layout.fontPx).toBeGreaterThanOrEqual(14);
}

describe.each<BrowserName>(['chromium', 'firefox'])('on a phone, in %s', (name) => {
  describe.each(['ar', 'en'] as const)('in %s', (locale) => {
    let ext: ExtensionBrowser;
    beforeAll(async () => {
      ext = await launch(name, { locale, touch: true });
    });
    afterAll(async () => {
      await ext?.close();
    });

    it('the popup, opened as a page, fits 360 px with large touch targets', async () => {
      const page = await ext.open(server.url('/pages/article-basic.html'));
      await waitForTask(page, 'hide');
      const popup = await openPopup(ext, page);
      await asPhone(ext, popup);
      const view = await readPopup(popup);
      expect(view.state).toBe('article');
      await expectPhoneLayout(ext, popup, locale);
      // Every action is a visible control: there is no keyboard on a phone.
      for (const id of ['enabled', 'show-hidden', 'site-off', 'pick', 'options']) {
        expect(await popup.evaluate((i: string) => document.getElementById(i)?.getClientRects().length ?? 0, id), id).toBeGreaterThan(0);
      }
      await popup.screenshot({ path: path.join(out, `phone-popup-${name}-${locale}.png`), fullPage: true });
      await popup.close();
      await page.close();
    });

    it('the options page fits 360 px with large touch targets', async () => {
      await teachSiteMemory(ext, server.url);
      const options = await ext.openExtensionPage('options.html');
      await asPhone(ext, options);
      await options.waitForSelector('#sites .rule');
      await expectPhoneLayout(ext, options, locale);
      await options.screenshot({ path: path.join(out, `phone-options-${name}-${locale}.png`), fullPage: true });
      await options.close();
    });
  });
});
