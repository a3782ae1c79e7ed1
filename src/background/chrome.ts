/**
 * Chrome's background: a service worker, without DOMParser. It keeps one offscreen
 * document (reason DOM_PARSER) and hands it the copies of pages to read
 * (src/offscreen), so the engine is not in the worker at all.
 */
import browser from 'webextension-polyfill';
import type { CopyResponse, Message, PageSnapshot } from '../shared/messages';
import { serve } from './serve';

const OFFSCREEN_PAGE = 'offscreen.html';

interface ChromeOffscreen {
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime: { getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]> };
}

let opening: Promise<void> | null = null;

/** One offscreen document for every tab; concurrent first readings wait for the same one. */
async function ensureOffscreen(): Promise<void> {
  const chrome = (globalThis as unknown as { chrome: ChromeOffscreen }).chrome;
  const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [browser.runtime.getURL(OFFSCREEN_PAGE)] });
  if (open.length) return;
  opening ??= chrome.offscreen
    .createDocument({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'], justification: 'Naqi reads a copy of the page to find its clutter, off the page’s own thread.' })
    .finally(() => {
      opening = null;
    });
  await opening;
}

serve(async (page: PageSnapshot) => {
  try {
    await ensureOffscreen();
    const message: Message = { type: 'naqi:offscreen-read', page };
    return await browser.runtime.sendMessage(message);
  } catch {
    return { ok: false } satisfies CopyResponse;
  }
});
