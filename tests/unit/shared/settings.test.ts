/** Settings: rebuilt from whatever is stored, and migrated from version 1 (no version, no site memory). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, isSiteOff, parseSettings, siteKey, withSite } from '../../../src/shared/settings';

describe('parseSettings', () => {
  it('migrates version 1: its choices kept, site memory on', () => {
    expect(parseSettings({ enabled: false, disabledSites: ['youm7.com'] })).toEqual({ version: SETTINGS_VERSION, enabled: false, disabledSites: ['youm7.com'], memory: true });
  });

  it('keeps version 2 as it is', () => {
    const v2 = { version: 2, enabled: true, disabledSites: [], memory: false };
    expect(parseSettings(v2)).toEqual(v2);
  });

  it.each([undefined, null, 'on', [1, 2], { enabled: 'yes', memory: 1, disabledSites: 'all' }])('falls back to defaults, field by field, for %j', (raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('drops site names that are not host names', () => {
    expect(parseSettings({ disabledSites: ['ok.example', '<b>', 7, 'ok.example'] }).disabledSites).toEqual(['ok.example']);
  });
});

describe('sites', () => {
  it('are keyed without "www." and in lower case', () => {
    expect(siteKey('WWW.Youm7.com')).toBe('youm7.com');
    expect(isSiteOff(withSite(parseSettings(undefined), 'www.youm7.com', true), 'youm7.com')).toBe(true);
  });
});
