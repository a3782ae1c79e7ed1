/**
 * What the engine finds is what the page hides, in real Chromium and Firefox ESR, on
 * every corpus page and every fixture page (including pages whose scripts rearrange the
 * DOM into shapes that do not parse back, and one that keeps changing while it is read):
 *
 *  - once Naqi has settled, the live page is serialised as it stands but with Naqi's own
 *    hiding taken back, and the engine reads that (in Node, jsdom): its clutter is the
 *    clutter of the live page, late inserts included and whatever the page removed left out;
 *  - the elements Naqi hid on the live page (seen from the page's own world: an inline
 *    `display: none !important` added after load) must be exactly those items, compared by
 *    their text keys (src/copy/names.ts);
 *  - every keep sentence stays visible; on a page that is not an Arabic article nothing hides.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textKey } from '../../src/copy/names';
import { analyze } from '../../src/engine/analyze';
import { corpusMounts, loadCorpus, scoringNormalize } from '../support/corpus';
import { type BrowserName, type ExtensionBrowser, launch } from './support/browsers';
import { visibleText, waitForTask } from './support/naqi';
import { type FixtureServer, startServer } from './support/server';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

interface Case {
  name: string;
  urlPath: string;
  /** sentences that must stay visible */
  keep: string[];
}

/** Text of the elements a fixture marks keep, line by line and sentence by sentence (a <br> ends a line). */
function fixtureKeeps(file: string): string[] {
  const doc = new JSDOM(fs.readFileSync(path.join(fixtures, file), 'utf8'), { virtualConsole: new VirtualConsole() }).window.document;
  for (const br of Array.from(doc.querySelectorAll('br'))) br.replaceWith('\n');
  return Array.from(doc.querySelectorAll('[data-expect="keep"]')).flatMap((el) =>
    (el.textContent ?? '').split(/\n|(?<=[.!؟])\s+/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 20),
  );
}

const fixtureCases: Case[] = ['pages', 'rules', 'languages', 'non-articles'].flatMap((folder) =>
  fs
    .readdirSync(path.join(fixtures, folder))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: `${folder}/${f}`, urlPath: `/${folder}/${f}`, keep: fixtureKeeps(`${folder}/${f}`) })),
);
const corpusCases: Case[] = loadCorpus().map((p) => ({ name: `${p.batch}/${p.name}`, urlPath: p.urlPath, keep: p.truth.isArticle ? (p.truth.keep ?? []) : [] }));

/** Installed in the page's own world before it loads: records each element's style before Naqi first changed it. */
function recordStyleChanges(): void {
  const before = new Map<Element, string | null>();
  (window as unknown as { __naqiBefore: typeof before }).__naqiBefore = before;
  new MutationObserver((records) => {
    for (const r of records) if (!before.has(r.target as Element)) before.set(r.target as Element, r.oldValue);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'], attributeOldValue: true });
}

/** Waits until the content script has started and then done nothing for `quietMs` (late looks included). */
async function settle(page: Page, quietMs = 800): Promise<void> {
  await waitForTask(page, 'start');
  let last = -1;
  let since = Date.now();
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const count = await page.evaluate(() => performance.getEntriesByName('naqi:task').length);
    if (count !== last) {
      last = count;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Marks, in the serialised copy only, the elements Naqi hid (a data- attribute: the engine reads none). */
const HIDDEN_MARK = 'data-test-naqi-hid';

/** In the page: the serialised live DOM with Naqi's hiding taken back and the elements it hid marked. */
async function liveState(page: Page): Promise<{ html: string; hidden: number; url: string }> {
  return page.evaluate((mark: string) => {
    const before = (window as unknown as { __naqiBefore: Map<Element, string | null> }).__naqiBefore;
    const isHidden = (el: Element): boolean => {
      const style = (el as HTMLElement).style;
      return style?.getPropertyValue('display') === 'none' && style.getPropertyPriority('display') === 'important';
    };
    const hidden = [...before.keys()].filter((el) => el.isConnected && isHidden(el));
    // A copy of the document with each hidden element's style as it was before Naqi touched it.
    const clone = document.documentElement.cloneNode(true) as Element;
    const pathOf = (el: Element): number[] => {
      const out: number[] = [];
      for (let n: Element | null = el; n && n !== document.documentElement; n = n.parentElement) {
        out.unshift(Array.prototype.indexOf.call(n.parentElement!.children, n));
      }
      return out;
    };
    for (const el of hidden) {
      let c: Element | undefined = clone;
      for (const i of pathOf(el)) c = c?.children[i];
      const original = before.get(el) ?? null;
      if (original === null) c?.removeAttribute('style');
      else c?.setAttribute('style', original);
      c?.setAttribute(mark, '');
    }
    return { html: `<!DOCTYPE html>${clone.outerHTML}`, hidden: hidden.length, url: location.href };
  }, HIDDEN_MARK);
}

describe.each<BrowserName>(['chromium', 'firefox'])('the page hides what the engine finds, in %s', (name) => {
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

  it.each([...fixtureCases, ...corpusCases].map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const page = await ext.open(server.url(c.urlPath), (p) => p.evaluateOnNewDocument(recordStyleChanges));
    try {
      await settle(page);
      const live = await liveState(page);
      const doc = new JSDOM(live.html, { url: live.url, virtualConsole: new VirtualConsole() }).window.document;
      const engine = analyze(doc, { url: live.url });
      const hidden = Array.from(doc.querySelectorAll(`[${HIDDEN_MARK}]`));
      expect(hidden).toHaveLength(live.hidden);
      const keys = (els: Element[]): string[] => els.map((el) => textKey(el)).sort();
      expect(keys(hidden), `hidden on the live page vs found by the engine (${engine.reason})`).toEqual(keys(engine.clutter.map((item) => item.element)));
      const text = await visibleText(page);
      for (const k of c.keep) expect(text, `keep: ${k}`).toContain(scoringNormalize(k));
    } finally {
      await page.close();
    }
  });
});
