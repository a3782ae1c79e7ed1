/**
 * Language and direction of the page, from its text first and its declarations
 * second: many Arabic sites declare no lang or dir, and some declare the wrong one.
 *
 * Arabic script is not Arabic: Persian, Urdu, Kurdish (Sorani) and Pashto pages use it
 * too. The main text is Arabic when most of its letters are in Arabic script and its
 * function words are Arabic ones, not those of another language written in the script
 * (src/data/languages.json); on text too short for words to tell, the letters that only
 * the other languages use decide.
 */
import languages from '../data/languages.json';
import { countScript, normalizeArabic, words } from './arabic';
import { MIN_ARABIC_SHARE } from './constants';
import type { Block } from './page-index';
import type { PageMeta } from './page-meta';

export interface Language {
  lang: string;
  dir: 'rtl' | 'ltr';
  arabicShare: number;
  isArabic: boolean;
  /** Arabic script, but Persian, Urdu, Kurdish or Pashto by its words and letters */
  otherArabicScript: boolean;
}

/** Letters needed before the text, rather than the markup, decides the direction. */
const MIN_LETTERS_FOR_TEXT_VERDICT = 100;
/** Function words needed before they, rather than letters, tell Arabic from the other languages. */
const MIN_FUNCTION_WORDS = 8;
/** Share of Arabic-script letters that only the other languages use, from which a short text is not Arabic. */
const OTHER_LETTER_SHARE = 0.01;
/** A page declared right-to-left stays so with at least this share of Arabic letters (less than a verdict needs). */
const MIN_DECLARED_RTL_SHARE = 0.3;
export const RTL_LANGS = /^(ar|fa|ur|he|iw|yi|ps|sd|ug|ckb|dv|ku-arab)(?![a-z])/i;
/** Languages written in Arabic script that are not Arabic (declared; the text still decides). */
export const OTHER_ARABIC_SCRIPT_LANGS = /^(fa|ur|ps|ckb|ku|sd|ug|prs|pnb|bal|glk)(?![a-z])/i;
const ARABIC_LANG = /^ar(?![a-z])/i;

let functionWords: { arabic: Set<string>; other: Set<string>; otherLetters: RegExp } | undefined;
/** Word lists of languages.json in matching form: the extension's build ships them so (`normalized: true`), as it does the phrases. */
export const inMatchingForm = (list: string[]): string[] => ((languages as { normalized?: boolean }).normalized === true ? list : list.map(normalizeArabic));

/** The function words in matching form, on first use: only pages in Arabic script that may be another language ask. */
function lists(): NonNullable<typeof functionWords> {
  return (functionWords ??= {
    arabic: new Set(inMatchingForm(languages.arabicFunctionWords)),
    other: new Set(inMatchingForm(Object.values(languages.otherFunctionWords).flat())),
    otherLetters: new RegExp(`[${languages.otherLetters}]`, 'g'),
  });
}

let otherLetter: RegExp | undefined;
/** Does the text use a letter that only the other languages written in Arabic script use? */
export const usesOtherLetters = (text: string): boolean => (otherLetter ??= new RegExp(`[${languages.otherLetters}]`)).test(text);

/** Is Arabic-script text another language (Persian, Urdu, Kurdish, Pashto)? */
export function isOtherArabicScript(text: string, arabicLetters: number): boolean {
  const { arabic, other, otherLetters } = lists();
  let arabicWords = 0;
  let otherWords = 0;
  for (const w of words(normalizeArabic(text))) {
    if (arabic.has(w)) arabicWords++;
    else if (other.has(w)) otherWords++;
  }
  if (arabicWords + otherWords >= MIN_FUNCTION_WORDS) return otherWords > arabicWords;
  const letters = text.match(otherLetters)?.length ?? 0;
  return arabicLetters > 0 && letters / arabicLetters >= OTHER_LETTER_SHARE;
}

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
  const arabicScript = textDecides ? arabicShare >= MIN_ARABIC_SHARE : ARABIC_LANG.test(meta.declaredLang) && arabicShare > 0;
  const otherArabicScript = arabic > 0 && isOtherArabicScript(blocks.map((b) => b.text).join('\n'), arabic);
  const isArabic = arabicScript && !otherArabicScript;
  const declaredRtl = meta.declaredDir ? meta.declaredDir === 'rtl' : RTL_LANGS.test(meta.declaredLang);
  const dir = textDecides ? (arabicShare >= MIN_ARABIC_SHARE ? 'rtl' : declaredRtl && arabicShare > MIN_DECLARED_RTL_SHARE ? 'rtl' : 'ltr') : declaredRtl ? 'rtl' : 'ltr';
  // A page that declares Arabic but is written in another language is not reported as Arabic.
  const declared = otherArabicScript && ARABIC_LANG.test(meta.declaredLang) ? '' : meta.declaredLang;
  const lang = declared || (isArabic ? 'ar' : '');
  return { lang, dir, arabicShare, isArabic, otherArabicScript };
}
