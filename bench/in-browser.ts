/**
 * The content script's main-thread time in Chromium, page by page: the sum of the
 * "naqi:task" measures it records (init, precheck, analyze, hide) once the page settles.
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch } from '../tests/e2e/support/browsers';
import { startServer } from '../tests/e2e/support/server';
import type { CorpusPage } from '../tests/support/corpus';

export interface BrowserRow {
  name: string;
  /** main-thread ms of every task summed (the target's figure) */
  ms: number;
  tasks: number;
  /** ms by task name (init, precheck, analyze, hide, late) */
  byTask: Record<string, number>;
  /** on an article: the same analysis once more, warm, on the settled page (a diagnostic) */
  warmMs: number | null;
}

/**
 * On an article the content script watches for inserted nodes; one more node makes it
 * look again: the same analysis, with its code warm and the page settled. Not part of
 * the target's figure; it tells a cold first look from the work itself.
 */
async function warmLook(page: Page, seen: number): Promise<number | null> {
  const watching = await page.evaluate(() => performance.getEntriesByName('naqi:task').some((e) => (e as PerformanceMeasure).detail === 'hide'));
  if (!watching) return null;
  await page.evaluate(() => void document.body.appendChild(document.createElement('div')));
  try {
    await page.waitForFunction((n: number) => performance.getEntriesByName('naqi:task').length > n, { timeout: 5000, polling: 100 }, seen);
  } catch {
    return null;
  }
  return page.evaluate(() => {
    const late = performance.getEntriesByName('naqi:task').filter((e) => (e as PerformanceMeasure).detail === 'late');
    return late.length ? late[late.length - 1]!.duration : null;
  });
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
      // Let the idle-time analysis and the next-frame hiding run, then add up every task.
      await new Promise((r) => setTimeout(r, 1500));
      const tasks = await page.evaluate(() =>
        performance.getEntriesByName('naqi:task').map((e) => ({ name: String((e as PerformanceMeasure).detail), ms: e.duration })),
      );
      const byTask: Record<string, number> = {};
      for (const t of tasks) byTask[t.name] = (byTask[t.name] ?? 0) + t.ms;
      rows.push({ name: target.name, ms: tasks.reduce((a, t) => a + t.ms, 0), tasks: tasks.length, byTask, warmMs: await warmLook(page, tasks.length) });
      await page.close();
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return rows;
}
