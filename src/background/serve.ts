/**
 * The background script, in both browsers (Chrome's service worker, chrome.ts;
 * Firefox's event page, firefox.ts): has the copies of pages that content scripts
 * send read off their pages' threads (each browser its own way), keeps the toolbar
 * badge in step with what the content script of each tab hid, keeps each site's rules
 * and memory (site-store.ts), and turns the keyboard shortcuts into messages to the
 * active tab.
 */
import browser from 'webextension-polyfill';
import { type Message, type PageSnapshot, parseMessage } from '../shared/messages';
import { recordReading, saveReaderRule } from './site-store';

const BADGE_COLOR = '#0f766e';

/** Reads a copy of a page; the answer is a CopyResponse, validated by the content script. */
export type CopyReader = (page: PageSnapshot) => Promise<unknown>;

export function serve(readCopy: CopyReader): void {
  browser.runtime.onMessage.addListener(onMessage(readCopy));
  // Firefox for Android has no keyboard, and no commands API: every action is a control there.
  (browser.commands as typeof browser.commands | undefined)?.onCommand.addListener(onCommand);
}

const onMessage = (readCopy: CopyReader) => (raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  const tabId = sender.tab?.id;
  if (!message || tabId === undefined) return undefined;
  if (message.type === 'naqi:read-copy') return readCopy(message.page);
  // The page's address as the browser knows it: rules are kept for the sender's own site.
  if (message.type === 'naqi:save-rule') return saveReaderRule(sender.url ?? '', message.list, message.rule).then(() => ({ ok: true }));
  if (message.type === 'naqi:report-changed') {
    const text = message.active && message.hiddenCount > 0 ? String(Math.min(message.hiddenCount, 999)) : '';
    const { lesson } = message;
    return Promise.all([
      browser.action.setBadgeText({ tabId, text }).catch(() => undefined),
      browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => undefined),
      lesson && recordReading(sender.url ?? '', lesson.article, lesson.confirmed, lesson.contradicted),
    ]).then(() => undefined);
  }
  return undefined;
};

const COMMANDS: Record<string, Message> = {
  'toggle-cleaning': { type: 'naqi:toggle-revealed' },
  'pick-element': { type: 'naqi:start-picker' },
};

function onCommand(command: string): void {
  const message = COMMANDS[command];
  if (!message) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id === undefined) return;
    return browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
}
