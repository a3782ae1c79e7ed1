/**
 * Sources and tags on every article of every corpus batch, scored as the corpus README
 * says: recall and precision ≥ 0.95 for sources and for tags, overall (micro-averaged).
 * Prints the figures per page and overall.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { type SetScore, corpusAvailable, corpusDir, loadCorpus, scoreSources, scoreTags } from '../support/corpus';

const pages = corpusAvailable() ? loadCorpus().filter((p) => p.truth.isArticle) : [];
const totals = { sources: { matched: 0, expected: 0, produced: 0, correct: 0 }, tags: { matched: 0, expected: 0, produced: 0, correct: 0 } };
const rows: string[] = [];

const add = (t: (typeof totals)['sources'], s: SetScore): void => {
  t.matched += s.matched;
  t.expected += s.expected;
  t.produced += s.produced;
  t.correct += s.produced - s.extra.length;
};

describe('sources and tags on the shared corpus', () => {
  it('has the corpus', () => {
    expect(corpusAvailable(), `corpus not found at ${corpusDir()}`).toBe(true);
  });

  describe.each(pages.map((p) => [`${p.batch}/${p.name}`, p] as const))('%s', (_name, page) => {
    const dom = new JSDOM(page.html, { url: page.truth.url, virtualConsole: new VirtualConsole() });
    const analysis = analyze(dom.window.document, { url: page.truth.url });
    const sources = scoreSources(page.truth, analysis.sources);
    const tags = scoreTags(page.truth, analysis.tags);
    add(totals.sources, sources);
    add(totals.tags, tags);
    rows.push(
      `${`${page.batch}/${page.name}`.padEnd(34)} sources R ${sources.recall.toFixed(2)} P ${sources.precision.toFixed(2)}   tags R ${tags.recall.toFixed(2)} P ${tags.precision.toFixed(2)}`,
    );

    it('names every source in the truth file', () => {
      expect(sources.missing).toEqual([]);
    });
    it('names the publisher first', () => {
      expect(analysis.sources[0]?.kind).toBe('publisher');
    });
    it('finds the tags a reader sees', () => {
      expect(tags.missing).toEqual([]);
    });
  });

  const ratio = (a: number, b: number): number => (b ? a / b : 1);
  afterAll(() => {
    if (!pages.length) return;
    const s = totals.sources;
    const t = totals.tags;
    console.log(
      [
        'corpus figures (sources and tags):',
        ...rows,
        `overall: sources recall ${ratio(s.matched, s.expected).toFixed(3)} (${s.matched}/${s.expected}), precision ${ratio(s.correct, s.produced).toFixed(3)} (${s.correct}/${s.produced}); tags recall ${ratio(t.matched, t.expected).toFixed(3)} (${t.matched}/${t.expected}), precision ${ratio(t.correct, t.produced).toFixed(3)} (${t.correct}/${t.produced})`,
      ].join('\n'),
    );
  });

  it('meets the targets overall: recall and precision ≥ 0.95 for sources and for tags', () => {
    expect(ratio(totals.sources.matched, totals.sources.expected)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(totals.sources.correct, totals.sources.produced)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(totals.tags.matched, totals.tags.expected)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(totals.tags.correct, totals.tags.produced)).toBeGreaterThanOrEqual(0.95);
  });
});
