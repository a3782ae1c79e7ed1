/** What `npm run build` writes: two unpacked extensions, their zips, locales and icons. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = path.join(root, 'dist');
const read = (...p: string[]): any => JSON.parse(fs.readFileSync(path.join(...p), 'utf8'));
const pkg = read(root, 'package.json');

beforeAll(() => {
  if (!fs.existsSync(path.join(dist, 'chrome/manifest.json'))) throw new Error('dist/ missing: run `npm run build` first');
});

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const dir = path.join(dist, browser);
  const manifest = () => read(dir, 'manifest.json');

  it('is Manifest V3 with the package version and the Arabic default locale', () => {
    expect(manifest().manifest_version).toBe(3);
    expect(manifest().version).toBe(pkg.version);
    expect(manifest().default_locale).toBe('ar');
  });

  it('has every file its manifest names', () => {
    const m = manifest();
    const files = [
      ...Object.values<string>(m.icons),
      ...Object.values<string>(m.action.default_icon),
      m.action.default_popup,
      m.options_ui.page,
      ...m.content_scripts.flatMap((c: { js: string[] }) => c.js),
      ...(m.background.scripts ?? [m.background.service_worker]),
    ];
    for (const f of files) expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
  });

  it('asks only for storage (and, in Chrome, an offscreen document), and runs its content script on http(s) pages only', () => {
    const m = manifest();
    // Chrome's service worker has no DOMParser: page copies are read in an offscreen document.
    expect(m.permissions).toEqual(browser === 'chrome' ? ['storage', 'offscreen'] : ['storage']);
    expect(m.host_permissions).toBeUndefined();
    for (const script of m.content_scripts) expect(script.matches).toEqual(['http://*/*', 'https://*/*']);
    // The early script (site memory) at document_start, the content script when the page is idle.
    expect(m.content_scripts.map((c: { js: string[]; run_at: string }) => `${c.js.join()}@${c.run_at}`)).toEqual(['early.js@document_start', 'content.js@document_idle']);
    expect(m.content_security_policy.extension_pages).toMatch(/script-src 'self'/);
  });

  it('gives each extension page one stylesheet: the shared theme, then its own', () => {
    const theme = fs.readFileSync(path.join(root, 'src/shared/theme.css'), 'utf8');
    for (const page of ['popup', 'options']) {
      const css = fs.readFileSync(path.join(dir, `${page}.css`), 'utf8');
      expect(css.startsWith(theme)).toBe(true);
      expect(css).toContain(fs.readFileSync(path.join(root, `src/${page}/${page}.css`), 'utf8'));
      expect(fs.readFileSync(path.join(dir, `${page}.html`), 'utf8').match(/rel="stylesheet"/g)).toHaveLength(1);
    }
  });

  it('resolves every __MSG_…__ placeholder in both locales', () => {
    const text = JSON.stringify(manifest());
    for (const locale of ['ar', 'en']) {
      const messages = read(dir, '_locales', locale, 'messages.json');
      for (const [, key] of text.matchAll(/__MSG_(\w+)__/g)) expect(messages[key!], `${locale}:${key}`).toBeDefined();
    }
  });

  it('ships a zip holding the same files', () => {
    const zip = unzipSync(fs.readFileSync(path.join(dist, `naqi-${browser}-${pkg.version}.zip`)));
    expect(Object.keys(zip)).toContain('manifest.json');
    expect(JSON.parse(new TextDecoder().decode(zip['manifest.json']))).toEqual(manifest());
    expect(Object.keys(zip)).toContain('content.js');
  });
});

describe('the engine runs off the page', () => {
  const size = (...p: string[]): number => fs.statSync(path.join(dist, ...p)).size;
  const text = (...p: string[]): string => fs.readFileSync(path.join(dist, ...p), 'utf8');

  it('keeps the engine out of the content scripts, which only copy the page, hide, and pick', () => {
    // The engine's page walk and lexicon are not in the scripts every page loads (the bench's target is 40 KB).
    for (const browser of ['chrome', 'firefox']) {
      expect(text(browser, 'content.js')).not.toMatch(/readmore|اقرا ايضا|collectBlocks/);
      expect(size(browser, 'content.js')).toBeLessThan(32 * 1024);
      expect(text(browser, 'early.js')).not.toMatch(/readmore|اقرا ايضا|collectBlocks|attachShadow/);
      expect(size(browser, 'early.js')).toBeLessThan(8 * 1024);
    }
  });

  it('reads page copies in Chrome\'s offscreen document and in Firefox\'s background page', () => {
    expect(text('chrome', 'offscreen.js')).toMatch(/readmore/);
    expect(text('chrome', 'offscreen.html')).toMatch(/<script src="offscreen\.js"><\/script>/);
    expect(text('firefox', 'background.js')).toMatch(/readmore/);
    // Chrome's service worker ships without the engine it never runs; Firefox has no offscreen document.
    expect(text('chrome', 'background.js')).not.toMatch(/readmore/);
    expect(text('chrome', 'background.js')).toMatch(/DOM_PARSER/);
    expect(fs.existsSync(path.join(dist, 'firefox', 'offscreen.html'))).toBe(false);
  });
});

describe('per-browser manifests from the one top-level manifest.json', () => {
  it('gives Chrome a service worker, its lowest version and no Gecko settings', () => {
    const m = read(dist, 'chrome', 'manifest.json');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    // chrome.runtime.getContexts, which finds the open offscreen document, came in Chrome 116.
    expect(m.minimum_chrome_version).toBe('116');
  });

  it('gives Firefox, desktop and Android, their lowest versions and nothing of Chrome’s', () => {
    const m = read(dist, 'firefox', 'manifest.json');
    // data_collection_permissions came in Firefox 140, and in Firefox for Android 142.
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(m.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(m.minimum_chrome_version).toBeUndefined();
  });

  it('takes its version from package.json only', () => {
    expect(read(root, 'manifest.json').version).toBeUndefined();
    for (const browser of ['chrome', 'firefox']) expect(read(dist, browser, 'manifest.json').version).toBe(pkg.version);
  });

  it('gives Firefox an event page, a Gecko id and no data collection', () => {
    const m = read(dist, 'firefox', 'manifest.json');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('locales', () => {
  it('has the same keys in Arabic and English, none empty', () => {
    const ar = read(root, 'src/_locales/ar/messages.json');
    const en = read(root, 'src/_locales/en/messages.json');
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries<{ message: string }>({ ...ar, ...en })) expect(v.message.trim(), k).not.toBe('');
  });
});

describe('icons', () => {
  it.each([16, 32, 48, 96, 128])('has a %i px PNG made from icons/naqi.svg', (size) => {
    const png = fs.readFileSync(path.join(root, `icons/icon-${size}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR width and height, big-endian at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
  });
});
