import { describe, expect, it } from 'vitest';
import policy from '../../../src/data/comment-policy.json';
import phrases from '../../../src/data/phrases.json';
import { labelKey, normalizeArabic } from '../../../src/engine/arabic';
import { lexiconPhrases, matchLabel } from '../../../src/engine/lexicon';

describe('the phrase lexicon data file', () => {
  it('is in matching form once normalised: the build ships it so, and normalising again changes nothing', () => {
    for (const p of lexiconPhrases()) expect(labelKey(p.key)).toBe(p.key);
    for (const p of [...policy.strong, ...policy.weak]) expect(normalizeArabic(normalizeArabic(p))).toBe(normalizeArabic(p));
  });

  it('has no phrase that normalises to nothing', () => {
    for (const p of lexiconPhrases()) expect(p.key.length).toBeGreaterThan(1);
  });

  it('lists no phrase twice in one group', () => {
    for (const [kind, group] of Object.entries({ ...phrases.clutter, ...phrases.furniture })) {
      for (const list of [group.start, group.whole]) {
        const keys = list.map(labelKey);
        expect(new Set(keys).size, `${kind}: ${keys.join(' | ')}`).toBe(keys.length);
      }
    }
  });
});

describe('matchLabel', () => {
  it.each([
    ['اقرأ أيضاً:', 'read-also'],
    ['إقرأ ايضا', 'read-also'],
    ['اقـرأ أيضًـا', 'read-also'],
    ['مقالات مشابهة', 'related'],
    ['مواضيع ذات صلة', 'related'],
    ['الموضوعات المتعلقة', 'related'],
    ['الأكثر قراءة', 'most-read'],
    ['الأكثر مشاهدة', 'most-read'],
    ['شارك', 'share'],
    ['تابعونا', 'share'],
    ['كلمات دلالية:', 'tags'],
    ['الوسوم', 'tags'],
    ['المصدر:', 'source'],
  ])('names "%s" as %s', (text, kind) => {
    expect(matchLabel(text)?.kind).toBe(kind);
  });

  it('matches a start phrase followed by a headline, and returns the headline', () => {
    expect(matchLabel('اقرأ أيضاً: البنك المركزي يثبت الفائدة')).toMatchObject({ kind: 'read-also', rest: labelKey('البنك المركزي يثبت الفائدة') });
  });

  it('does not match a generic word at the start of a sentence', () => {
    expect(matchLabel('شارك في المؤتمر عدد من الوزراء')).toBeNull();
    expect(matchLabel('تابع الوزير جولته في المحافظات')).toBeNull();
  });

  it('does not match a phrase inside a longer word', () => {
    expect(matchLabel('اقرأيضا')).toBeNull();
    expect(matchLabel('المصدرية')).toBeNull();
  });
});
