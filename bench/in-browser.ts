/**
 * The content scripts' main-thread time in Chromium, page by page: the sum of the
 * "naqi:task" measures they record once the page settles (every call the browser makes
 * into them is one: the early script's, then init, start, copy, answer, hide, and any
 * message or mutation);
 * and, beside it, what happens off the page: how long the engine took to read the copy
 * in the offscreen document, the round trip, and when the page was clean.
 *
 * Each page is opened BROWSER_ROUNDS times, each time in a fresh tab (a cold start: the script's
 * bindings, its JIT warm-up and the page's own garbage collections included), the pages
 * taken in turn so that a slow moment of the machine falls on one round of many pages
 * rather than on every round of one; a page's figures are the medians of its rounds.
 */
import type { Page } from 'puppeteer-core';
import { type ExtensionBrowser, launch } from '../tests/e2e/support/browsers';
import { startServer } from '../tests/e2e/support/server';
import { type CorpusPage, corpusMounts } from '../tests/support/corpus';
import { COPY_IDLE_TIMEOUT_MS } from '../src/copy/take';
import { median } from './measure';

export const BROWSER_ROUNDS = 5;
/** The page has settled when no task has run for this long after the reading came back (or after the longest wait for a copy). */
const QUIET_MS = 400;
const SETTLE_TIMEOUT_MS = 10_000;

export interface BrowserRow {
  name: string;
  /** main-thread ms of every task summed (the target's figure): median of the rounds */
  ms: number;
  /** every round's sum, in the order measured */
  rounds: number[];
  tasks: number;
  /** ms by task name (early, init, start, copy, answer, hide, message, watch, late…): medians of the rounds */
  byTask: Record<string, number>;
  /** the first copy: ms the engine took to read it off the page (offscreen document), and the round trip */
  readingMs: number | null;
  roundTripMs: number | null;
  /** from the content script's first line to the end of its hiding task (articles only) */
  cleanedAfterMs: number | null;
  /**
   * articles: from the toolbar popup's opening (chrome.action.openPopup, as a reader clicks the
   * button) to its chips shown (the details come with the report, from the reading that hid the clutter)
   */
  popupChipsMs: number | null;
  /** articles: the same, for the popup opened as a page in a tab of its own (as Firefox for Android shows it) */
  popupPageChipsMs: number | null;
}

/** One load of one page. */
type Round = Omit<BrowserRow, 'name' | 'rounds'>;

/** `fixturePages`: paths under `fixturesDir`; `popup: false` leaves the popup out (a build from before it marked its chips). */
export async function measureInChromium(pages: CorpusPage[], fixturePages: string[], fixturesDir: string, options = { popup: true }): Promise<BrowserRow[]> {
  const server = await startServer({ ...corpusMounts(), '/': fixturesDir });
  const ext = await launch('chromium', { resolverOnly: true });
  const targets = [
    ...pages.map((p) => ({ name: p.name, url: server.url(p.urlPath) })),
    ...fixturePages.map((f) => ({ name: `fixture:${f}`, url: server.url(`/${f}`) })),
  ];
  const rounds = new Map<string, Round[]>(targets.map((t) => [t.name, []]));
  try {
    for (let round = 0; round < BROWSER_ROUNDS; round++) {
      for (const target of targets) rounds.get(target.name)!.push(await measureOnce(ext, target.url, options.popup));
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return targets.map(({ name }) => summarise(name, rounds.get(name)!));
}

async function measureOnce(ext: Awaited<ReturnType<typeof launch>>, url: string, withPopup: boolean): Promise<Round> {
  const page = await ext.open(url);
  try {
    await page.waitForFunction(
      // No inner functions: the bench runs through tsx, which would name them with a helper the page lacks.
      (quiet: number, idleTimeout: number) => {
        const now = performance.now();
        let lastEnd = -Infinity;
        let startEnd = Infinity;
        let readEnd = Infinity;
        for (const e of performance.getEntriesByName('naqi:task')) {
          const detail = (e as PerformanceMeasure).detail;
          lastEnd = Math.max(lastEnd, e.startTime + e.duration);
          if (detail === 'start') startEnd = e.startTime + e.duration;
          if (detail === 'answer' && readEnd === Infinity) readEnd = e.startTime + e.duration;
        }
        // Quiet for a while after the reading came back (and was hidden), or long after the start with no
        // copy taken. A page that keeps inserting nodes keeps the watcher busy: its tasks count until then.
        const read = readEnd !== Infinity;
        if (read && now - readEnd > 4 * quiet) return true;
        return now - lastEnd > quiet && (read || now - startEnd > idleTimeout + quiet);
      },
      { timeout: SETTLE_TIMEOUT_MS, polling: 100 },
      QUIET_MS,
      COPY_IDLE_TIMEOUT_MS,
    );
    const seen = await page.evaluate(() => ({
      tasks: performance.getEntriesByName('naqi:task').map((e) => ({ name: String((e as PerformanceMeasure).detail), start: e.startTime, ms: e.duration })),
      waits: performance.getEntriesByName('naqi:wait').map((e) => ({ ...((e as PerformanceMeasure).detail as { task: string; readingMs: number | null }), ms: e.duration })),
    }));
    const byTask: Record<string, number> = {};
    for (const t of seen.tasks) byTask[t.name] = (byTask[t.name] ?? 0) + t.ms;
    const init = seen.tasks.find((t) => t.name === 'init');
    const hide = seen.tasks.find((t) => t.name === 'hide');
    const first = seen.waits.find((w) => w.task === 'copy');
    let popupChipsMs: number | null = null;
    let popupPageChipsMs: number | null = null;
    if (hide && withPopup) {
      // Each popup's clock starts when it opens: the mark's time is from its own navigation.
      popupChipsMs = await chipsShown(await openToolbarPopup(ext, page));
      popupPageChipsMs = await chipsShown(await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(page)}`));
    }
    return {
      ms: seen.tasks.reduce((a, t) => a + t.ms, 0),
      tasks: seen.tasks.length,
      byTask,
      readingMs: first?.readingMs ?? null,
      roundTripMs: first?.ms ?? null,
      cleanedAfterMs: init && hide ? hide.start + hide.ms - init.start : null,
      popupChipsMs,
      popupPageChipsMs,
    };
  } finally {
    await page.close();
  }
}

/** The toolbar popup for `page`, as a reader opens it: the worker asks for it with the page's tab in front. */
async function openToolbarPopup(ext: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  const worker = await (await ext.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(ext.extensionOrigin))).worker();
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());
  const target = await ext.browser.waitForTarget((t) => t.url().startsWith(`${ext.extensionOrigin}/popup.html`), { timeout: SETTLE_TIMEOUT_MS });
  const popup = await target.asPage();
  if (!popup) throw new Error('the toolbar popup has no page');
  return popup;
}

/** When `popup` showed its chips, from its opening (then it is closed). */
async function chipsShown(popup: Page): Promise<number> {
  try {
    const mark = await popup.waitForFunction(() => performance.getEntriesByName('naqi:chips')[0]?.startTime ?? false, { polling: 20, timeout: SETTLE_TIMEOUT_MS });
    return Number(await mark.jsonValue());
  } finally {
    await popup.close();
  }
}

function summarise(name: string, rounds: Round[]): BrowserRow {
  const mid = (pick: (r: Round) => number | null | undefined): number | null => {
    const xs = rounds.map(pick).filter((x): x is number => typeof x === 'number');
    return xs.length ? median(xs) : null;
  };
  const names = [...new Set(rounds.flatMap((r) => Object.keys(r.byTask)))];
  return {
    name,
    ms: mid((r) => r.ms)!,
    rounds: rounds.map((r) => r.ms),
    tasks: mid((r) => r.tasks)!,
    byTask: Object.fromEntries(names.map((t) => [t, mid((r) => r.byTask[t] ?? 0)!])),
    readingMs: mid((r) => r.readingMs),
    roundTripMs: mid((r) => r.roundTripMs),
    cleanedAfterMs: mid((r) => r.cleanedAfterMs),
    popupChipsMs: mid((r) => r.popupChipsMs),
    popupPageChipsMs: mid((r) => r.popupPageChipsMs),
  };
}
