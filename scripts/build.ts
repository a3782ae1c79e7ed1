/**
 * `npm run build`: one source tree, two browsers.
 *
 *  dist/chrome/, dist/firefox/   unpacked extensions, manifests derived from ./manifest.json
 *  dist/naqi-<browser>-<v>.zip   store-ready archives of each
 *  dist/lib/                     the engine as a Node library (`import { analyze } from 'naqi'`)
 *  dist/cli/naqi.js              the command line (`naqi analyze page.html`)
 *
 * NAQI_DIST=folder builds somewhere else (the reproducibility test builds twice and compares).
 */
import { zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Plugin } from 'vite';
import { leanData } from './lean-data';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.env.NAQI_DIST ?? 'dist');
const stage = path.join(dist, '.stage');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

type Browser = 'chrome' | 'firefox';

/** The top-level manifest, as written (a template: each browser's is derived by manifestFor). */
const readManifest = (): Record<string, any> => JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const BROWSERS: Browser[] = ['chrome', 'firefox'];

/** Syntax targets: the oldest browsers the manifest admits (`minimum_chrome_version`, Gecko's `strict_min_version`). */
function buildTargets(): string[] {
  const m = readManifest();
  return [`chrome${m.minimum_chrome_version}`, `firefox${String(m.browser_specific_settings.gecko.strict_min_version).split('.')[0]}`];
}

/**
 * Extension entry points, each one self-contained classic script (content scripts cannot
 * be modules): one source for both browsers, or one per browser. The background differs:
 * Firefox's reads page copies itself, Chrome's hands them to its offscreen document, so
 * neither ships the other's path.
 */
const ENTRIES: Record<string, Partial<Record<Browser, string>>> = {
  early: { chrome: 'src/content/early.ts', firefox: 'src/content/early.ts' },
  content: { chrome: 'src/content/index.ts', firefox: 'src/content/index.ts' },
  background: { chrome: 'src/background/chrome.ts', firefox: 'src/background/firefox.ts' },
  popup: { chrome: 'src/popup/popup.ts', firefox: 'src/popup/popup.ts' },
  options: { chrome: 'src/options/options.ts', firefox: 'src/options/options.ts' },
  offscreen: { chrome: 'src/offscreen/index.ts' },
};
/**
 * Extension pages and their stylesheets, each written from its sources joined in order (the
 * shared theme first, so each page makes one request for its styles), and for which browsers.
 */
const THEME = 'src/shared/theme.css';
const PAGES: Record<string, { from: string[]; browsers: readonly Browser[] }> = {
  'popup.html': { from: ['src/popup/popup.html'], browsers: BROWSERS },
  'popup.css': { from: [THEME, 'src/popup/popup.css'], browsers: BROWSERS },
  'options.html': { from: ['src/options/options.html'], browsers: BROWSERS },
  'options.css': { from: [THEME, 'src/options/options.css'], browsers: BROWSERS },
  'offscreen.html': { from: ['src/offscreen/offscreen.html'], browsers: ['chrome'] },
};

/** Data files as lean-data.ts shapes them. */
const leanDataPlugin: Plugin = {
  name: 'naqi-lean-data',
  enforce: 'pre',
  load(id) {
    if (!id.startsWith(path.join(root, 'src/data/')) || !id.endsWith('.json')) return null;
    return leanData(path.basename(id), fs.readFileSync(id, 'utf8'));
  },
};

/** Each source builds into a stage folder of its own. */
const stageName = (source: string): string => source.replace(/[/.]/g, '_');

const quiet: Pick<InlineConfig, 'configFile' | 'logLevel' | 'root'> = { configFile: false, logLevel: 'warn', root };

/** Builds one entry from one source into the stage folder. */
async function buildEntry(name: string, source: string): Promise<void> {
  await build({
    ...quiet,
    plugins: [leanDataPlugin],
    build: {
      outDir: path.join(stage, stageName(source)),
      emptyOutDir: false,
      target: buildTargets(),
      // NAQI_UNMINIFIED=1 builds readable bundles, for profiling in a browser.
      minify: !process.env.NAQI_UNMINIFIED,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: path.join(root, source), formats: ['iife'], name: `naqi_${name}`, fileName: () => `${name}.js` },
      // A content script's first line notes when the browser began running it: its first measure starts there.
      ...(name === 'content' || name === 'early' ? { rolldownOptions: { output: { banner: 'var NAQI_SCRIPT_START = performance.now();' } } } : {}),
    },
  });
}

async function buildNode(entry: string, outDir: string, banner?: string): Promise<void> {
  await build({
    ...quiet,
    build: {
      ssr: path.join(root, entry),
      outDir: path.join(dist, outDir),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: '[name].js', ...(banner ? { banner } : {}) } },
    },
  });
}

/** The top-level manifest, narrowed to what each browser reads without warnings. */
export function manifestFor(browser: Browser): Record<string, unknown> {
  const manifest = readManifest();
  // The one version number: package.json's.
  manifest.version = pkg.version;
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: manifest.background.service_worker };
    // The offscreen document where Chrome reads page copies (its service worker has no DOMParser).
    manifest.permissions = [...manifest.permissions, 'offscreen'];
  } else {
    delete manifest.minimum_chrome_version;
    manifest.background = { scripts: manifest.background.scripts };
  }
  return manifest;
}

function copyDir(from: string, to: string, filter: (name: string) => boolean = () => true): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) copyDir(src, dst, filter);
    else if (filter(entry.name)) fs.copyFileSync(src, dst);
  }
}

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

function assemble(browser: Browser): string {
  const out = path.join(dist, browser);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const [name, sources] of Object.entries(ENTRIES)) {
    const source = sources[browser];
    if (source) fs.copyFileSync(path.join(stage, stageName(source), `${name}.js`), path.join(out, `${name}.js`));
  }
  for (const [page, { from, browsers }] of Object.entries(PAGES)) {
    if (browsers.includes(browser)) fs.writeFileSync(path.join(out, page), from.map((f) => fs.readFileSync(path.join(root, f), 'utf8')).join('\n'));
  }
  copyDir(path.join(root, 'src/_locales'), path.join(out, '_locales'));
  copyDir(path.join(root, 'icons'), path.join(out, 'icons'), (n) => n.endsWith('.png'));
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
  const files = Object.fromEntries(listFiles(out).sort().map((f) => [f.split(path.sep).join('/'), fs.readFileSync(path.join(out, f))]));
  const zip = path.join(dist, `naqi-${browser}-${pkg.version}.zip`);
  // Fixed timestamps keep the archives reproducible.
  fs.writeFileSync(zip, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  return zip;
}

async function main(): Promise<void> {
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  for (const [name, sources] of Object.entries(ENTRIES)) {
    for (const source of new Set(Object.values(sources))) await buildEntry(name, source);
  }
  const zips = BROWSERS.map(assemble);
  fs.rmSync(stage, { recursive: true, force: true });

  await buildNode('src/index.ts', 'lib');
  await buildNode('src/cli/naqi.ts', 'cli', '#!/usr/bin/env node');
  fs.chmodSync(path.join(dist, 'cli/naqi.js'), 0o755);
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.lib.json'), '--outDir', path.join(dist, 'lib/types')], { stdio: 'inherit' });

  const shown = path.relative(root, dist);
  for (const b of BROWSERS) console.log(`built ${shown}/${b}/`);
  for (const z of zips) console.log(`built ${path.relative(root, z)}`);
  console.log(`built ${shown}/lib/index.js, ${shown}/cli/naqi.js`);
}

await main();
