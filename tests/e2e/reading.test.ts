/**
 * The reading experience in real Chromium and Firefox ESR, on pages served from
 * 127.0.0.1: the shared corpus's articles (read in place from ../shared/corpus) and
 * this project's own fixture pages, each with its truth file.
 *  - keep sentences stay visible; drop snippets are gone from document.body.innerText
 *    (the site's own footer excepted: page chrome is not article clutter);
 *  - the popup shows the truth file's sources and tags as chips.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CorpusPage, type Truth, corpusAvailable, corpusDir, corpusMounts, loadCorpus, scoringNormalize, sourceMatches } from '../support/corpus';
import { type BrowserName, type ExtensionBrowser, launch } from './support/browsers';
import { inSiteChrome, openPopup, readPopup, visibleText, waitForTask } from './support/naqi';
import { type FixtureServer, startServer } from './support/server';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

interface Case {
  name: string;
  path: string;
  truth: Truth;
}

const own: Case[] = ['article-basic'].map((name) => ({
  name,
  path: `/pages/${name}.html`,
  truth: JSON.parse(fs.readFileSync(path.join(fixtures, 'pages', `${name}.json`), 'utf8')) as Truth,
}));
if (!corpusAvailable()) throw new Error(`corpus not found at ${corpusDir()}`);
const corpus: Case[] = loadCorpus()
  .filter((p: CorpusPage) => p.truth.isArticle)
  .map((p) => ({ name: `${p.batch}/${p.name}`, path: p.urlPath, truth: p.truth }));

describe.each<BrowserName>(['chromium', 'firefox'])('reading in %s', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer({ ...corpusMounts(), '/': fixtures });
    ext = await launch(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it.each([...own, ...corpus].map((c) => [c.name, c] as const))('%s: keeps the article, hides the clutter, shows sources and tags', async (_n, c) => {
    const page = await ext.open(server.url(c.path));
    try {
      await waitForTask(page, 'hide');
      const text = await visibleText(page);
      for (const k of c.truth.keep ?? []) expect(text, `keep: ${k}`).toContain(scoringNormalize(k));
      for (const d of c.truth.drop ?? []) {
        if (text.includes(scoringNormalize(d))) expect(await inSiteChrome(page, d), `still visible: ${d}`).toBe(true);
      }
      const popup = await openPopup(ext, page);
      const view = await readPopup(popup);
      await popup.close();
      expect(view.state).toBe('article');
      for (const s of c.truth.sources ?? []) {
        expect(view.sources.some((chip) => sourceMatches({ name: chip.text }, s)), `source chip ${s.name}: ${JSON.stringify(view.sources)}`).toBe(true);
      }
      expect(view.sources[0]?.kind).toBe('publisher');
      const chips = view.tags.map((t) => scoringNormalize(t.text).replace(/^#/, ''));
      for (const tag of c.truth.tags ?? []) expect(chips, `tag chip ${tag}`).toContain(scoringNormalize(tag));
      for (const t of view.tags.filter((x) => x.href)) {
        expect(t.href).toMatch(/^https?:/);
        expect(t.rel).toBe('noopener noreferrer');
        expect(t.target).toBe('_blank');
      }
    } finally {
      await page.close();
    }
  });
});
