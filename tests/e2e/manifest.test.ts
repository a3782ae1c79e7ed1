/**
 * Chromium loads dist/chrome with no manifest errors or install warnings, as
 * chrome://extensions reports them (through chrome.developerPrivate, developer mode on).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launch } from './support/browsers';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launch('chromium');
});
afterAll(async () => {
  await ext?.close();
});

it('Chromium reports no manifest errors, install warnings or runtime errors for dist/chrome', async () => {
  const page = await ext.browser.newPage();
  await page.goto('chrome://extensions', { waitUntil: 'load' });
  const id = new URL(ext.extensionOrigin).host;
  const info = await page.evaluate(async (extensionId: string) => {
    const dp = (globalThis as any).chrome.developerPrivate;
    await dp.updateProfileConfiguration({ inDeveloperMode: true });
    const all = await dp.getExtensionsInfo({ includeDisabled: true, includeTerminated: true });
    const mine = all.find((e: { id: string }) => e.id === extensionId);
    return mine
      ? { name: mine.name, state: mine.state, manifestErrors: mine.manifestErrors, installWarnings: mine.installWarnings, runtimeErrors: mine.runtimeErrors }
      : null;
  }, id);
  expect(info).not.toBeNull();
  expect(info!.state).toBe('ENABLED');
  // Chromium wraps right-to-left names in bidi marks for display.
  expect(info!.name.replace(/[\u200e\u200f\u202a-\u202e]/g, '')).toBe('نقي — قراءة أنظف للأخبار العربية');
  expect(info!.manifestErrors).toEqual([]);
  expect(info!.installWarnings).toEqual([]);
  expect(info!.runtimeErrors).toEqual([]);
});
