import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCommas, countScript, countSentenceEnds, labelKey, normalizeArabic, toAsciiDigits, words } from '../../../src/engine/arabic';

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

  it('composes before folding: و + combining hamza is ؤ, not و', () => {
    expect(normalizeArabic('مسو\u0654ول')).toBe('مسؤول');
    expect(normalizeArabic('ا\u0653خر')).toBe('اخر');
  });

  /** The definition, step by step: the engine's one-pass version must agree with it everywhere. */
  const definition = (text: string): string =>
    text
      .normalize('NFKC')
      .replace(/[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '')
      .replace(/[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
      .replace(/[یې]/g, 'ي')
      .replace(/ک/g, 'ك')
      .replace(/[“”„«»″]/g, '"')
      .replace(/[‘’‚′]/g, "'")
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();

  it('agrees with its step-by-step definition on any mix of Arabic, marks, Latin and punctuation', () => {
    const alphabet = [
      ...'اأإآٱبةتىيیېکك ؤئءوهـ،؛؟٠١٩۴«»“”‘’″ ،.-–—ABcdéß\u00A0\u00AA\u2026\u2011\u202F\u00B2',
      '\u064E', '\u0651', '\u0653', '\u0654', '\u0655', '\u0670', '\u0675', '\u200C', '\u200F', '\u202B', '\uFEFF', '\uFEFB', '\uFDF2', '\u06C0', '\u06D5',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(normalizeArabic(text)).toBe(definition(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with it on every character of the Basic Multilingual Plane, alone and in long text', () => {
    const every = bmp();
    expect(normalizeArabic(every)).toBe(definition(every));
    const wrong = [...every].filter((ch) => normalizeArabic(ch) !== definition(ch));
    expect(wrong).toEqual([]);
  });

  it('agrees with it on long text too, which is folded by native scans rather than character by character', () => {
    const alphabet = [...'اأإآٱبةتىيیېکك ؤئءوهـ،؛؟٠١٩۴۰«»“”‘’″′„‚ .-–ABcé\u00A0\u00AD\u200C\u200F\u202B\u2066\uFEFF\uFEFB\u064E\u0651\u0670\u06D6\u06ED'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 256, maxLength: 700 }), (chars) => {
        const text = chars.join('');
        expect(normalizeArabic(text)).toBe(definition(text));
      }),
      { numRuns: 300 },
    );
  });
});

/** Every character of the Basic Multilingual Plane but the surrogates, in one string. */
const bmp = (): string => {
  let out = '';
  for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) out += String.fromCharCode(c);
  return out;
};

/** Strings of Arabic, Latin, digits, marks, punctuation, symbols and other scripts, for definition checks. */
const mixedText = fc
  .array(fc.constantFrom(...'اأبتةىي ،؛؟٠٩۴ـًّ ab Z9.,:!?()«»“”–—…%$€©®°±×÷ ¡¿ªº²½ αβЖж中文😀𝐀\u00A0\u200F\u0654'), { maxLength: 30 })
  .map((chars) => chars.join(''));

describe('labelKey', () => {
  it('agrees with its definition: normalised, punctuation and symbols as single spaces', () => {
    const definition = (text: string): string => normalizeArabic(text).replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
    fc.assert(fc.property(mixedText, (text) => {
      expect(labelKey(text)).toBe(definition(text));
    }), { numRuns: 2000 });
  });

  it('strips punctuation so "اقرأ أيضاً:" and "إقرأ ايضا" agree', () => {
    expect(labelKey('اقرأ أيضاً:')).toBe(labelKey('إقرأ ايضا'));
    expect(labelKey('« مقالات مشابهة »')).toBe('مقالات مشابهه');
  });
});

describe('words', () => {
  it('agrees with its definition: runs of letters, digits and marks of any script', () => {
    fc.assert(fc.property(mixedText, (text) => {
      expect(words(text)).toEqual(text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
    }), { numRuns: 2000 });
  });

  it('agrees with it on any string, short or long (cut by native scans), surrogates and characters beyond the category table included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(words(text)).toEqual(text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
    }), { numRuns: 2000 });
    // Arabic and Latin text alone is one native match; other text is split, and what lies beyond the table looked at.
    const tableOnly = fc.array(fc.constantFrom(...'اأبتةىي ،؛؟٠٩۴ـًّ ab Z9.,:!?()«»%$©®°±×÷¡¿ªº²½\u00A0\u0654\u0300'), { minLength: 256, maxLength: 600 }).map((c) => c.join(''));
    const long = fc.oneof(fc.string({ unit: 'binary', minLength: 256, maxLength: 600 }), mixedText.map((t) => t.repeat(30)).filter((t) => t.length >= 256), tableOnly);
    fc.assert(fc.property(long, (text) => {
      expect(words(text)).toEqual(text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
    }), { numRuns: 500 });
    expect(words('كلمةﻻ𝐀x٣ αβ😀ب')).toEqual(['كلمةﻻ𝐀x٣', 'αβ', 'ب']);
    const every = bmp();
    expect(words(every)).toEqual(every.match(/[\p{L}\p{N}\p{M}]+/gu));
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
    expect(countScript('café ١٢ 𝐀 ، ﻻ')).toEqual({ arabic: 1, letters: 6 });
  });
});
