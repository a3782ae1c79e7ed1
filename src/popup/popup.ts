/**
 * The popup: asks the active tab's content script for its report, shows it, and
 * turns the switches into messages and settings.
 */
import browser from 'webextension-polyfill';
import type { Message } from '../shared/messages';
import { type PageReport, parsePageReport } from '../shared/report';
import { loadSettings, saveSettings, withSite } from '../shared/settings';
import { localize, t, uiLocale } from './i18n';
import { fillChips, hiddenSummary, readingTime, sourceChip, tagChip } from './render';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
let tabId: number | undefined;
let current: PageReport | null = null;

/** Tests open the popup as a tab and name the page's tab with ?tabId=N. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d{1,10}$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function ask(message: Message): Promise<PageReport | null> {
  if (tabId === undefined) return null;
  try {
    const response: unknown = await browser.tabs.sendMessage(tabId, message);
    return response && typeof response === 'object' ? parsePageReport((response as { report?: unknown }).report) : null;
  } catch {
    // No content script in this tab (yet, or ever: browser pages, the store).
    return null;
  }
}

/** The content script may still be reading the page: ask a few times before giving up. */
async function fetchReport(): Promise<PageReport | null> {
  for (let attempt = 0; attempt < 6; attempt++) {
    const report = await ask({ type: 'naqi:get-report' });
    if (report && report.status !== 'working') return report;
    if (report) showStatus('working', t('statusWorking'));
    await new Promise((resolve) => setTimeout(resolve, 150 * (attempt + 1)));
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
  current = report;
  const locale = uiLocale();
  showStatus(report.status, t(STATUS_TEXT[report.status]));
  const article = report.status === 'article';
  $('article').hidden = !article;
  $('facts').hidden = false;
  $('fact-title').textContent = report.title;
  $('fact-lang').textContent = report.lang || '—';
  $('fact-dir').textContent = t(report.dir === 'rtl' ? 'dirRtl' : 'dirLtr');
  if (article) {
    $('reading').textContent = readingTime(report.textLength, locale, t);
    fillChips($('sources'), report.sources, (s) => sourceChip(document, s, t), t('noSources'));
    fillChips($('tags'), report.tags, (tag) => tagChip(document, tag), t('noTags'));
    $('clutter').textContent = hiddenSummary(report, locale, t);
    const show = $<HTMLInputElement>('show-hidden');
    show.checked = report.revealed;
    show.disabled = report.clutterCount === 0;
  }
  const siteSwitch = $('site-switch');
  siteSwitch.hidden = !report.host;
  $('site-name').textContent = report.host;
  $<HTMLInputElement>('site-off').checked = report.status === 'site-off';
  $<HTMLInputElement>('enabled').checked = report.status !== 'off';
}

function renderUnsupported(): void {
  current = null;
  showStatus('unsupported', t('statusUnsupported'), t('statusUnsupportedDetail'));
  $('article').hidden = true;
  $('facts').hidden = true;
  $('site-switch').hidden = true;
}

async function refresh(): Promise<void> {
  const report = await fetchReport();
  if (report) render(report);
  else renderUnsupported();
}

/** After a settings change the content script needs a moment: ask again until the status moves. */
async function refreshAfterChange(previous: PageReport['status'] | undefined): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const report = await ask({ type: 'naqi:get-report' });
    if (report && report.status !== previous && report.status !== 'working') return render(report);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await refresh();
}

function wire(): void {
  $<HTMLInputElement>('show-hidden').addEventListener('change', async (event) => {
    const revealed = (event.target as HTMLInputElement).checked;
    const report = await ask({ type: 'naqi:set-revealed', revealed });
    if (report) render(report);
  });
  $<HTMLInputElement>('site-off').addEventListener('change', async (event) => {
    if (!current?.host) return;
    const off = (event.target as HTMLInputElement).checked;
    const previous = current.status;
    await saveSettings(withSite(await loadSettings(), current.host, off));
    await refreshAfterChange(previous);
  });
  $<HTMLInputElement>('enabled').addEventListener('change', async (event) => {
    const enabled = (event.target as HTMLInputElement).checked;
    const previous = current?.status;
    await saveSettings({ ...(await loadSettings()), enabled });
    await refreshAfterChange(previous);
  });
}

async function showShortcut(): Promise<void> {
  try {
    const commands = await browser.commands.getAll();
    const shortcut = commands.find((c) => c.name === 'toggle-cleaning')?.shortcut;
    if (shortcut) $('shortcut').textContent = t('shortcutHint', shortcut);
  } catch {
    // No commands API (some Firefox builds in tests): no hint.
  }
}

async function main(): Promise<void> {
  localize(document);
  showStatus('working', t('statusWorking'));
  wire();
  void showShortcut();
  tabId = await targetTabId();
  await refresh();
}

void main();
