/**
 * The content script: a thin shell around the engine.
 *
 * On every http(s) page it first takes a cheap look (is this plausibly Arabic?) and
 * stops there for most pages. On an Arabic page it analyses the document when the
 * browser is idle, hides the clutter in place on the next frame, and watches for
 * clutter inserted later. It answers the popup (which reads the article's text,
 * sources and tags from a copy of the page, off the page's thread), follows the
 * reader's settings, and never throws into the page: any failure shows everything
 * again and steps aside.
 */
import { analyzeClutter } from '../engine/analyze-clutter';
import type { ClutterAnalysis, ClutterKind } from '../engine/types';
import { type Message, MAX_SNAPSHOT_CHARS, type PageResponse, parseMessage } from '../shared/messages';
import type { PageReport, PageStatus } from '../shared/report';
import { bareReport, reportFromAnalysis } from '../shared/report-from-analysis';
import { SETTINGS_KEY, type Settings, isSiteOff, loadSettings, parseSettings } from '../shared/settings';
import { Hider } from './hider';
import { extensionId, onMessage, onStorageChanged, sendMessage, storageSync } from './extension-api';
import { watchLateClutter } from './late-clutter';
import { looksArabic } from './precheck';

/** The benchmark reads these measures: the content script's main-thread time, task by task. */
export const MEASURE = 'naqi:task';

/** Set by the first line of the built content.js: when the browser began running the script. */
declare const NAQI_SCRIPT_START: number | undefined;
const scriptStart = typeof NAQI_SCRIPT_START === 'number' ? NAQI_SCRIPT_START : performance.now();

const host = location.hostname;
const hider = new Hider();
let report: PageReport = bareReport(document, 'working', host);
let analysis: ClutterAnalysis | null = null;
/** Every clutter element found on this page so far (late looks add to it), with its kind. */
const found = new Map<Element, ClutterKind>();
let revealed = false;
let session: AbortController | null = null;
let settings: Settings | null = null;

/** Runs one piece of work, timed, and turns any error into stepping aside. */
function task(name: string, work: () => void): void {
  const start = performance.now();
  try {
    work();
  } catch (error) {
    stepAside(error);
  } finally {
    performance.measure(MEASURE, { start, end: performance.now(), detail: name });
  }
}

function stepAside(error: unknown): void {
  session?.abort();
  hider.restoreAll();
  found.clear();
  analysis = null;
  report = bareReport(document, 'error', host);
  console.debug('Naqi stepped aside on this page:', error);
  notify();
}

function setStatus(status: PageStatus): void {
  report = bareReport(document, status, host);
  notify();
}

/** Tells the background how many items are hidden, for the toolbar badge. */
function notify(): void {
  const hiddenCount = revealed ? 0 : hider.size;
  const message: Message = { type: 'naqi:report-changed', hiddenCount, active: report.status === 'article' };
  sendMessage(message);
}

/** Analyses the page and, on an article, hides what is new since the last look. */
function look(): void {
  // Only the verdict and the clutter: the popup reads text, sources and tags itself.
  analysis = analyzeClutter(document, { url: location.href });
  if (analysis.isArticle) for (const c of analysis.clutter) if (!found.has(c.element)) found.set(c.element, c.kind);
  report = withFound(reportFromAnalysis(analysis, host, revealed));
  if (!analysis.isArticle) return;
  // Hiding waits for the next frame, so the analysis and the style changes are separate tasks.
  nextFrame(() => task('hide', hideFound));
}

/** The next animation frame, or a short timeout in a background tab where frames pause. */
function nextFrame(work: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(once);
  setTimeout(once, 100);
}

/** A copy of an article page as shown now (clutter hidden), for the popup to read. */
function snapshot(): PageResponse {
  if (report.status !== 'article') return { ok: false };
  let html = '';
  task('snapshot', () => {
    html = document.documentElement.outerHTML;
  });
  return html.length <= MAX_SNAPSHOT_CHARS ? { ok: true, page: { html, url: location.href } } : { ok: false };
}

function hideFound(): void {
  if (!revealed) for (const el of found.keys()) hider.hide(el);
  notify();
}

/** The report counts everything found on the page, not only the last look's findings. */
function withFound(base: PageReport): PageReport {
  const byKind: Record<string, number> = {};
  for (const kind of found.values()) byKind[kind] = (byKind[kind] ?? 0) + 1;
  return { ...base, clutterCount: found.size, clutterByKind: byKind };
}

function start(): void {
  session?.abort();
  const current = new AbortController();
  session = current;
  if (!settings?.enabled) return setStatus('off');
  if (isSiteOff(settings, host)) return setStatus('site-off');
  let arabic = false;
  task('precheck', () => {
    arabic = looksArabic(document);
  });
  if (!arabic) return setStatus('not-arabic');
  report = bareReport(document, 'working', host);
  whenIdle(() => {
    if (current.signal.aborted) return;
    task('analyze', look);
    if (analysis?.isArticle && !current.signal.aborted) {
      watchLateClutter(document, () => task('late', look), current.signal);
    } else notify();
  });
}

function stop(status: PageStatus): void {
  session?.abort();
  hider.restoreAll();
  found.clear();
  analysis = null;
  setStatus(status);
}

function setRevealed(value: boolean): void {
  revealed = value;
  if (value) hider.restoreAll();
  report = { ...report, revealed };
  hideFound();
}

function applySettings(next: Settings): void {
  settings = next;
  if (!next.enabled) stop('off');
  else if (isSiteOff(next, host)) stop('site-off');
  else if (report.status === 'off' || report.status === 'site-off' || report.status === 'working') start();
}

function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 0);
}

onMessage((raw, sender) => {
  // Only our own popup and background can reach this listener; check anyway, and check the shape.
  if (sender.id !== extensionId()) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'naqi:get-report':
      return Promise.resolve({ ok: true, report: { ...report, revealed } });
    case 'naqi:get-page':
      return Promise.resolve(snapshot());
    case 'naqi:set-revealed':
      setRevealed(message.revealed);
      return Promise.resolve({ ok: true, report: { ...report, revealed } });
    case 'naqi:toggle-revealed':
      if (report.status === 'article') setRevealed(!revealed);
      return Promise.resolve({ ok: true, report: { ...report, revealed } });
    case 'naqi:settings-changed':
      return loadSettings(storageSync).then((s) => {
        applySettings(s);
        return { ok: true, report: { ...report, revealed } };
      });
    default:
      return undefined;
  }
});

onStorageChanged.addListener((changes, area) => {
  if (area === 'sync' && changes[SETTINGS_KEY]) applySettings(parseSettings(changes[SETTINGS_KEY].newValue));
});

void loadSettings(storageSync).then((s) => {
  settings = s;
  start();
});

// Running the script itself (its modules and the listeners above) is main-thread time too.
performance.measure(MEASURE, { start: scriptStart, end: performance.now(), detail: 'init' });
