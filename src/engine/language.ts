/**
 * Language and direction of the page, from its text first and its declarations
 * second: many Arabic sites declare no lang or dir, and some declare the wrong one.
 */
import { countScript } from './arabic';
import type { Block } from './blocks';
import { MIN_ARABIC_SHARE } from './constants';
import type { PageMeta } from './page-meta';

export interface Language {
  lang: string;
  dir: 'rtl' | 'ltr';
  arabicShare: number;
  isArabic: boolean;
}

/** Letters needed before the text, rather than the markup, decides the direction. */
const MIN_LETTERS_FOR_TEXT_VERDICT = 100;
const RTL_LANGS = /^(ar|fa|ur|he|iw|yi|ps|sd|ug|ckb|dv|ku-arab)\b/i;

export function detectLanguage(meta: PageMeta, blocks: readonly Block[]): Language {
  let arabic = 0;
  let letters = 0;
  for (const block of blocks) {
    const c = countScript(block.text);
    arabic += c.arabic;
    letters += c.letters;
  }
  const arabicShare = letters ? arabic / letters : 0;
  const textDecides = letters >= MIN_LETTERS_FOR_TEXT_VERDICT;
  const isArabic = textDecides ? arabicShare >= MIN_ARABIC_SHARE : RTL_LANGS.test(meta.declaredLang) && arabicShare > 0;
  const declaredRtl = meta.declaredDir ? meta.declaredDir === 'rtl' : RTL_LANGS.test(meta.declaredLang);
  const dir = textDecides ? (arabicShare >= MIN_ARABIC_SHARE ? 'rtl' : declaredRtl && arabicShare > 0.3 ? 'rtl' : 'ltr') : declaredRtl ? 'rtl' : 'ltr';
  const lang = meta.declaredLang || (isArabic ? 'ar' : '');
  return { lang, dir, arabicShare, isArabic };
}
