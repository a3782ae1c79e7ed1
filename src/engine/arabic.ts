/**
 * Arabic text utilities: normalisation for matching, script detection, tokens.
 * Pure functions on strings; everything else in the engine matches through these.
 */

/** Tatweel, Arabic diacritics (harakat, shadda, sukun, dagger alef), Quranic marks. */
const DIACRITICS = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g;
/** Zero-width and bidi control characters: invisible, but they break matching. */
const INVISIBLES = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const ARABIC_INDIC = /[\u0660-\u0669]/g;
const EXTENDED_INDIC = /[\u06F0-\u06F9]/g;

/** Maps Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EXTENDED_INDIC, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * The matching form of a string: NFKC (folds presentation forms), no invisibles,
 * no tatweel or diacritics, one alef, ya for alef maqsura, ha for ta marbuta,
 * Persian kaf/ya folded to Arabic, ASCII digits, plain quotes, single spaces, lower case.
 * It is the corpus's scoring normalisation plus digit and Persian-letter folding.
 */
export function normalizeArabic(text: string): string {
  return toAsciiDigits(
    text
      .normalize('NFKC')
      .replace(INVISIBLES, '')
      .replace(DIACRITICS, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
      .replace(/[یې]/g, 'ي')
      .replace(/ک/g, 'ك')
      .replace(/[“”„«»″]/g, '"')
      .replace(/[‘’‚′]/g, "'"),
  )
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Normalised and stripped of punctuation, for comparing labels like "اقرأ أيضاً:" */
export function labelKey(text: string): string {
  return normalizeArabic(text)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/gu;
const ANY_LETTER = /\p{L}/gu;

export interface ScriptCount {
  arabic: number;
  letters: number;
}

/** Counts Arabic letters and all letters in a string. */
export function countScript(text: string): ScriptCount {
  return {
    arabic: text.match(ARABIC_LETTER)?.length ?? 0,
    letters: text.match(ANY_LETTER)?.length ?? 0,
  };
}

/** Unicode word tokens (letters and digits of any script), unlike /\W+/ which drops Arabic. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** Commas that separate clauses in Arabic text: the Arabic comma ، and the ASCII comma. */
export function countCommas(text: string): number {
  return text.match(/[،,]/g)?.length ?? 0;
}

/** Sentence ends: full stop, Arabic question mark, !, and the Arabic full stop ۔ */
export function countSentenceEnds(text: string): number {
  return text.match(/[.!؟?۔]+(?:\s|$)/g)?.length ?? 0;
}
