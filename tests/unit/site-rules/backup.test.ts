/** The rules file: what is exported imports back the same, and a bad or hostile file is refused whole. */
import { describe, expect, it } from 'vitest';
import { makeBackup, parseBackup } from '../../../src/site-rules/backup';
import { learn } from '../../../src/site-rules/memory';
import { parseSettings } from '../../../src/shared/settings';

const backup = makeBackup(
  { ...parseSettings(undefined), disabledSites: ['off.example'], memory: false },
  { 'news.example': { hide: [{ selector: 'div.promo', label: 'اقرا ايضا' }], show: [{ selector: 'section.related' }] } },
  { 'news.example': learn(null, 'aaaaaaaa', '3:id', [{ selector: 'aside.most-read', kind: 'most-read' }], 5) },
);

describe('parseBackup', () => {
  it('reads back exactly what was exported', () => {
    expect(parseBackup(JSON.stringify(backup))).toEqual(backup);
  });

  it.each([
    ['not JSON', '{"format":'],
    ['another program\'s JSON', JSON.stringify({ rules: [] })],
    ['a newer version', JSON.stringify({ ...backup, version: 2 })],
    ['a hostile selector', JSON.stringify({ ...backup, reader: { 'news.example': { hide: [{ selector: '*{}body{display:none' }], show: [] } } })],
    ['a bad site name', JSON.stringify({ ...backup, reader: { '../../etc': { hide: [], show: [] } } })],
    ['a prototype key', '{"format":"naqi-rules","version":1,"settings":{},"reader":{"__proto__":{"hide":[],"show":[]}},"memory":{}}'],
    ['an oversized file', JSON.stringify({ ...backup, padding: 'x'.repeat(2_000_001) })],
  ])('refuses %s', (_why, text) => expect(parseBackup(text)).toBeNull());
});
