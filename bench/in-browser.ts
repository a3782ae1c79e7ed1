/**
 * The content script's main-thread time in Chromium, page by page: the sum of the
 * "naqi:task" measures it records (init, precheck, copy, hide) once the page settles;
 * and, beside it, what happens off the page: how long the engine took to read the copy
 * in the offscreen document, the round trip, and when the page was clean.
 */
import path from 'node:path';
import { launch } from '../tests/e2e/support/browsers';
import { startServer } from '../tests/e2e/support/server';
import type { CorpusPage } from '../tests/support/corpus';

export interface BrowserRow {
  name: string;
  /** main-thread ms of every task summed (the target's figure) */
  ms: number;
  tasks: number;
  /** ms by task name (init, precheck, copy, hide, late, snapshot) */
  byTask: Record<string, number>;
  /** the first copy: ms the engine took to read it off the page (offscreen document), and the round trip */
  readingMs: number | null;
  roundTripMs: number | null;
  /** from the content script's first line to the end of its hiding task (articles only) */
  cleanedAfterMs: number | null;
}

export async function measureInChromium(pages: CorpusPage[], corpusPages: string, fixturePages: string[], fixturesDir: string): Promise<BrowserRow[]> {
  const server = await startServer({ '/corpus/': corpusPages, '/': fixturesDir });
  const ext = await launch('chromium');
  const rows: BrowserRow[] = [];
  try {
    const targets = [
      ...pages.map((p) => ({ name: p.name, url: server.url(`/corpus/${path.basename(p.file)}`) })),
      ...fixturePages.map((f) => ({ name: `fixture:${f}`, url: server.url(`/pages/${f}`) })),
    ];
    for (const target of targets) {
      const page = await ext.open(target.url);
      await page.waitForFunction(() => performance.getEntriesByName('naqi:task').length > 0, { timeout: 20_000, polling: 50 });
      // Let the idle-time copy, its reading elsewhere and the next-frame hiding run, then add up every task.
      await new Promise((r) => setTimeout(r, 1500));
      const seen = await page.evaluate(() => ({
        tasks: performance.getEntriesByName('naqi:task').map((e) => ({ name: String((e as PerformanceMeasure).detail), start: e.startTime, ms: e.duration })),
        waits: performance.getEntriesByName('naqi:wait').map((e) => ({ ...((e as PerformanceMeasure).detail as { task: string; readingMs: number | null }), ms: e.duration })),
      }));
      const byTask: Record<string, number> = {};
      for (const t of seen.tasks) byTask[t.name] = (byTask[t.name] ?? 0) + t.ms;
      const init = seen.tasks.find((t) => t.name === 'init');
      const hide = seen.tasks.find((t) => t.name === 'hide');
      const first = seen.waits.find((w) => w.task === 'copy');
      rows.push({
        name: target.name,
        ms: seen.tasks.reduce((a, t) => a + t.ms, 0),
        tasks: seen.tasks.length,
        byTask,
        readingMs: first?.readingMs ?? null,
        roundTripMs: first?.ms ?? null,
        cleanedAfterMs: init && hide ? hide.start + hide.ms - init.start : null,
      });
      await page.close();
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return rows;
}
