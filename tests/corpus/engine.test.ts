/**
 * The engine on every page of the shared corpus (../shared/corpus, or $NAQI_CORPUS):
 * real publishers' pages are read in place, never committed. Prints the figures
 * per page and overall; fails on any lost keep sentence, any wrong verdict, any
 * clutter reported on a non-article page, or drop removal under 98 %.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import type { Analysis } from '../../src/engine/types';
import { type CorpusPage, corpusAvailable, corpusDir, loadCorpus, scoreText } from '../support/corpus';

const available = corpusAvailable();
if (!available) console.log(`CORPUS MISSING: ${corpusDir()} not found — set NAQI_CORPUS; corpus tests fail until it is there.`);

const pages: CorpusPage[] = available ? loadCorpus() : [];
const rows: string[] = [];
let keptAll = 0;
let keepTotal = 0;
let dropped = 0;
let dropTotal = 0;

function run(page: CorpusPage): Analysis {
  const dom = new JSDOM(page.html, { url: page.truth.url ?? 'https://corpus.invalid/page', virtualConsole: new VirtualConsole() });
  return analyze(dom.window.document, { url: page.truth.url });
}

describe('shared corpus', () => {
  it('is present', () => {
    expect(available, `corpus not found at ${corpusDir()}`).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const analysis = run(page);
    const score = scoreText(page.truth, analysis.text);
    if (page.truth.isArticle) {
      keptAll += (page.truth.keep?.length ?? 0) - score.missedKeep.length;
      keepTotal += page.truth.keep?.length ?? 0;
      dropped += (page.truth.drop?.length ?? 0) - score.leakedDrop.length;
      dropTotal += page.truth.drop?.length ?? 0;
    }
    rows.push(
      `${page.name.padEnd(26)} verdict ${analysis.isArticle === page.truth.isArticle ? 'ok ' : 'BAD'} keep ${score.keep.toFixed(2)} drop ${score.drop.toFixed(2)} clutter ${String(analysis.clutter.length).padStart(2)}`,
    );

    it(`is judged ${page.truth.isArticle ? 'an article' : 'not an article'}`, () => {
      expect(analysis.isArticle).toBe(page.truth.isArticle);
    });

    it('gets the same verdict from its content alone, without its address', () => {
      const doc = new JSDOM(page.html, { virtualConsole: new VirtualConsole() }).window.document;
      expect(analyze(doc).isArticle).toBe(page.truth.isArticle);
    });

    if (page.truth.isArticle) {
      it('keeps every keep sentence', () => {
        expect(score.missedKeep).toEqual([]);
      });
      it('has no drop snippet in its text', () => {
        expect(score.leakedDrop).toEqual([]);
      });
    } else {
      it('reports no clutter and no text', () => {
        expect(analysis.clutter).toEqual([]);
        expect(analysis.sources).toEqual([]);
      });
    }
  });

  afterAll(() => {
    if (!pages.length) return;
    console.log(
      [
        'corpus figures (engine):',
        ...rows,
        `overall: keep ${keptAll}/${keepTotal} = ${(keptAll / keepTotal).toFixed(3)}, drop removed ${dropped}/${dropTotal} = ${(dropped / dropTotal).toFixed(3)}`,
      ].join('\n'),
    );
  });

  it('removes at least 98 % of drop snippets overall', () => {
    // describe.each bodies ran at collection time, so the totals are complete here.
    expect(dropTotal).toBeGreaterThan(0);
    expect(dropped / dropTotal).toBeGreaterThanOrEqual(0.98);
  });
});
