/**
 * npm run bench — Naqi against Mozilla Readability and Defuddle, in the same run:
 *   accuracy per page and overall, time per page and the peer / Naqi ratios,
 *   scaling from 1× to 32× the DOM, the content script's main-thread time in
 *   Chromium, and the size of each built entry point.
 * Writes bench/results.json and bench/report.md (git-ignored); with --readme it also
 * rewrites the figures in bench/README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { corpusAvailable, corpusDir, loadCorpus } from '../tests/support/corpus';
import { BROWSER_ROUNDS, measureInChromium } from './in-browser';
import { type ReturnVisitRow, measureReturnVisits } from './return-visit';
import { CORPUS_WARMUP_PASSES, DEFUDDLE_ROUNDS, type Engine, type PageResult, ROUNDS, measurePage, measureScaling, median, percentile, warmUp } from './measure';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FACTORS = [1, 2, 4, 8, 16, 32] as const;
const SCALING_PAGE = 'seed-aggregator';
/** Fixture pages also timed in Chromium, by their path under tests/fixtures. */
const FIXTURE_PAGES = ['pages/article-basic.html', 'non-articles/home-page.html', 'pages/english-article.html'];
const ENGINES: readonly Engine[] = ['naqi', 'readability', 'defuddle'];
const ENGINE_NAMES: Record<Engine, string> = { naqi: 'Naqi', readability: 'Readability', defuddle: 'Defuddle' };
/** Built entry points, under dist/ (the background differs by browser: Firefox's reads page copies itself). */
const ENTRY_POINTS = ['chrome/early.js', 'chrome/content.js', 'chrome/background.js', 'chrome/offscreen.js', 'chrome/popup.js', 'chrome/options.js', 'firefox/background.js'];

/** The content script's tasks shown in their own columns (the rest — messages, mutations, late looks — are "other"). */
const MAIN_TASKS = ['early', 'init', 'start', 'copy', 'answer', 'hide'] as const;

/** The tasks without a column of their own, summed (null when there were none). */
function otherTasksMs(byTask: Record<string, number>): number | null {
  const other = Object.entries(byTask).filter(([t]) => !(MAIN_TASKS as readonly string[]).includes(t));
  return other.length ? other.reduce((a, [, v]) => a + v, 0) : null;
}

const TARGETS = {
  medianRatio: 5,
  growth: 40,
  contentP95Ms: 16,
  contentScriptKb: 40,
  popupChipsMs: 100,
};

const f1 = (n: number): string => n.toFixed(1);
const f2 = (n: number): string => n.toFixed(2);

function table(headers: string[], rows: (string | number)[][]): string {
  const lines = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const fmt = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(lines[0]!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...lines.slice(1).map(fmt)].join('\n');
}

function micro(results: PageResult[], who: Engine, which: 'sources' | 'tags') {
  let matched = 0;
  let expected = 0;
  let correct = 0;
  let produced = 0;
  for (const r of results) {
    const s = r[who].accuracy[which];
    if (!s) continue;
    matched += s.matched;
    expected += s.expected;
    produced += s.produced;
    correct += s.produced - s.extra.length;
  }
  return { recall: expected ? matched / expected : 1, precision: produced ? correct / produced : 1 };
}

async function main(): Promise<void> {
  if (!corpusAvailable()) throw new Error(`corpus not found at ${corpusDir()} (set NAQI_CORPUS)`);
  const pages = loadCorpus();
  const started = Date.now();
  console.log(`Naqi benchmark: ${pages.length} corpus pages, ${ROUNDS.warmup} warm-up + ${ROUNDS.measured} measured rounds each\n`);

  warmUp(pages);
  const results = pages.map(measurePage);
  const articles = results.filter((r) => r.isArticle);
  const others = results.filter((r) => !r.isArticle);

  const perPage = table(
    ['page', 'article', 'Naqi ms', 'Readability ms', 'Defuddle ms', 'R/N', 'D/N', 'keep N / R / D', 'drop N / R / D', 'false action N / R'],
    results.map((r) => [
      r.name,
      r.isArticle ? 'yes' : 'no',
      f2(r.naqi.ms),
      f2(r.readability.ms),
      f2(r.defuddle.ms),
      `${f1(r.ratio)}×`,
      `${f1(r.defuddleRatio)}×`,
      r.isArticle ? ENGINES.map((e) => f2(r[e].accuracy.keep)).join(' / ') : '—',
      r.isArticle ? ENGINES.map((e) => f2(r[e].accuracy.drop)).join(' / ') : '—',
      r.isArticle ? '—' : `${r.naqi.accuracy.falseAction ? 'yes' : 'no'} / ${r.readability.accuracy.falseAction ? 'yes' : 'no'}`,
    ]),
  );
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  const ratios = results.map((r) => r.ratio);
  const summarise = (who: Engine) => ({
    keep: mean(articles.map((r) => r[who].accuracy.keep)),
    drop: mean(articles.map((r) => r[who].accuracy.drop)),
    sources: micro(results, who, 'sources'),
    tags: micro(results, who, 'tags'),
    // null: an engine with no judgement of whether a page is an article (it always extracts)
    falseActions: others.some((r) => r[who].accuracy.falseAction === null) ? null : others.filter((r) => r[who].accuracy.falseAction).length,
    medianMs: median(results.map((r) => r[who].ms)),
  });
  const overall = {
    naqi: summarise('naqi'),
    readability: summarise('readability'),
    defuddle: summarise('defuddle'),
    medianRatio: median(ratios),
    minRatio: Math.min(...ratios),
    medianDefuddleRatio: median(results.map((r) => r.defuddleRatio)),
  };
  const accuracy = table(
    ['', 'keep', 'drop', 'source R / P', 'tag R / P', `false actions (${others.length} non-articles)`, 'median ms/page'],
    ENGINES.map((who) => {
      const o = overall[who];
      return [
        ENGINE_NAMES[who],
        f2(o.keep),
        f2(o.drop),
        `${f2(o.sources.recall)} / ${f2(o.sources.precision)}`,
        `${f2(o.tags.recall)} / ${f2(o.tags.precision)}`,
        o.falseActions === null ? 'always extracts' : String(o.falseActions),
        f2(o.medianMs),
      ];
    }),
  );

  const seed = pages.find((p) => p.name === SCALING_PAGE)!;
  const scaling = measureScaling(seed.html, seed.truth.keep![0]!, FACTORS);
  const growth = {
    naqi: scaling.at(-1)!.naqiMs / scaling[0]!.naqiMs,
    readability: scaling.at(-1)!.readabilityMs / scaling[0]!.readabilityMs,
  };
  const scalingTable = table(
    ['size', 'elements', 'Naqi ms', 'Readability ms', 'R/N'],
    scaling.map((s) => [`${s.factor}×`, s.elements, f2(s.naqiMs), f2(s.readabilityMs), `${f1(s.readabilityMs / s.naqiMs)}×`]),
  );

  const browserRows = await measureInChromium(pages, FIXTURE_PAGES, path.join(root, 'tests/fixtures'));
  const inBrowser = { median: median(browserRows.map((r) => r.ms)), p95: percentile(browserRows.map((r) => r.ms), 95), max: Math.max(...browserRows.map((r) => r.ms)) };
  const ms = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : f2(n));
  const browserTable = table(
    ['page', ...MAIN_TASKS.map((t) => `${t} ms`), 'other ms', 'main-thread ms', `${BROWSER_ROUNDS} loads, min–max ms`, 'read off the page ms', 'round trip ms', 'clean after ms', 'popup chips ms', 'as a page ms'],
    browserRows.map((r) => [
      r.name,
      ...MAIN_TASKS.map((t) => ms(r.byTask[t])),
      ms(otherTasksMs(r.byTask)),
      f2(r.ms),
      `${f1(Math.min(...r.rounds))}–${f1(Math.max(...r.rounds))}`,
      ms(r.readingMs),
      ms(r.roundTripMs),
      ms(r.cleanedAfterMs),
      ms(r.popupChipsMs),
      ms(r.popupPageChipsMs),
    ]),
  );
  const present = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);
  const offPage = present(browserRows.map((r) => r.readingMs));
  const cleanedAfter = present(browserRows.map((r) => r.cleanedAfterMs));
  const popupChips = present(browserRows.map((r) => r.popupChipsMs));
  if (!popupChips.length) throw new Error('no popup opened on any article page: the popup timing cannot be reported');
  const popupPageChips = present(browserRows.map((r) => r.popupPageChipsMs));

  const returnRows = await measureReturnVisits(articles.map((r) => pages.find((p) => p.name === r.name)!), {
    dir: path.join(root, 'tests/fixtures/memory'),
    files: ['story-100001.html', 'story-100002.html', 'story-100003.html'],
  });
  const returnTable = table(
    ['page', 'hidden', 'painted first visit (DCL / frame)', 'remembered', 'remembered painted', 'painted return visit (DCL / frame)', 'CLS first visit', 'CLS return visit'],
    returnRows.map((r: ReturnVisitRow) => [
      r.name,
      r.back.hidden,
      `${r.first.paintedAtDcl} / ${r.first.paintedAtFrame}`,
      r.back.remembered,
      r.back.rememberedPainted,
      `${r.back.paintedAtDcl} / ${r.back.paintedAtFrame}`,
      r.first.cls.toFixed(4),
      r.back.cls.toFixed(4),
    ]),
  );
  const sum = (pick: (r: ReturnVisitRow) => number): number => returnRows.reduce((a, r) => a + pick(r), 0);

  const bundles = ENTRY_POINTS.map((file) => {
    const bytes = fs.readFileSync(path.join(root, 'dist', file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const bundleTable = table(['entry point', 'minified KB', 'gzip KB'], bundles.map((b) => [b.file, f1(b.raw / 1024), f1(b.gzip / 1024)]));

  const content = bundles.find((b) => b.file === 'chrome/content.js')!;
  const checks = [
    [`Naqi ≥ ${TARGETS.medianRatio}× faster than Readability on the median page`, overall.medianRatio >= TARGETS.medianRatio, `${f1(overall.medianRatio)}×`],
    ['Naqi never slower than Readability on any page', overall.minRatio >= 1, `slowest page ${f1(overall.minRatio)}×`],
    [`growth 1× → 32× under ${TARGETS.growth}×`, growth.naqi < TARGETS.growth, `${f1(growth.naqi)}× (Readability ${f1(growth.readability)}×)`],
    [`content script ≤ ${TARGETS.contentP95Ms} ms p95 in Chromium`, inBrowser.p95 <= TARGETS.contentP95Ms, `p95 ${f2(inBrowser.p95)} ms, median ${f2(inBrowser.median)} ms`],
    [`popup chips shown ≤ ${TARGETS.popupChipsMs} ms after it opens (median)`, popupChips.length > 0 && median(popupChips) <= TARGETS.popupChipsMs, `median ${f2(median(popupChips))} ms, p95 ${f2(percentile(popupChips, 95))} ms`],
    [
      'return visit: no remembered clutter painted (DCL, first frame)',
      sum((r) => r.back.rememberedPainted) === 0 && sum((r) => r.back.remembered) > 0,
      `${sum((r) => r.back.rememberedPainted)} of ${sum((r) => r.back.remembered)} remembered elements painted`,
    ],
    ['return visit: Naqi adds no more layout shift than on a first visit', returnRows.every((r) => r.back.cls <= r.first.cls + 1e-6), `CLS summed over pages: first ${sum((r) => r.first.cls).toFixed(4)}, return ${sum((r) => r.back.cls).toFixed(4)}`],
    [`content script ≤ ${TARGETS.contentScriptKb} KB minified`, content.raw / 1024 <= TARGETS.contentScriptKb, `${f1(content.raw / 1024)} KB`],
    ['Naqi faster than Defuddle on the median page', overall.medianDefuddleRatio >= 1, `${f1(overall.medianDefuddleRatio)}×`],
    [
      'keep: Naqi ≥ Readability and Defuddle on every page',
      articles.every((r) => r.naqi.accuracy.keep >= Math.max(r.readability.accuracy.keep, r.defuddle.accuracy.keep)),
      `${articles.filter((r) => r.naqi.accuracy.keep >= Math.max(r.readability.accuracy.keep, r.defuddle.accuracy.keep)).length}/${articles.length} pages`,
    ],
    [
      'drop: Naqi > Readability on every page (or both perfect)',
      articles.every((r) => r.naqi.accuracy.drop > r.readability.accuracy.drop || (r.naqi.accuracy.drop === 1 && r.readability.accuracy.drop === 1)),
      `${articles.filter((r) => r.naqi.accuracy.drop > r.readability.accuracy.drop).length}/${articles.length} pages higher`,
    ],
  ] as const;
  const checkTable = table(['target', 'met', 'measured'], checks.map(([t, ok, m]) => [t, ok ? 'yes' : 'NO', m]));

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const report = [
    `# Naqi benchmark — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${machine}. Corpus: ${pages.length} pages (${articles.length} articles). Both engines first run ${CORPUS_WARMUP_PASSES} times over the whole corpus, untimed; times are then medians of ${ROUNDS.measured} rounds after ${ROUNDS.warmup} warm-up rounds, each round giving each engine a fresh clone of the same jsdom document (clone time not counted); Naqi runs analyze, Readability isProbablyReaderable and parse, Defuddle parse (timed in ${DEFUDDLE_ROUNDS.measured} rounds after ${DEFUDDLE_ROUNDS.warmup}: about a second and a half a page). Corpus batches: ${[...new Set(pages.map((p) => p.batch))].join(', ')}. In Chromium, each page is opened ${BROWSER_ROUNDS} times in a fresh tab and its figures are the medians.`,
    '',
    '## Targets',
    checkTable,
    '',
    '## Accuracy and speed, overall',
    accuracy,
    '',
    '## Per page (N = Naqi, R = Readability, D = Defuddle)',
    perPage,
    '',
    `## Scaling (${SCALING_PAGE}: more paragraphs, related lists and comments)`,
    scalingTable,
    '',
    `Growth 32× / 1×: Naqi ${f1(growth.naqi)}×, Readability ${f1(growth.readability)}×.`,
    '',
    `## Content script in Chromium (main-thread time per page: medians of ${BROWSER_ROUNDS} cold loads)`,
    browserTable,
    '',
    `Main thread: median ${f2(inBrowser.median)} ms, p95 ${f2(inBrowser.p95)} ms, max ${f2(inBrowser.max)} ms. Off the page (not main-thread time; the first page also opens the offscreen document): the engine read each copy in median ${f2(median(offPage))} ms, p95 ${f2(percentile(offPage, 95))} ms; articles were clean ${f2(median(cleanedAfter))} ms (median), ${f2(percentile(cleanedAfter, 95))} ms (p95) after the content script started. The toolbar popup, opened on an article's tab, showed its chips ${f2(median(popupChips))} ms (median), ${f2(percentile(popupChips, 95))} ms (p95) after it opened; opened as a page in a tab of its own (as Firefox for Android shows it), ${f2(median(popupPageChips))} ms (median), ${f2(percentile(popupPageChips, 95))} ms (p95), most of it the browser opening a tab. The article's details come with the report, from the reading that hid the clutter.`,
    '',
    '## Site memory in Chromium (each page a site of its own, visited at three addresses: two teach the memory, the third is the return visit)',
    returnTable,
    '',
    `Elements Naqi hid that were painted before it read the page: ${sum((r) => r.first.paintedAtFrame)} on first visits, ${sum((r) => r.back.paintedAtFrame)} on return visits (${sum((r) => r.back.remembered)} of ${sum((r) => r.back.hidden)} hidden elements were remembered; the rest have no rule stable enough to remember, or a label rule that waits for the text). Layout shift Naqi adds (CLS, 800 × 600 viewport): first visits ${sum((r) => r.first.cls).toFixed(4)}, return visits ${sum((r) => r.back.cls).toFixed(4)}, summed over pages.`,
    '',
    '## Bundles',
    bundleTable,
    '',
    `Benchmark took ${Math.round((Date.now() - started) / 1000)} s.`,
  ].join('\n');

  console.log(report);
  fs.writeFileSync(path.join(root, 'bench/report.md'), `${report}\n`);
  fs.writeFileSync(
    path.join(root, 'bench/results.json'),
    JSON.stringify({ date: new Date().toISOString(), machine, overall, results, scaling, growth, inBrowser, offPage, cleanedAfter, popupChips, popupPageChips, browserRows, returnRows, bundles, checks }, null, 2),
  );
  if (process.argv.includes('--readme')) {
    const readme = path.join(root, 'bench/README.md');
    const head = fs.readFileSync(readme, 'utf8').split('<!-- figures -->')[0]!;
    fs.writeFileSync(readme, `${head}<!-- figures -->\n\n${report.split('\n').slice(2).join('\n')}\n`);
  }
}

await main();
