/** What the end-to-end tests ask of Naqi in a page and in its popup. */
import type { Page } from 'puppeteer-core';
import { scoringNormalize } from '../../support/corpus';
import type { ExtensionBrowser } from './browsers';

/** Waits until the content script has finished a task named `detail` (init, start, copy, answer, hide, late…). */
export async function waitForTask(page: Page, detail: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (d: string) => performance.getEntriesByName('naqi:task').some((e) => (e as PerformanceMeasure).detail === d),
    { timeout, polling: 100 },
    detail,
  );
}

/** The page's visible text (innerText), normalised as the corpus README scores it. */
export async function visibleText(page: Page): Promise<string> {
  return scoringNormalize(await page.evaluate(() => document.body.innerText));
}

/** Is the text (a drop snippet still shown) inside the site's own header or footer? Those stay. */
export async function inSiteChrome(page: Page, text: string): Promise<boolean> {
  return page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    let holder: Element | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n as HTMLElement;
      if (el.innerText && el.innerText.replace(/\s+/g, ' ').includes(needle)) holder = el;
    }
    return holder !== null && holder.closest('footer, [class*="footer" i], [id*="footer" i], [class*="copyright" i], [id*="ftr" i]') !== null;
  }, text);
}

export interface PopupView {
  state: string;
  status: string;
  title: string;
  lang: string;
  dir: string;
  clutter: string;
  reading: string;
  sources: { kind: string; text: string }[];
  tags: { text: string; href: string | null; rel: string | null; target: string | null }[];
  htmlDir: string;
  htmlLang: string;
  showHidden: boolean;
  siteOff: boolean;
  enabled: boolean;
}

export async function readPopup(popup: Page): Promise<PopupView> {
  await popup.waitForFunction(
    () => {
      const s = document.getElementById('status')?.dataset.state;
      // On an article the popup then reads the details from a copy of the page.
      return s !== undefined && s !== 'working' && !document.getElementById('article')?.hasAttribute('aria-busy');
    },
    { timeout: 20_000, polling: 100 },
  );
  return popup.evaluate(() => {
    const text = (id: string) => document.getElementById(id)?.textContent ?? '';
    const visible = (id: string) => !document.getElementById(id)?.closest('[hidden]');
    return {
      state: document.getElementById('status')!.dataset.state!,
      status: text('status'),
      title: text('fact-title'),
      lang: text('fact-lang'),
      dir: text('fact-dir'),
      clutter: visible('clutter') ? text('clutter') : '',
      reading: visible('reading') ? text('reading') : '',
      sources: Array.from(document.querySelectorAll('#sources .chip')).map((c) => ({
        kind: c.className.replace(/.*chip--/, ''),
        text: c.querySelector('.chip-text')?.textContent ?? '',
      })),
      tags: Array.from(document.querySelectorAll('#tags .chip .chip-text')).map((a) => ({
        text: a.textContent ?? '',
        href: a.getAttribute('href'),
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
      })),
      htmlDir: document.documentElement.dir,
      htmlLang: document.documentElement.lang,
      showHidden: (document.getElementById('show-hidden') as HTMLInputElement).checked,
      siteOff: (document.getElementById('site-off') as HTMLInputElement).checked,
      enabled: (document.getElementById('enabled') as HTMLInputElement).checked,
    };
  });
}

/** Opens the popup for a page's tab (as a tab of its own, told which tab with ?tabId). */
export async function openPopup(ext: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await ext.tabIdOf(page);
  return ext.openExtensionPage(`popup.html?tabId=${tabId}`);
}

/**
 * Two articles of the fixture site (tests/fixtures/memory, mounted at /memory/ of `url`'s
 * server) teach the site memory its boxes: afterwards the options page lists the site's rules.
 */
export async function teachSiteMemory(ext: ExtensionBrowser, url: (pathname: string) => string): Promise<void> {
  for (const story of ['story-100001', 'story-100002']) {
    const page = await ext.open(url(`/memory/${story}.html`));
    await waitForTask(page, 'hide');
    // The background writes the memory after the page reports its reading.
    await new Promise((r) => setTimeout(r, 300));
    await page.close();
  }
}
