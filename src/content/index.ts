/**
 * The content script: a thin shell around the engine.
 *
 * On every http(s) page it first takes a cheap look (is this plausibly Arabic?) and
 * stops there for most pages. On an Arabic page it analyses the document when the
 * browser is idle, hides the clutter in place on the next frame, and watches for
 * clutter inserted later. It answers the popup, follows the reader's settings, and
 * never throws into the page: any failure shows everything again and steps aside.
 */
import browser from 'webextension-polyfill';
import { analyze } from '../engine/analyze';
import type { Analysis, ClutterKind } from '../engine/types';
import { type Message, parseMessage } from '../shared/messages';
import type { PageReport, PageStatus } from '../shared/report';
import { bareReport, reportFromAnalysis } from '../shared/report-from-analysis';
import { SETTINGS_KEY, type Settings, isSiteOff, loadSettings, parseSettings } from '../shared/settings';
import { Hider } from './hider';
import { watchLateClutter } from './late-clutter';
import { looksArabic } from './precheck';

/** The benchmark reads these measures: the content script's main-thread time, task by task. */
export const MEASURE = 'naqi:task';

const host = location.hostname;
const hider = new Hider();
let report: PageReport = bareReport(document, 'working', host);
let analysis: Analysis | null = null;
/** Whether the current report carries the article's sources and tags. */
let detailed = false;
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
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Analyses the page and, on an article, hides what is new since the last look. */
function look(): void {
  // Sources and tags wait until the popup asks for them: page load stays cheap.
  analysis = analyze(document, { url: location.href, details: false });
  detailed = false;
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

/** Reads the sources and tags (on the page as it is shown now: clutter already hidden). */
function readDetails(): void {
  const full = analyze(document, { url: location.href });
  if (!full.isArticle) return;
  const { sources, tags } = reportFromAnalysis(full, host);
  report = { ...report, sources, tags };
  detailed = true;
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

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own popup and background can reach this listener; check anyway, and check the shape.
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'naqi:get-report':
      if (report.status === 'article' && !detailed) task('details', readDetails);
      return Promise.resolve({ ok: true, report: { ...report, revealed } });
    case 'naqi:set-revealed':
      setRevealed(message.revealed);
      return Promise.resolve({ ok: true, report: { ...report, revealed } });
    case 'naqi:toggle-revealed':
      if (report.status === 'article') setRevealed(!revealed);
      return Promise.resolve({ ok: true, report: { ...report, revealed } });
    case 'naqi:settings-changed':
      return loadSettings().then((s) => {
        applySettings(s);
        return { ok: true, report: { ...report, revealed } };
      });
    default:
      return undefined;
  }
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && changes[SETTINGS_KEY]) applySettings(parseSettings(changes[SETTINGS_KEY].newValue));
});

void loadSettings().then((s) => {
  settings = s;
  start();
});
