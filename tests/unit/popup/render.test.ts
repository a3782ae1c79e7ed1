/**
 * What the popup says (src/popup/render.ts), in both of its languages, read from the
 * extension's own message files: the summary of what was hidden (and what was found but left
 * visible), the reading time with its plural, and chips and rows that carry page text as text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hiddenSummary, itemRow, readingTime, sourceChip, tagChip, type Translate } from '../../../src/popup/render';
import type { PageReport } from '../../../src/shared/report';
import { FIXTURES, parse } from '../../support/dom';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** browser.i18n.getMessage, from src/_locales/<locale>/messages.json. */
function translator(locale: 'ar' | 'en'): Translate {
  const file = path.resolve(FIXTURES, `../../src/_locales/${locale}/messages.json`);
  const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Message>;
  return (key, substitutions) => {
    const m = messages[key];
    if (!m) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return m.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
}

/** Numbers as the Arabic locale writes them (Western or Arabic-Indic digits, as the runtime's CLDR data says). */
const ar = (n: number): string => new Intl.NumberFormat('ar').format(n);

const report = (over: Partial<PageReport>): PageReport => ({
  status: 'article', host: 'news.example', title: 'عنوان', lang: 'ar', dir: 'rtl',
  clutterCount: 0, unmatched: 0, clutterByKind: {}, revealed: false, items: [], ...over,
});

describe('the summary of what was hidden', () => {
  it('counts by kind, in the order reports list kinds, with the locale’s digits and the Arabic comma in Arabic', () => {
    const r = report({ clutterCount: 5, clutterByKind: { related: 2, 'read-also': 3 } });
    expect(hiddenSummary(r, 'ar', translator('ar'))).toBe(`أُخفي ${ar(5)}: ${ar(3)} اقرأ أيضاً، ${ar(2)} قوائم ذات صلة`);
    expect(hiddenSummary(r, 'en', translator('en'))).toMatch(/^Hidden 5: 3 read also, 2 related lists$/);
  });

  it('says what was found but left visible because the page could not be matched for certain', () => {
    const r = report({ clutterCount: 6, unmatched: 1, clutterByKind: { 'read-also': 5 } });
    const en = hiddenSummary(r, 'en', translator('en'));
    expect(en).toContain('Hidden 5');
    expect(en).toMatch(/6.*1/);
    expect(hiddenSummary(r, 'ar', translator('ar'))).toContain(`وُجد ${ar(6)}: تُرك ${ar(1)} ظاهراً`);
  });

  it('says nothing was hidden when nothing was', () => {
    expect(hiddenSummary(report({}), 'ar', translator('ar'))).toBe('لم يُخفَ شيء');
  });
});

describe('the reading time', () => {
  it.each([
    [100, 'ar', 'أقل من دقيقة قراءة'],
    [612, 'ar', 'دقيقة قراءة واحدة'],
    [612 * 3, 'ar', `${new Intl.NumberFormat('ar').format(3)} دقائق قراءة`],
    [612 * 3, 'en', '3 minute read'],
  ] as const)('%i characters in %s: %s', (chars, locale, expected) => {
    expect(readingTime(chars, locale, translator(locale))).toBe(expected);
  });
});

describe('chips and rows carry page text as text', () => {
  const doc = parse('<body></body>');
  const hostile = '<img src=x onerror=alert(1)>وكالة';

  it('a source chip: the kind, the name as text, clipped, the full name in its title', () => {
    const li = sourceChip(doc, { name: hostile, canonical: 'x', kind: 'agency' }, translator('ar'));
    expect(li.querySelector('img')).toBeNull();
    expect(li.querySelector('.chip-text')!.textContent).toBe(hostile);
    expect(li.querySelector('.chip-kind')!.textContent).toBe(translator('ar')('kindAgency'));
  });

  it('a tag chip links only to http(s), in a new tab without an opener', () => {
    expect(tagChip(doc, { label: 'غزة', href: 'javascript:alert(1)' }).querySelector('a')).toBeNull();
    const a = tagChip(doc, { label: hostile, href: 'https://news.example/tag/x' }).querySelector('a')!;
    expect([a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]).toEqual(['https://news.example/tag/x', '_blank', 'noopener noreferrer']);
    expect(a.textContent!.startsWith('<img')).toBe(true);
  });

  it('a hidden item’s row: its kind, its text as text, and a switch that says what it does', () => {
    const li = itemRow(doc, { kind: 'read-also', text: hostile, shown: true, by: 'engine' }, 4, translator('en'));
    expect(li.querySelector('img')).toBeNull();
    const input = li.querySelector('input')!;
    expect([input.checked, input.dataset.index, input.getAttribute('role')]).toEqual([true, '4', 'switch']);
    expect(input.getAttribute('aria-label')).toContain(hostile);
  });
});
