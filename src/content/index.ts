/**
 * The content script: a thin shell that hides what the engine finds, and does not
 * run the engine itself.
 *
 * On every http(s) page it first takes a cheap look (is this plausibly Arabic?) and
 * stops there for most pages. On an Arabic page, when the browser is idle, it takes a
 * copy of the page (native serialisation, a few milliseconds) and sends it to the
 * extension, where the engine reads it off the page's thread (src/copy). The answer
 * names the clutter; the script finds those elements item by item, hides them on the
 * next frame, and watches for clutter inserted later. It keeps the reading's details
 * (reading time, sources, tags) for the popup, follows the reader's settings, and never
 * throws into the page: any failure shows everything again and steps aside.
 *
 * The reader's own rules for the site win over the reading: boxes they showed stay shown,
 * boxes they picked are hidden (site-choices.ts). The reading settles what the early script
 * hid from memory (early.ts), and teaches the site memory what it confirmed.
 */
import { findReading } from '../copy/find';
import { COPY_IDLE_TIMEOUT_MS, type TakenCopy, takeCopy } from '../copy/take';
import { type CopyReading, type Message, type ReportResponse, parseCopyResponse, parseMessage } from '../shared/messages';
import type { ArticleDetails, PageReport, PageStatus } from '../shared/report';
import { bareReport, reportFromAnalysis } from '../shared/report-from-analysis';
import { extensionId, native, notify, onMessage, request } from '../shared/runtime';
import { SETTINGS_KEY, type Settings, isSiteOff, loadSettings, parseSettings, siteKey } from '../shared/settings';
import { emptyReaderRules, parseReaderRules, readerKey } from '../site-rules/memory';
import { onStorageChanged, storageSync } from './extension-api';
import { Hider } from './hider';
import { watchLateClutter } from './late-clutter';
import { makeLooker } from './looker';
import { WAIT_MEASURE, measureTask, scriptStart } from './measure';
import { startPicker } from './picker';
import { looksArabic } from './precheck';
import { SiteChoices } from './site-choices';

const started = scriptStart();

const host = location.hostname;
const site = siteKey(location.host);
const hider = new Hider();
let report: PageReport = bareReport(document, 'working', host);
/** Every item found on this page so far (late looks add to it), the reader's choices about them, and what the site memory learns. */
const choices = new SiteChoices(document);
/** Items the latest reading named that could not be found on the page for certain (left visible). */
let missed = 0;
/** The article's reading time, sources and tags, from the latest reading (what the popup shows). */
let details: ArticleDetails | null = null;
let revealed = false;
let session: AbortController | null = null;
let settings: Settings | null = null;

/** Depth of the task running now: work called from inside a task is part of that task. */
let inTask = 0;

/**
 * Runs one piece of work, timed, and turns any error into stepping aside (and
 * `undefined`). Every call the browser makes into this script goes through here (the
 * settings arriving, idle time, the next frame, an answer, a message, a mutation), so
 * the measures add up to all of the script's time on the page's thread.
 */
function task<T>(name: string, work: () => T): T | undefined {
  if (inTask) return work();
  const start = performance.now();
  inTask++;
  try {
    return work();
  } catch (error) {
    stepAside(error);
    return undefined;
  } finally {
    inTask--;
    measureTask(name, start);
  }
}

/** `work` as a callback the browser calls, timed as a task. */
const asTask =
  <A extends unknown[]>(name: string, work: (...args: A) => void) =>
  (...args: A): void => {
    task(name, () => work(...args));
  };

function stepAside(error: unknown): void {
  session?.abort();
  hider.restoreAll();
  choices.clear();
  details = null;
  report = bareReport(document, 'error', host);
  console.debug('Naqi stepped aside on this page:', error);
  tellBackground();
}

function setStatus(status: PageStatus): void {
  setReport(bareReport(document, status, host));
}

function setReport(next: PageReport): void {
  report = next;
  tellBackground();
}

/** What the badge shows now: a new page starts with none (the browser clears a tab's badge when it navigates). */
let told = { hiddenCount: 0, active: false };

/**
 * Tells the background how many items are hidden, for the toolbar badge, when that changed,
 * with what the reading taught the site memory, in one message (most pages never send).
 */
function tellBackground(): void {
  const now = { hiddenCount: revealed ? 0 : hider.size, active: report.status === 'article' };
  const lesson = choices.takeLesson();
  if (!lesson && now.hiddenCount === told.hiddenCount && now.active === told.active) return;
  told = now;
  notify({ type: 'naqi:report-changed', ...now, ...(lesson ? { lesson } : {}) } satisfies Message);
}

/** One look at the page (looker.ts): a copy goes to be read off the page, the answer's clutter is hidden. */
function looker(signal: AbortSignal, onFirstReading: (reading: CopyReading) => void): (name: string) => void {
  return makeLooker<TakenCopy, CopyReading>(signal, {
    take: (name) => task(name, () => takeCopy(document, location.href)),
    send(copy, name, answer) {
      const sent = performance.now();
      void request({ type: 'naqi:read-copy', page: copy.page } satisfies Message).then(
        asTask('answer', (raw: unknown) => {
          const reading = parseCopyResponse(raw);
          performance.measure(WAIT_MEASURE, { start: sent, end: performance.now(), detail: { task: name, readingMs: reading?.ms ?? null } });
          answer(reading);
        }),
      );
    },
    noCopy: () => setStatus('not-article'),
    noReading: () => stepAside(new Error('no reading of the page copy')),
    reading(reading, copy) {
      if (reading.isArticle) nextFrame(() => task('hide', () => hideReading(reading, copy)));
      else {
        choices.settleNotArticle();
        hideFound();
        setReport(reportFromAnalysis(reading, host, revealed));
      }
    },
    first: onFirstReading,
  });
}

/** Hiding runs in its own task, on the frame after the answer: the report says "article" from then on. */
function hideReading(reading: CopyReading, copy: TakenCopy): void {
  const result = findReading(reading, copy.body);
  choices.addReading(result.found, result.body);
  // Each reading reads the whole page: its count of items not found replaces the last one.
  missed = result.missed;
  details = reading.details;
  report = reportFromAnalysis(reading, host, revealed);
  hideFound();
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

/** Hides every item not shown by the reader (and shows those they showed), in one task: no frame sees the early stylesheet gone and the items not yet hidden. */
function hideFound(): void {
  for (const item of choices.items) {
    if (revealed || item.shown) hider.restore(item.el);
    else hider.hide(item.el);
  }
  choices.dropEarly();
  tellBackground();
}

/** The report counts everything found on the page, not only the last look's findings, and what could not be found (made when asked: only the popup reads it). */
function withFound(base: PageReport): PageReport {
  const byKind: Record<string, number> = {};
  for (const item of choices.items) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  return { ...base, clutterCount: choices.items.length + missed, unmatched: missed, clutterByKind: byKind, items: choices.listed() };
}

/** The answer to the popup's messages: the report, and the article's details from the same reading. */
const answer = (): ReportResponse => ({ ok: true, report: { ...withFound(report), revealed }, details: report.status === 'article' ? details : null });

function start(): void {
  session?.abort();
  const current = new AbortController();
  session = current;
  if (!settings?.enabled) return setStatus('off');
  if (isSiteOff(settings, host)) return setStatus('site-off');
  if (!looksArabic(document)) {
    // Nothing was found here: only the early stylesheet, if any, goes (one message to the background, not two).
    choices.settleNotArticle();
    return setStatus('not-arabic');
  }
  report = bareReport(document, 'working', host);
  const look = looker(current.signal, (reading) => {
    if (reading.isArticle) watchLateClutter(document, () => look('late'), current.signal, asTask);
  });
  whenIdle(
    asTask('copy', () => {
      if (!current.signal.aborted) look('copy');
    }),
  );
}

function stop(status: PageStatus): void {
  session?.abort();
  hider.restoreAll();
  choices.clear();
  missed = 0;
  details = null;
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
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: COPY_IDLE_TIMEOUT_MS });
  else setTimeout(work, 0);
}

onMessage((raw, sender) => task('message', () => answerMessage(raw, sender)));

function answerMessage(raw: unknown, sender: { id?: string }): Promise<unknown> | undefined {
  // Only our own popup and background can reach this listener; check anyway, and check the shape.
  if (sender.id !== extensionId()) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'naqi:get-report':
      return Promise.resolve(answer());
    case 'naqi:set-revealed':
      setRevealed(message.revealed);
      return Promise.resolve(answer());
    case 'naqi:toggle-revealed':
      if (report.status === 'article') setRevealed(!revealed);
      return Promise.resolve(answer());
    case 'naqi:set-item':
      return choices.setShown(message.index, message.shown).then((changed) => task('settings', () => {
        if (changed) hideFound();
        return answer();
      }));
    case 'naqi:start-picker':
      return Promise.resolve(pick() ? answer() : undefined);
    case 'naqi:settings-changed':
      return loadSettings(storageSync).then((s) => task('settings', () => {
        applySettings(s);
        return answer();
      }));
    default:
      return undefined;
  }
}

/** Starts the picker on a page Naqi acts on; false where it does not (off, not Arabic). */
function pick(): boolean {
  if (!session || session.signal.aborted || !['article', 'not-article', 'working'].includes(report.status)) return false;
  const signal = session.signal;
  startPicker(
    document,
    {
      body: choices.body,
      kindOf: (el) => choices.kindOf(el),
      onPick: asTask('pick', (el: Element) => {
        choices.pick(el);
        hideFound();
      }),
      onClose: () => undefined,
      message: (key, substitutions) => native.i18n.getMessage(key, substitutions) || key,
      rtl: report.dir === 'rtl' || document.documentElement.dir === 'rtl',
    },
    signal,
  );
  return true;
}

/** The reader's rules for this site (read with the settings, and again when they change). */
function setReaderRules(raw: unknown): void {
  choices.setReaderRules(parseReaderRules(raw) ?? emptyReaderRules(), settings?.memory ?? true);
  if (report.status === 'article') hideFound();
}

onStorageChanged(
  asTask('settings', (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync') return;
    if (changes[SETTINGS_KEY]) applySettings(parseSettings(changes[SETTINGS_KEY].newValue));
    if (changes[readerKey(site)]) setReaderRules(changes[readerKey(site)]!.newValue);
  }),
);

// One read of storage for the settings and the site's rules (each extension API call costs the page's thread).
void storageSync
  .get([SETTINGS_KEY, readerKey(site)])
  .catch(() => ({}) as Record<string, unknown>)
  .then(
    asTask('start', (stored: Record<string, unknown>) => {
      settings = parseSettings(stored[SETTINGS_KEY]);
      setReaderRules(stored[readerKey(site)]);
      start();
    }),
  );

// Running the script itself (its modules and the listeners above) is main-thread time too.
measureTask('init', started);
