/**
 * The popup: asks the active tab's content script for its report, shows it, and
 * turns the switches into messages and settings.
 */
import browser from 'webextension-polyfill';
import { type Message, parsePageResponse } from '../shared/messages';
import { type ArticleDetails, type PageReport, parsePageReport } from '../shared/report';
import { loadSettings, saveSettings, withSite } from '../shared/settings';
import { readDetails } from './details';
import { localize, t, uiLocale } from './i18n';
import { fillChips, hiddenSummary, readingTime, sourceChip, tagChip } from './render';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
let tabId: number | undefined;
let current: PageReport | null = null;
/** The article's text length, sources and tags, read once from a copy of the page. */
let details: ArticleDetails | null = null;

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

/** Reads the article's details from a copy of the page; `null` when there is none to read. */
async function fetchDetails(): Promise<ArticleDetails | null> {
  if (tabId === undefined) return null;
  try {
    const snapshot = parsePageResponse(await browser.tabs.sendMessage(tabId, { type: 'naqi:get-page' } satisfies Message));
    return snapshot ? readDetails(snapshot) : null;
  } catch {
    return null;
  }
}

/** How long the popup waits for a content script that has not answered at all. */
const FIRST_ANSWER_MS = 2500;
/** While the page is still being read, the popup asks again this often. */
const POLL_MS = 200;

/**
 * The report, once the content script answers. No answer at all within a moment
 * means the page is one Naqi cannot run on; an answer of "working" is shown as
 * such and asked again until the page is read.
 */
async function fetchReport(): Promise<PageReport | null> {
  const deadline = Date.now() + FIRST_ANSWER_MS;
  for (;;) {
    const report = await ask({ type: 'naqi:get-report' });
    if (report) return report;
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
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
    renderDetails(details);
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

/** Reading time and chips: a busy placeholder until the copy of the page is read. */
function renderDetails(read: ArticleDetails | null): void {
  const section = $('article');
  if (!read) {
    section.setAttribute('aria-busy', 'true');
    $('reading').textContent = t('statusWorking');
    for (const id of ['sources', 'tags']) $(id).replaceChildren();
    return;
  }
  section.removeAttribute('aria-busy');
  $('reading').textContent = read.textLength ? readingTime(read.textLength, uiLocale(), t) : '';
  fillChips($('sources'), read.sources, (s) => sourceChip(document, s, t), t('noSources'));
  fillChips($('tags'), read.tags, (tag) => tagChip(document, tag), t('noTags'));
}

function renderUnsupported(): void {
  current = null;
  showStatus('unsupported', t('statusUnsupported'), t('statusUnsupportedDetail'));
  $('article').hidden = true;
  $('facts').hidden = true;
  $('site-switch').hidden = true;
}

let pollTimer: ReturnType<typeof setTimeout> | undefined;

async function refresh(): Promise<void> {
  clearTimeout(pollTimer);
  const report = await fetchReport();
  if (!report) return renderUnsupported();
  render(report);
  if (report.status === 'working') pollTimer = setTimeout(() => void refresh(), POLL_MS);
  if (report.status === 'article' && !details) {
    details = (await fetchDetails()) ?? { sources: [], tags: [], textLength: 0 };
    if (current?.status === 'article') renderDetails(details);
  }
}

/** Tells the page's content script the settings changed (it also hears it from storage), then shows its answer. */
async function refreshSoon(): Promise<void> {
  clearTimeout(pollTimer);
  const report = await ask({ type: 'naqi:settings-changed' });
  if (!report) return refresh();
  render(report);
  if (report.status === 'working') pollTimer = setTimeout(() => void refresh(), POLL_MS);
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
    await saveSettings(browser.storage.sync, withSite(await loadSettings(browser.storage.sync), current.host, off));
    await refreshSoon();
  });
  $<HTMLInputElement>('enabled').addEventListener('change', async (event) => {
    const enabled = (event.target as HTMLInputElement).checked;
    await saveSettings(browser.storage.sync, { ...(await loadSettings(browser.storage.sync)), enabled });
    await refreshSoon();
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
