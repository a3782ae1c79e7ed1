/**
 * Runtime messaging without webextension-polyfill, for the scripts where size is paid
 * on every page (the content script) or that only have the runtime API (Chrome's
 * offscreen document).
 *
 * The calls used here already return promises in both browsers' Manifest V3 (Firefox's
 * `browser`, Chrome's `chrome`); the one place they differ — answering a message
 * asynchronously — is written the way both accept: sendResponse, and `true` to keep the
 * channel open. Types come from the polyfill's declarations.
 */
import type { Browser, Runtime } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
export const native = (scope.browser ?? scope.chrome)!;

export const extensionId = (): string => native.runtime.id;

/** Sends a message to the extension and forgets it; a missing receiver (a sleeping background) is not an error. */
export function notify(message: unknown): void {
  void request(message);
}

/**
 * Sends a message to the extension; its answer, or `undefined` when there is none.
 * The message is handed over (and serialised) now, in the caller's task, so that the
 * caller's timing counts it; a synchronous failure (the extension was reloaded) is an
 * answer of `undefined` too.
 */
export function request(message: unknown): Promise<unknown> {
  try {
    return Promise.resolve(native.runtime.sendMessage(message)).catch(() => undefined);
  } catch {
    return Promise.resolve(undefined);
  }
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
