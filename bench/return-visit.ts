/**
 * Site memory in Chromium, page by page: what the reader sees of the clutter before Naqi
 * has read the page, on a first visit and on a return visit, and the layout shift Naqi
 * adds on each.
 *
 * Each page is one site of its own (a fresh server port), served under three addresses of
 * the same shape (/v1/…, /v2/…, /v3/…): the first two visits teach the memory (a rule is
 * remembered once confirmed on two pages), the third is the return visit. On every visit
 * the page's own world records, at DOMContentLoaded and at the first animation frame,
 * which elements are rendered, and sums the layout shifts (Layout Instability API, shifts
 * without recent input). Once the page is clean, the elements Naqi hid are compared with
 * what was rendered: a hidden element rendered at the first frame is clutter the reader saw
 * painted. The saved pages' own scripts do not reach their servers, so the shifts are Naqi's.
 */
import { launch } from '../tests/e2e/support/browsers';
import { startServer } from '../tests/e2e/support/server';
import { waitForTask } from '../tests/e2e/support/naqi';
import { type CorpusPage, corpusDirs } from '../tests/support/corpus';
import path from 'node:path';

export interface VisitFigures {
  /** elements Naqi hid that were rendered at DOMContentLoaded, and at the first animation frame */
  paintedAtDcl: number;
  paintedAtFrame: number;
  /** elements Naqi hid in the end */
  hidden: number;
  /** of those, how many the early stylesheet (site memory) covered from the start */
  remembered: number;
  /** remembered elements rendered at DOMContentLoaded or at the first animation frame (the target: none) */
  rememberedPainted: number;
  /** the cumulative layout shift of the visit */
  cls: number;
}

export interface ReturnVisitRow {
  name: string;
  first: VisitFigures;
  back: VisitFigures;
}

/** Runs in the page's own world before anything else: the records the figures are read from. */
const RECORDER = `
  window.__naqiBench = { cls: 0, dcl: null, frame: null, styleRules: 0 };
  const b = window.__naqiBench;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  const rendered = () => { const s = new Set(); for (const el of document.body ? document.body.getElementsByTagName('*') : []) if (el.getClientRects().length) s.add(el); return s; };
  document.addEventListener('DOMContentLoaded', () => {
    b.dcl = rendered();
    const style = [...document.querySelectorAll('style')].find((s) => /display:none!important/.test(s.textContent));
    if (style) b.earlySelector = style.textContent.replace(/\\{[^}]*\\}$/, '');
    requestAnimationFrame(() => { b.frame = rendered(); });
  });
`;

/** The figures of one visit, once the page is clean. */
async function visit(ext: Awaited<ReturnType<typeof launch>>, url: string): Promise<VisitFigures> {
  const started = Date.now();
  if (process.env.NAQI_BENCH_TRACE) process.stderr.write(`visit ${url} `);
  const page = await ext.open(url, (p) => p.evaluateOnNewDocument(RECORDER));
  try {
    await waitForTask(page, 'hide', 15_000);
    // Let late layout shifts (and the memory's write in the background) happen.
    await new Promise((r) => setTimeout(r, 600));
    return await page.evaluate(() => {
      const b = (window as unknown as { __naqiBench: { cls: number; dcl: Set<Element> | null; frame: Set<Element> | null; earlySelector?: string } }).__naqiBench;
      const hidden = [...document.querySelectorAll('[style*="display: none !important"]')];
      let early: Element[] = [];
      if (b.earlySelector) {
        try {
          early = hidden.filter((el) => el.matches(b.earlySelector!));
        } catch {
          early = [];
        }
      }
      return {
        remembered: early.length,
        rememberedPainted: early.filter((el) => b.dcl?.has(el) || b.frame?.has(el)).length,
        paintedAtDcl: hidden.filter((el) => b.dcl?.has(el)).length,
        paintedAtFrame: hidden.filter((el) => b.frame?.has(el)).length,
        hidden: hidden.length,
        cls: b.cls,
      };
    });
  } finally {
    await page.close();
    if (process.env.NAQI_BENCH_TRACE) process.stderr.write(`${Date.now() - started} ms\n`);
  }
}

/**
 * `fixtureSite`: pages of one fixture site built from one template (tests/fixtures/memory),
 * visited in turn: two teach the memory, the third is the return visit — different articles,
 * as a reader meets them.
 */
export async function measureReturnVisits(pages: CorpusPage[], fixtureSite: { dir: string; files: [string, string, string] }): Promise<ReturnVisitRow[]> {
  const ext = await launch('chromium', { resolverOnly: true });
  const rows: ReturnVisitRow[] = [];
  try {
    const site = await startServer({ '/': fixtureSite.dir });
    try {
      const [one, two, three] = fixtureSite.files.map((f) => site.url(`/${f}`));
      const first = await visit(ext, one!);
      await visit(ext, two!);
      rows.push({ name: `fixture site: ${fixtureSite.files[2]}`, first, back: await visit(ext, three!) });
    } finally {
      await site.close();
    }
    for (const page of pages) {
      // Three addresses of one shape for the same page, on a site (port) of its own.
      const dir = corpusDirs().find((d) => path.basename(d) === page.batch)!;
      const mounts = Object.fromEntries(['v1', 'v2', 'v3'].map((v) => [`/${v}/`, path.join(dir, 'pages')]));
      const server = await startServer(mounts);
      try {
        const file = page.urlPath.split('/').pop()!;
        const first = await visit(ext, server.url(`/v1/${file}`));
        await visit(ext, server.url(`/v2/${file}`));
        const back = await visit(ext, server.url(`/v3/${file}`));
        rows.push({ name: page.name, first, back });
      } finally {
        await server.close();
      }
    }
  } finally {
    await ext.close();
  }
  return rows;
}
