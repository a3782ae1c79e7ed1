/**
 * The popup: asks the active tab's content script for its report and the article's
 * details (from the same reading of the page that hid its clutter: the popup never
 * parses a page), shows them, and turns the switches into messages and settings.
 */
import browser from 'webextension-polyfill';
import type { Message } from '../shared/messages';
import { type ArticleDetails, type PageReport, parseArticleDetails, parsePageReport } from '../shared/report';
import { loadSettings, saveSettings, withSite } from '../shared/settings';
import { localize, t, uiLocale } from '../shared/i18n';
import { fillChips, hiddenSummary, itemRow, readingTime, sourceChip, tagChip } from './render';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
let tabId: number | undefined;
let current: PageReport | null = null;

/** The benchmark reads this mark: when the chips were shown, counted from the popup's opening. */
export const CHIPS_MARK = 'naqi:chips';

/** The content script's answer: its report, and the article's details when the page is one. */
interface Answer {
  report: PageReport;
  details: ArticleDetails | null;
}

/** Tests open the popup as a tab and name the page's tab with ?tabId=N. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d{1,10}$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function ask(message: Message): Promise<Answer | null> {
  if (tabId === undefined) return null;
  try {
    const response: unknown = await browser.tabs.sendMessage(tabId, message);
    if (!response || typeof response !== 'object') return null;
    const { report: rawReport, details: rawDetails } = response as { report?: unknown; details?: unknown };
    const report = parsePageReport(rawReport);
    return report ? { report, details: rawDetails == null ? null : parseArticleDetails(rawDetails) } : null;
  } catch {
    // No content script in this tab (yet, or ever: browser pages, the store).
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
async function fetchReport(): Promise<Answer | null> {
  const deadline = Date.now() + FIRST_ANSWER_MS;
  for (;;) {
    const answer = await ask({ type: 'naqi:get-report' });
    if (answer) return answer;
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

function render({ report, details }: Answer): void {
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
    show.disabled = report.clutterCount - report.unmatched === 0;
    $('items').replaceChildren(...report.items.map((item, i) => itemRow(document, item, i, t)));
  }
  $('pick').hidden = !(article || report.status === 'not-article');
  const siteSwitch = $('site-switch');
  siteSwitch.hidden = !report.host;
  $('site-name').textContent = report.host;
  $<HTMLInputElement>('site-off').checked = report.status === 'site-off';
  $<HTMLInputElement>('enabled').checked = report.status !== 'off';
}

/** Reading time and chips: a busy placeholder until the page has been read. */
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
  if (!performance.getEntriesByName(CHIPS_MARK).length) performance.mark(CHIPS_MARK);
}

function renderUnsupported(): void {
  current = null;
  showStatus('unsupported', t('statusUnsupported'), t('statusUnsupportedDetail'));
  $('article').hidden = true;
  $('facts').hidden = true;
  $('site-switch').hidden = true;
  $('pick').hidden = true;
}

let pollTimer: ReturnType<typeof setTimeout> | undefined;

async function refresh(): Promise<void> {
  clearTimeout(pollTimer);
  const answer = await fetchReport();
  if (!answer) return renderUnsupported();
  render(answer);
  // Still reading, or an article whose details have not come back yet: ask again shortly.
  if (answer.report.status === 'working' || (answer.report.status === 'article' && !answer.details)) pollTimer = setTimeout(() => void refresh(), POLL_MS);
}

/** Tells the page's content script the settings changed (it also hears it from storage), then shows its answer. */
async function refreshSoon(): Promise<void> {
  clearTimeout(pollTimer);
  const answer = await ask({ type: 'naqi:settings-changed' });
  if (!answer) return refresh();
  render(answer);
  if (answer.report.status === 'working') pollTimer = setTimeout(() => void refresh(), POLL_MS);
}

function wire(): void {
  // One listener for every item's switch: showing an item is remembered for the site.
  $('items').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const index = Number(input.dataset.index);
    if (!Number.isInteger(index)) return;
    const answer = await ask({ type: 'naqi:set-item', index, shown: input.checked });
    if (answer) render(answer);
  });
  $('pick').addEventListener('click', async () => {
    await ask({ type: 'naqi:start-picker' });
    // The picker is on the page: the popup gets out of the way (a phone's popup tab stays; its page is one tap back).
    window.close();
  });
  $('options').addEventListener('click', () => void browser.runtime.openOptionsPage().then(() => window.close()));
  $<HTMLInputElement>('show-hidden').addEventListener('change', async (event) => {
    const revealed = (event.target as HTMLInputElement).checked;
    const answer = await ask({ type: 'naqi:set-revealed', revealed });
    if (answer) render(answer);
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
  tabId = await targetTabId();
  const shown = refresh();
  // After the page's report is asked for: the shortcut hint is not worth delaying the chips.
  void showShortcut();
  await shown;
}

void main();
