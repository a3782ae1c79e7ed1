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

export const onStorageChanged = native.storage.onChanged;
