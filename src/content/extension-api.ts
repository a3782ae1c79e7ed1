/**
 * The few extension APIs the content script uses, without webextension-polyfill.
 *
 * The content script is loaded on every page a person opens, so its size is paid
 * everywhere: the polyfill alone is ~10 KB minified, a fifth of the script. The calls
 * used here already return promises in both browsers' Manifest V3 (Firefox's `browser`,
 * Chrome's `chrome`); the one place they differ — answering a message asynchronously —
 * is written the way both accept: sendResponse, and `true` to keep the channel open.
 * The popup and background keep the polyfill. Types come from its declarations.
 */
import type { Browser, Runtime, Storage } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
const native = (scope.browser ?? scope.chrome)!;

export const extensionId = (): string => native.runtime.id;

export const storageSync: Pick<Storage.StorageArea, 'get'> = {
  get: (keys) => native.storage.sync.get(keys),
};

export const onStorageChanged = native.storage.onChanged;

/** Sends a message to the extension; a missing receiver (a sleeping background) is not an error. */
export function sendMessage(message: unknown): void {
  void Promise.resolve()
    .then(() => native.runtime.sendMessage(message))
    .catch(() => undefined);
}

/** Listens for messages; the handler answers with a promise, or `undefined` to stay silent. */
export function onMessage(handler: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void {
  native.runtime.onMessage.addListener(((message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void) => {
    const answer = handler(message, sender);
    if (!answer) return false;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  }) as Runtime.OnMessageListenerCallback);
}
