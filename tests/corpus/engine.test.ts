/**
 * The engine on every page of every corpus batch (../shared/corpus, corpus-2, … or
 * $NAQI_CORPUS): real publishers' pages, read in place, never committed.
 *
 * Strict where a reader would not forgive: every keep sentence on every article page,
 * every verdict right (also without the page's address), nothing reported on pages that
 * are not Arabic articles, and the site's own frame (pageChrome) never in the cleaned
 * text. Thresholds where strictness would invite rules fitted to pages: drop snippets
 * gone ≥ 97 % overall and ≥ 80 % on each page.
 *
 * Prints the figures per page and per publisher, with Mozilla Readability's and
 * Defuddle's on the same pages beside them.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import type { Analysis } from '../../src/engine/types';
import { type CorpusPage, type TextScore, corpusAvailable, corpusDir, loadCorpus, scoreText, scoringNormalize } from '../support/corpus';
import { defuddleReading, readabilityReading } from '../support/peers';

const MIN_DROP_OVERALL = 0.97;
const MIN_DROP_PER_PAGE = 0.8;

const available = corpusAvailable();
if (!available) console.log(`CORPUS MISSING: ${corpusDir()} not found — set NAQI_CORPUS; corpus tests fail until it is there.`);

const pages: CorpusPage[] = available ? loadCorpus() : [];

interface Row {
  page: CorpusPage;
  naqi: TextScore;
  readability: TextScore;
  defuddle: TextScore;
}
const rows: Row[] = [];

const parse = (page: CorpusPage, url?: string): Document =>
  new JSDOM(page.html, { url: url ?? 'https://corpus.invalid/page', virtualConsole: new VirtualConsole() }).window.document;

function run(page: CorpusPage): Analysis {
  return analyze(parse(page, page.truth.url), { url: page.truth.url });
}

describe('shared corpus', () => {
  it('is present, every batch of it', () => {
    expect(available, `corpus not found at ${corpusDir()}`).toBe(true);
    expect(new Set(pages.map((p) => p.batch)).size).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(pages.map((p) => [`${p.batch}/${p.name}`, p] as const))('%s', (_name, page) => {
    const analysis = run(page);
    const naqi = scoreText(page.truth, analysis.text);
    const peerDoc = parse(page, page.truth.url);
    rows.push({
      page,
      naqi,
      readability: scoreText(page.truth, readabilityReading(peerDoc).text),
      defuddle: scoreText(page.truth, defuddleReading(peerDoc, page.truth.url).text),
    });

    it(`is judged ${page.truth.isArticle ? 'an article' : 'not an article'}`, () => {
      expect(analysis.isArticle, analysis.reason).toBe(page.truth.isArticle);
    });

    it('gets the same verdict from its content alone, without its address', () => {
      expect(analyze(parse(page)).isArticle).toBe(page.truth.isArticle);
    });

    if (page.truth.isArticle) {
      it('keeps every keep sentence', () => {
        expect(naqi.missedKeep).toEqual([]);
      });
      it(`removes at least ${MIN_DROP_PER_PAGE * 100} % of its drop snippets`, () => {
        expect(naqi.drop, `left: ${naqi.leakedDrop.join(' | ')}`).toBeGreaterThanOrEqual(MIN_DROP_PER_PAGE);
      });
      it("leaves the site's own frame out of the cleaned text", () => {
        const text = scoringNormalize(analysis.text);
        expect((page.truth.pageChrome ?? []).filter((c) => text.includes(scoringNormalize(c)))).toEqual([]);
      });
    } else {
      it('reports nothing: no clutter, no text, no sources, no tags', () => {
        expect(analysis.clutter).toEqual([]);
        expect(analysis.text).toBe('');
        expect(analysis.sources).toEqual([]);
        expect(analysis.tags).toEqual([]);
      });
    }
  });

  /** [found as the truth wants, out of] for the keep or the drop snippets of `list`, as one engine read them. */
  const counts = (which: 'keep' | 'drop', select: (r: Row) => TextScore, list: readonly Row[]): [number, number] => {
    let good = 0;
    let total = 0;
    for (const r of list) {
      const n = r.page.truth[which]?.length ?? 0;
      total += n;
      good += n - (which === 'keep' ? select(r).missedKeep : select(r).leakedDrop).length;
    }
    return [good, total];
  };
  const ratio = ([a, b]: [number, number]): string => (b ? (a / b).toFixed(3) : '  -  ');

  afterAll(() => {
    if (!rows.length) return;
    const articles = rows.filter((r) => r.page.truth.isArticle);
    const line = (label: string, list: Row[]): string =>
      `${label.padEnd(40)} ${(['naqi', 'readability', 'defuddle'] as const)
        .map((who) => `${who} keep ${ratio(counts('keep', (r) => r[who], list))} drop ${ratio(counts('drop', (r) => r[who], list))}`)
        .join('   ')}`;
    const publishers = [...new Set(articles.map((r) => r.page.publisher))].sort();
    console.log(
      [
        'corpus figures (engine; keep and drop as shares of the truth snippets):',
        ...rows.map((r) =>
          r.page.truth.isArticle
            ? line(`${r.page.batch}/${r.page.name}`, [r])
            : `${`${r.page.batch}/${r.page.name}`.padEnd(40)} not an article: Naqi reports nothing`,
        ),
        'per publisher:',
        ...publishers.map((p) => line(`  ${p}`, articles.filter((r) => r.page.publisher === p))),
        line('overall (article pages)', articles),
      ].join('\n'),
    );
  });

  it(`removes at least ${MIN_DROP_OVERALL * 100} % of drop snippets overall`, () => {
    // describe.each bodies ran at collection time, so the totals are complete here.
    const [dropped, total] = counts('drop', (r) => r.naqi, rows);
    expect(total).toBeGreaterThan(0);
    expect(dropped / total).toBeGreaterThanOrEqual(MIN_DROP_OVERALL);
  });
});
