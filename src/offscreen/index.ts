/**
 * Chrome's offscreen document: the DOM that Chrome's service worker lacks. It reads the
 * copies of pages the background hands it (src/analysis/read-copy.ts) and nothing else;
 * messages from anywhere but the extension's own background are ignored.
 */
import { answerCopy } from '../copy/read';
import { parseMessage } from '../shared/messages';
import { extensionId, onMessage } from '../shared/runtime';

onMessage((raw, sender) => {
  if (sender.id !== extensionId() || sender.tab !== undefined) return undefined;
  const message = parseMessage(raw);
  if (message?.type !== 'naqi:offscreen-read') return undefined;
  return Promise.resolve(answerCopy(message.page));
});
