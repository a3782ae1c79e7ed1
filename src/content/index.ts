/**
 * The content script: a thin shell around the engine. It reads the page once it
 * is idle, keeps the result, and answers the popup. It never throws into the page:
 * any failure turns Naqi off for this page and says so.
 */
import browser from 'webextension-polyfill';
import { analyze } from '../engine/analyze';
import { type Message, parseMessage } from '../shared/messages';
import type { PageReport } from '../shared/report';
import { bareReport, reportFromAnalysis } from '../shared/report-from-analysis';

/** Performance marks the benchmark reads to measure the content script's main-thread time. */
export const MARK_START = 'naqi:analyze:start';
export const MARK_END = 'naqi:analyze:end';
export const MEASURE = 'naqi:analyze';

let report: PageReport = bareReport(document, 'working');

function run(): void {
  try {
    performance.mark(MARK_START);
    const analysis = analyze(document, { url: location.href });
    report = reportFromAnalysis(analysis);
    performance.mark(MARK_END);
    performance.measure(MEASURE, MARK_START, MARK_END);
  } catch (error) {
    report = bareReport(document, 'error');
    console.debug('Naqi stepped aside on this page:', error);
  }
  void browser.runtime
    .sendMessage({ type: 'naqi:report-changed', hiddenCount: report.status === 'article' ? report.clutterCount : 0, active: report.status === 'article' } satisfies Message)
    .catch(() => undefined);
}

function answer(raw: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  // Only our own popup and background may ask; pages cannot reach this listener at all.
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'naqi:get-report':
      return Promise.resolve({ ok: true, report });
    default:
      return undefined;
  }
}

browser.runtime.onMessage.addListener(answer);
// Let the page finish its own work first; the analysis itself is one short task.
setTimeout(run, 0);
