/**
 * The content script's main-thread time in Chromium, page by page: the sum of the
 * "naqi:task" measures it records (init, precheck, analyze, hide) once the page settles.
 */
import path from 'node:path';
import { launch } from '../tests/e2e/support/browsers';
import { startServer } from '../tests/e2e/support/server';
import type { CorpusPage } from '../tests/support/corpus';

export interface BrowserRow {
  name: string;
  ms: number;
  tasks: number;
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
      const tasks = await page.evaluate(() => performance.getEntriesByName('naqi:task').map((e) => e.duration));
      rows.push({ name: target.name, ms: tasks.reduce((a, b) => a + b, 0), tasks: tasks.length });
      await page.close();
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return rows;
}
