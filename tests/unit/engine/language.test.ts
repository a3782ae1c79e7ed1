/**
 * Arabic script is not Arabic: Persian, Urdu, Kurdish (Sorani) and Pashto pages
 * (tests/fixtures/languages) are left alone whatever their markup declares, while
 * Arabic stays Arabic even when typed with Persian letters.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { countScript } from '../../../src/engine/arabic';
import { isOtherArabicScript } from '../../../src/engine/language';
import { BODY, articleDoc } from '../../support/article';
import { fixture, fixtureNames } from '../../support/dom';

describe.each(fixtureNames('languages'))('%s (Arabic script, another language)', (name) => {
  const analysis = analyze(fixture(`languages/${name}`));
  it('is left alone: not an article, no clutter, no sources, no tags', () => {
    expect(analysis.isArticle).toBe(false);
    expect(analysis.isArabic).toBe(false);
    expect(analysis.reason).toMatch(/not Arabic/);
    expect(analysis.clutter).toEqual([]);
    expect(analysis.sources).toEqual([]);
    expect(analysis.tags).toEqual([]);
  });
  it('is not reported as Arabic even where it declares lang="ar"', () => {
    expect(analysis.lang).not.toMatch(/^ar/);
  });
});

const other = (text: string): boolean => isOtherArabicScript(text, countScript(text).arabic);

describe('telling Arabic from other languages in Arabic script', () => {
  it('reads Arabic as Arabic', () => {
    expect(other(BODY.join(' '))).toBe(false);
  });

  it('reads Arabic typed on a Persian keyboard (ی and ک for ي and ك) as Arabic', () => {
    const persianKeyboard = BODY.join(' ').replace(/ي/g, 'ی').replace(/ك/g, 'ک');
    expect(other(persianKeyboard)).toBe(false);
    expect(analyze(articleDoc({ paragraphs: BODY.map((p) => p.replace(/ي/g, 'ی').replace(/ك/g, 'ک')) })).isArticle).toBe(true);
  });

  it('reads an Arabic article that quotes a Persian name or phrase as Arabic', () => {
    expect(other(`${BODY.join(' ')} وقال المتحدث باسم بلدية «پاکدشت» إن «گزارش نهایی» سيصدر لاحقاً.`)).toBe(false);
  });

  it.each([
    ['Persian', 'وزیر نیرو روز دوشنبه اعلام کرد که ساخت سد جدید از ماه آینده آغاز می‌شود و این طرح تا سه سال دیگر به پایان می‌رسد.'],
    ['Urdu', 'وفاقی حکومت نے ملک بھر میں بجلی کے نرخوں میں کمی کا اعلان کر دیا ہے جس سے صارفین کو ریلیف ملے گا۔'],
    ['Sorani', 'حکوومەتی هەرێمی کوردستان ڕایگەیاند کە مووچەی فەرمانبەران لە هەفتەی داهاتوودا دابەش دەکرێت.'],
    ['Pashto', 'د روغتیا وزارت اعلان کړی چې په راتلونکې اونۍ کې به د پولیو ضد کمپاین په ټول هیواد کې پیل شي.'],
  ])('reads %s as another language', (_name, text) => {
    expect(other(text)).toBe(true);
  });

  it('decides a text too short for function words by the letters only other languages use', () => {
    expect(other('گزارش پیش')).toBe(true);
    expect(other('الرئيس')).toBe(false);
  });
});
