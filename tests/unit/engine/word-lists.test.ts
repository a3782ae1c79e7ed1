/**
 * The Arabic word lists the engine reads from src/data (credits.json, outlet-words.json,
 * tag-pages.json) are written as people write the words, and match in any spelling: a
 * contributor adds "أفادت" or "الإلكترونية" as it is printed, never a pre-normalised form.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeArabic, spellingPattern } from '../../../src/engine/arabic';
import { analyze } from '../../../src/engine/analyze';
import { isTagHref } from '../../../src/engine/links';
import { kindOf } from '../../../src/engine/sources/credits';
import { cleanSiteName } from '../../../src/engine/sources/publisher';
import { FIXTURES } from '../../support/dom';
import { articleDoc } from '../../support/article';

const DATA = path.resolve(FIXTURES, '../../src/data');
const read = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8'));

describe('the word lists in src/data', () => {
  it.each([
    ['credits.json', ['citationCues', 'agencyWords', 'photoCreditStarts', 'copyright']],
    ['outlet-words.json', ['words', 'siteNameEndings']],
    ['tag-pages.json', ['segments', 'queryKeys', 'pathParts']],
  ])('%s: each list documented, of words, none twice in matching form', (file, lists) => {
    const data = read(file);
    expect(typeof data.$comment).toBe('string');
    for (const name of lists) {
      const list = data[name] as string[];
      expect(list.length, name).toBeGreaterThan(0);
      expect(list.every((w) => typeof w === 'string' && w.trim() === w && w.length > 0), name).toBe(true);
      expect(new Set(list.map(normalizeArabic)).size, name).toBe(list.length);
    }
  });
});

describe('words written as printed match in any spelling', () => {
  it('a citing word with hamza and tanween ("نقلاً عن", "أفادت") introduces a cited outlet', () => {
    for (const cue of ['نقلاً عن', 'نقلا عن', 'أفادت', 'افادت']) {
      const doc = articleDoc({ end: `<p>و${cue} رويترز أن الخطة ستبدأ الشهر المقبل في ثلاث محافظات على الأقل.</p>` });
      expect(analyze(doc).sources.map((s) => `${s.kind}:${s.canonical}`), cue).toContain('cited:Reuters');
    }
  });

  it('an unregistered "وكالة …" is an agency however its ta marbuta and hamza are written', () => {
    for (const name of ['وكالة الأنباء الوطنية', 'وكاله الانباء الوطنيه', 'وكالات']) expect(kindOf(name)).toBe('agency');
    expect(kindOf('صحيفة الوادي')).toBe('credited-outlet');
  });

  it('a site name loses its "الموقع الرسمي" / "الإلكترونية" ending in any spelling, and keeps its own spelling', () => {
    expect(cleanSiteName('بوابة الأهرام الإلكترونية')).toBe('بوابة الأهرام');
    expect(cleanSiteName('بوابة الأهرام الالكترونيه')).toBe('بوابة الأهرام');
    expect(cleanSiteName('البيان - الموقع الرسمي')).toBe('البيان');
    expect(cleanSiteName('Al Bayan | Official Website')).toBe('Al Bayan');
  });

  it('a photo credit or copyright line is never a source', () => {
    for (const line of ['الصورة: رويترز', 'الصوره: رويترز', 'REUTERS/Mohamed Abd El Ghany', '© جميع الحقوق محفوظة لرويترز']) {
      const doc = articleDoc({ end: `<p>${line}</p>` });
      expect(analyze(doc).sources.map((s) => s.canonical), line).not.toContain('Reuters');
    }
  });

  it('a tag page is known by a path segment, a query key or a part of the path, in any case and percent-encoded', () => {
    for (const href of ['/tag/غزة', '/Tags/123', '/topics?id=4', '/%D8%A7%D9%84%D9%88%D8%B3%D9%88%D9%85/x', '/search?q=غزة', '/tag-غزة', '/NewsTagList.aspx?id=1']) {
      expect(isTagHref(href), href).toBe(true);
    }
    for (const href of ['/news/2024/05/label-maker-story', '/articles/123', '/stage/2']) expect(isTagHref(href), href).toBe(false);
  });

  it('spellingPattern matches each spelling of a phrase that has the same matching form, and no other phrase', () => {
    const re = new RegExp(`^(?:${spellingPattern('الموقع الإلكتروني')})$`);
    for (const s of ['الموقع الإلكتروني', 'الموقع الالكتروني', 'الموقـع  الإلكترونـي', 'الموقع الإِلكتروني']) expect(re.test(s), s).toBe(true);
    for (const s of ['الموقع الرسمي', 'موقع الإلكتروني', 'الموقعالإلكتروني']) expect(re.test(s), s).toBe(false);
  });
});
