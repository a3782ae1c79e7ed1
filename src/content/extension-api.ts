/**
 * The storage API the content script uses, without webextension-polyfill (see
 * src/shared/runtime.ts for why, and for its messaging).
 */
import type { Storage } from 'webextension-polyfill';
import { native } from '../shared/runtime';

export const storageSync: Pick<Storage.StorageArea, 'get'> = {
  get: (keys) => native.storage.sync.get(keys),
};

export const storageLocal: Pick<Storage.StorageArea, 'get'> = {
  get: (keys) => native.storage.local.get(keys),
};

/** Listens for storage changes (a function, not the event object: reading the property builds the event's binding, which the early script never needs). */
export const onStorageChanged = (listener: (changes: Record<string, Storage.StorageChange>, area: string) => void): void => native.storage.onChanged.addListener(listener);
