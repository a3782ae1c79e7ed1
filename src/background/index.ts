/**
 * The background script (Chrome's service worker, Firefox's event page): keeps the
 * toolbar badge in step with what the content script of each tab hid, and turns
 * the keyboard shortcut into a message to the active tab.
 */
import browser from 'webextension-polyfill';
import { type Message, parseMessage } from '../shared/messages';

const BADGE_COLOR = '#0f766e';

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  const tabId = sender.tab?.id;
  if (!message || tabId === undefined) return undefined;
  if (message.type === 'naqi:report-changed') {
    const text = message.active && message.hiddenCount > 0 ? String(Math.min(message.hiddenCount, 999)) : '';
    return Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    ]).then(() => undefined, () => undefined);
  }
  return undefined;
});

browser.commands.onCommand.addListener((command: string) => {
  if (command !== 'toggle-cleaning') return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id === undefined) return;
    const message: Message = { type: 'naqi:toggle-revealed' };
    return browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
