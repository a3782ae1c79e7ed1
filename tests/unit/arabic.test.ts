import { describe, expect, it } from 'vitest';
import { countCommas, countScript, countSentenceEnds, labelKey, normalizeArabic, toAsciiDigits, words } from '../../src/engine/arabic';

describe('normalizeArabic', () => {
  it('folds alef and hamza forms, alef maqsura and ta marbuta', () => {
    expect(normalizeArabic('إقرأ أيضاً آخر الأخبار ٱلمدينة')).toBe(normalizeArabic('اقرا ايضا اخر الاخبار المدينة'));
    expect(normalizeArabic('مستشفى القاهرة')).toBe('مستشفي القاهره');
  });

  it('drops tatweel and diacritics', () => {
    expect(normalizeArabic('اقـــرأ أيضًـا')).toBe('اقرا ايضا');
    expect(normalizeArabic('مُحَمَّدٌ')).toBe('محمد');
  });

  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(toAsciiDigits('١٢٣٤٥٦٧٨٩٠ ۴۵')).toBe('1234567890 45');
    expect(normalizeArabic('عام ٢٠٢٤')).toBe('عام 2024');
  });

  it('removes bidi controls and zero-width characters, collapses spaces, lower-cases Latin', () => {
    expect(normalizeArabic('\u202bالمصدر:\u202c\u200f  RT   Arabic\u200b')).toBe('المصدر: rt arabic');
  });

  it('folds presentation forms (NFKC) and Persian letters', () => {
    expect(normalizeArabic('ﺍﻟﺨﺒﺮ')).toBe('الخبر');
    expect(normalizeArabic('الرئیسية کوردستان')).toBe('الرئيسيه كوردستان');
  });
});

describe('labelKey', () => {
  it('strips punctuation so "اقرأ أيضاً:" and "إقرأ ايضا" agree', () => {
    expect(labelKey('اقرأ أيضاً:')).toBe(labelKey('إقرأ ايضا'));
    expect(labelKey('« مقالات مشابهة »')).toBe('مقالات مشابهه');
  });
});

describe('text measures', () => {
  it('counts the Arabic comma as well as the ASCII one', () => {
    expect(countCommas('قال، وأضاف، ثم, انتهى')).toBe(3);
  });

  it('counts sentence ends including the Arabic question mark', () => {
    expect(countSentenceEnds('هل حضر؟ نعم. حضر!')).toBe(3);
  });

  it('tokenises Arabic words, unlike /\\W+/', () => {
    expect(words('قال الوزير: "نعم" 2024')).toEqual(['قال', 'الوزير', 'نعم', '2024']);
    expect('قال الوزير'.split(/\W+/).filter(Boolean)).toEqual([]);
  });

  it('measures the share of Arabic letters', () => {
    expect(countScript('الخبر news')).toEqual({ arabic: 5, letters: 9 });
  });
});
