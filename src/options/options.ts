/**
 * The options page: the sites Naqi keeps rules for (learned, and the reader's own), each
 * rule removable; site memory on or off; export and import of every rule as one JSON file
 * (validated whole: a bad file changes nothing); reset. Everything stays in the browser.
 * Rules and selectors are shown with textContent only.
 */
import browser from 'webextension-polyfill';
import { localize, t, uiLocale } from '../shared/i18n';
import { SETTINGS_KEY, type Settings, loadSettings, parseSettings, saveSettings } from '../shared/settings';
import { type Backup, MAX_BACKUP_BYTES, makeBackup, parseBackup } from '../site-rules/backup';
import {
  MEMORY_INDEX_KEY,
  MEMORY_PREFIX,
  MIN_PAGES,
  READER_PREFIX,
  type ReaderRules,
  type SiteMemory,
  memoryKey,
  parseReaderRules,
  parseSiteMemory,
  readerKey,
} from '../site-rules/memory';
import { type SiteRule, sameRule } from '../site-rules/selector';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Every site's reader rules and memory, as stored (what does not parse is left out). */
async function readAll(): Promise<Backup> {
  const [sync, local, settings] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null), loadSettings(browser.storage.sync)]);
  const reader: Record<string, ReaderRules> = {};
  for (const [key, value] of Object.entries(sync)) {
    const rules = key.startsWith(READER_PREFIX) ? parseReaderRules(value) : null;
    if (rules) reader[key.slice(READER_PREFIX.length)] = rules;
  }
  const memory: Record<string, SiteMemory> = {};
  for (const [key, value] of Object.entries(local)) {
    const site = key.startsWith(MEMORY_PREFIX) ? parseSiteMemory(value) : null;
    if (site) memory[key.slice(MEMORY_PREFIX.length)] = site;
  }
  return makeBackup(settings, reader, memory);
}

/** Replaces everything stored with the backup (reset is the empty backup). */
async function writeAll(backup: Backup): Promise<void> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null)]);
  await browser.storage.sync.remove(Object.keys(sync).filter((k) => k.startsWith(READER_PREFIX)));
  await browser.storage.local.remove(Object.keys(local).filter((k) => k.startsWith(MEMORY_PREFIX) || k === MEMORY_INDEX_KEY));
  await saveSettings(browser.storage.sync, backup.settings);
  const readerItems = Object.fromEntries(Object.entries(backup.reader).map(([site, rules]) => [readerKey(site), rules]));
  if (Object.keys(readerItems).length) await browser.storage.sync.set(readerItems);
  const now = Date.now();
  const memoryItems: Record<string, unknown> = Object.fromEntries(Object.entries(backup.memory).map(([site, m]) => [memoryKey(site), m]));
  memoryItems[MEMORY_INDEX_KEY] = Object.fromEntries(Object.keys(backup.memory).map((site) => [site, now]));
  await browser.storage.local.set(memoryItems);
}

function say(key: string, state: 'ok' | 'error' = 'ok', substitutions?: string[]): void {
  const message = $('message');
  message.dataset.state = state;
  message.textContent = t(key, substitutions);
}

const kindName = (kind: string): string => t(`clutter_${kind.replace(/-/g, '_')}`);

function ruleRow(rule: SiteRule, what: string, remove: () => Promise<void>): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'rule';
  const text = document.createElement('span');
  text.className = 'rule-what';
  const kind = document.createElement('span');
  kind.className = 'rule-kind';
  kind.textContent = what;
  const code = document.createElement('code');
  code.dir = 'ltr';
  code.textContent = rule.selector;
  text.append(kind, document.createTextNode(' '), code);
  if (rule.label) {
    const label = document.createElement('bdi');
    label.textContent = ` «${rule.label}»`;
    text.append(label);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('optionsRemove');
  button.addEventListener('click', () => void remove().then(render));
  li.append(text, button);
  return li;
}

/** "seen on one page" (not remembered yet), or how many pages, in the locale's plural ("صفحتين"). */
function pagesSeen(pages: number, number: Intl.NumberFormat): string {
  if (pages < MIN_PAGES) return t('optionsSeenOnce');
  return new Intl.PluralRules(uiLocale()).select(pages) === 'two' ? t('optionsPages_two') : t('optionsPages_other', [number.format(pages)]);
}

async function removeReaderRule(site: string, list: keyof ReaderRules, rule: SiteRule): Promise<void> {
  const key = readerKey(site);
  const rules = parseReaderRules((await browser.storage.sync.get(key))[key]);
  if (!rules) return;
  const next = { ...rules, [list]: rules[list].filter((r) => !sameRule(r, rule)) };
  if (next.hide.length || next.show.length) await browser.storage.sync.set({ [key]: next });
  else await browser.storage.sync.remove(key);
}

async function removeLearnedRule(site: string, rule: SiteRule): Promise<void> {
  const key = memoryKey(site);
  const memory = parseSiteMemory((await browser.storage.local.get(key))[key]);
  if (memory) await browser.storage.local.set({ [key]: { ...memory, rules: memory.rules.filter((r) => !sameRule(r, rule)) } });
}

async function render(): Promise<void> {
  const all = await readAll();
  $<HTMLInputElement>('memory').checked = all.settings.memory;
  const sites = [...new Set([...Object.keys(all.reader), ...Object.keys(all.memory)])]
    .filter((site) => (all.reader[site]?.hide.length ?? 0) + (all.reader[site]?.show.length ?? 0) + (all.memory[site]?.rules.length ?? 0) > 0)
    .sort((a, b) => a.localeCompare(b));
  const container = $('sites');
  container.replaceChildren();
  $('no-sites').hidden = sites.length > 0;
  const number = new Intl.NumberFormat(uiLocale());
  for (const site of sites) {
    const section = document.createElement('section');
    section.className = 'site';
    section.dataset.site = site;
    const head = document.createElement('div');
    head.className = 'site-head';
    const h3 = document.createElement('h3');
    const name = document.createElement('bdi');
    name.textContent = site;
    h3.append(name);
    const removeSite = document.createElement('button');
    removeSite.type = 'button';
    removeSite.textContent = t('optionsRemoveSite');
    removeSite.addEventListener('click', () => void Promise.all([browser.storage.sync.remove(readerKey(site)), browser.storage.local.remove(memoryKey(site))]).then(render));
    head.append(h3, removeSite);
    const list = document.createElement('ul');
    list.className = 'rules';
    for (const rule of all.reader[site]?.hide ?? []) list.append(ruleRow(rule, t('optionsHide'), () => removeReaderRule(site, 'hide', rule)));
    for (const rule of all.reader[site]?.show ?? []) list.append(ruleRow(rule, t('optionsShow'), () => removeReaderRule(site, 'show', rule)));
    for (const rule of all.memory[site]?.rules ?? []) {
      const what = `${t('optionsLearned')} · ${kindName(rule.kind)} · ${pagesSeen(rule.pages.length, number)}`;
      list.append(ruleRow(rule, what, () => removeLearnedRule(site, rule)));
    }
    section.append(head, list);
    container.append(section);
  }
}

/** The export: every rule and the settings, as the rules file. */
async function exportText(): Promise<string> {
  return `${JSON.stringify(await readAll(), null, 2)}\n`;
}

function wire(): void {
  $<HTMLInputElement>('memory').addEventListener('change', async (event) => {
    const memory = (event.target as HTMLInputElement).checked;
    const settings: Settings = { ...(await loadSettings(browser.storage.sync)), memory };
    await saveSettings(browser.storage.sync, settings);
  });
  // The file is made here and saved by the browser's own download (nothing leaves the browser).
  $('export').addEventListener('click', async () => {
    const link = $<HTMLAnchorElement>('export-link');
    if (link.href) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([await exportText()], { type: 'application/json' }));
    link.click();
  });
  $<HTMLInputElement>('import').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const backup = file.size <= MAX_BACKUP_BYTES ? parseBackup(await file.text()) : null;
    if (!backup) return say('optionsImportBad', 'error');
    await writeAll(backup);
    await render();
    say('optionsImported', 'ok', [String(new Set([...Object.keys(backup.reader), ...Object.keys(backup.memory)]).size)]);
  });
  // Reset asks twice, on the page itself (a dialog would be lost on phones and in tests alike).
  const reset = $('reset');
  reset.addEventListener('click', async () => {
    if (reset.dataset.confirm !== 'yes') {
      reset.dataset.confirm = 'yes';
      reset.textContent = t('optionsResetConfirm');
      return;
    }
    delete reset.dataset.confirm;
    reset.textContent = t('optionsReset');
    await writeAll(makeBackup(parseSettings(undefined), {}, {}));
    await render();
    say('optionsResetDone');
  });
  browser.storage.onChanged.addListener((changes) => {
    if (Object.keys(changes).some((k) => k === SETTINGS_KEY || k.startsWith(READER_PREFIX) || k.startsWith(MEMORY_PREFIX))) void render();
  });
}

localize(document);
wire();
void render();
