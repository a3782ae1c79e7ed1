/**
 * The one writer of site rules and site memory (src/site-rules/memory.ts): content
 * scripts of every tab send what they learned and what the reader chose, and the
 * background applies it in order, one change at a time, so two tabs of one site never
 * overwrite each other. The site and the page come from the sender's own address, as
 * the browser reports it, never from the message.
 */
import browser from 'webextension-polyfill';
import type { LearnedItem, RuleList } from '../shared/messages';
import { loadSettings, siteKey } from '../shared/settings';
import {
  MEMORY_INDEX_KEY,
  forget,
  learn,
  memoryKey,
  notArticleShape,
  pageKey,
  parseMemoryIndex,
  parseReaderRules,
  parseSiteMemory,
  pathShape,
  readerKey,
  touchSite,
  withReaderRule,
} from '../site-rules/memory';
import type { SiteRule } from '../site-rules/selector';

let queue: Promise<unknown> = Promise.resolve();
/** Runs changes one after another (a failed change does not stop the next). */
const serial = <T>(change: () => Promise<T>): Promise<T | undefined> => {
  const run = queue.then(change, change);
  queue = run.catch(() => undefined);
  return run.catch(() => undefined);
};

/** The site of a sender's page (host and port; "www." left out), or `null` for what is not an http(s) page. */
export function senderSite(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? siteKey(u.host) : null;
  } catch {
    return null;
  }
}

/** A reading of one of the site's pages: learn what it confirmed, forget what it contradicted. */
export function recordReading(url: string, article: boolean, confirmed: LearnedItem[], contradicted: SiteRule[]): Promise<unknown> {
  const site = senderSite(url);
  if (!site) return Promise.resolve();
  return serial(async () => {
    if (!(await loadSettings(browser.storage.sync)).memory) return;
    const key = memoryKey(site);
    const stored = parseSiteMemory((await browser.storage.local.get(key))[key]);
    if (!stored && !confirmed.length) return;
    let memory = forget(stored, contradicted);
    memory = article ? learn(memory, pageKey(url), pathShape(url), confirmed, Date.now()) : notArticleShape(memory, pathShape(url));
    const { index, dropped } = touchSite(parseMemoryIndex((await browser.storage.local.get(MEMORY_INDEX_KEY))[MEMORY_INDEX_KEY]), site, Date.now());
    await browser.storage.local.set({ [key]: memory, [MEMORY_INDEX_KEY]: index });
    if (dropped.length) await browser.storage.local.remove(dropped.map(memoryKey));
  });
}

/** The reader's choice about one box on the sender's site. Showing a box also makes the memory forget it. */
export function saveReaderRule(url: string, list: RuleList, rule: SiteRule): Promise<unknown> {
  const site = senderSite(url);
  if (!site) return Promise.resolve();
  return serial(async () => {
    const key = readerKey(site);
    const rules = withReaderRule(parseReaderRules((await browser.storage.sync.get(key))[key]), list, rule);
    if (rules.hide.length || rules.show.length) await browser.storage.sync.set({ [key]: rules });
    else await browser.storage.sync.remove(key);
    if (list === 'show') {
      const mkey = memoryKey(site);
      const memory = parseSiteMemory((await browser.storage.local.get(mkey))[mkey]);
      if (memory) await browser.storage.local.set({ [mkey]: forget(memory, [rule]) });
    }
  });
}
