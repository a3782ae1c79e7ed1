/**
 * The popup: asks the active tab's content script for its report and shows it.
 * Everything from the page is written with textContent only.
 */
import browser from 'webextension-polyfill';
import type { Message } from '../shared/messages';
import { type PageReport, parsePageReport } from '../shared/report';
import { localize, t } from './i18n';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Tests open the popup as a tab and name the page's tab with ?tabId=N. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d{1,10}$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The content script may still be starting: ask a few times before giving up. */
async function fetchReport(tabId: number): Promise<PageReport | null> {
  const request: Message = { type: 'naqi:get-report' };
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const response: unknown = await browser.tabs.sendMessage(tabId, request);
      const report = response && typeof response === 'object' ? parsePageReport((response as { report?: unknown }).report) : null;
      if (report && report.status !== 'working') return report;
      if (report) showStatus('working', t('statusWorking'));
    } catch {
      // No content script in this tab (yet, or ever: browser pages, the store).
    }
    await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
  }
  return null;
}

function showStatus(state: string, text: string, detail?: string): void {
  const status = $('status');
  status.dataset.state = state;
  status.textContent = text;
  const detailEl = $('status-detail');
  detailEl.hidden = !detail;
  detailEl.textContent = detail ?? '';
}

const STATUS_TEXT: Record<PageReport['status'], string> = {
  working: 'statusWorking',
  article: 'statusArticle',
  'not-article': 'statusNotArticle',
  'not-arabic': 'statusNotArabic',
  'site-off': 'statusSiteOff',
  off: 'statusOff',
  error: 'statusError',
};

function render(report: PageReport): void {
  showStatus(report.status, t(STATUS_TEXT[report.status]));
  $('facts').hidden = false;
  $('fact-title').textContent = report.title;
  $('fact-lang').textContent = report.lang || '—';
  $('fact-dir').textContent = t(report.dir === 'rtl' ? 'dirRtl' : 'dirLtr');
  const clutter = $('clutter');
  clutter.hidden = report.status !== 'article';
  clutter.textContent = report.clutterCount ? t('clutterCount', String(report.clutterCount)) : t('clutterNone');
}

async function main(): Promise<void> {
  localize(document);
  showStatus('working', t('statusWorking'));
  const tabId = await targetTabId();
  const report = tabId === undefined ? null : await fetchReport(tabId);
  if (report) render(report);
  else showStatus('unsupported', t('statusUnsupported'), t('statusUnsupportedDetail'));
}

void main();
