/**
 * A rule's id leads to its code: the id is the rule's file under src/engine/clutter/ (and,
 * after a slash, the part of that file), and the file's header names the fixture pages that
 * show it at work — on at least one of which the engine reports that very rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeClutter } from '../../../src/engine/analyze-clutter';
import { RULE_IDS } from '../../../src/engine/types';
import { FIXTURES, fixture } from '../../support/dom';

const CLUTTER = path.resolve(FIXTURES, '../../src/engine/clutter');

/** The fixture pages a rule file's header names ("Fixtures: tests/fixtures/rules/a.html, b.html"). */
function headerFixtures(source: string): string[] {
  const header = source.slice(0, source.indexOf('*/'));
  const listed = header.slice(header.search(/Fixtures?:/)).match(/[\w/.-]+\.html/g) ?? [];
  // Names after the first full path are in the same folder.
  const folder = path.dirname(listed.find((n) => n.startsWith('tests/fixtures/')) ?? 'tests/fixtures/rules/x.html');
  return listed.map((n) => path.relative('tests/fixtures', n.includes('/') ? n : path.join(folder, n)));
}

describe.each(RULE_IDS)('rule %s', (id) => {
  const file = path.join(CLUTTER, `${id.split('/')[0]}.ts`);

  it('is the name of its file (and the file says so)', () => {
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toContain(`rule: '${id}'`);
  });

  it('is reported on a fixture page its file names', () => {
    const fixtures = headerFixtures(fs.readFileSync(file, 'utf8'));
    expect(fixtures.length).toBeGreaterThan(0);
    for (const name of fixtures) expect(fs.existsSync(path.join(FIXTURES, name)), name).toBe(true);
    const url = 'https://news.example/section/2024/05/03/story-1234';
    const shown = fixtures.filter((name) => analyzeClutter(fixture(name, url), { url }).clutter.some((c) => c.rule === id));
    expect(shown, `no fixture of ${fixtures.join(', ')} shows ${id}`).not.toEqual([]);
  });
});
