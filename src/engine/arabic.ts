/**
 * Arabic text utilities: normalisation for matching, script detection, tokens.
 * Pure functions on strings; everything else in the engine matches through these.
 */
import { ANY_BEYOND_TABLE, LETTER, MARK, NUMBER, OTHER, PUNCTUATION, TABLE_WORD_RUNS, categoryAt, countLetters, inTable, tableWordRunsAll, widthAt } from './unicode';

/** Tatweel, Arabic diacritics (harakat, shadda, sukun, dagger alef), Quranic marks: removed. */
const DIACRITICS: readonly (readonly [number, number])[] = [[0x0640, 0x0640], [0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06ed]];
/** Zero-width and bidi control characters: invisible, but they break matching. Removed. */
const INVISIBLES: readonly (readonly [number, number])[] = [[0x00ad, 0x00ad], [0x061c, 0x061c], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x2069], [0xfeff, 0xfeff]];

/**
 * Text NFKC leaves as it is: ASCII, the Arabic letters and marks that do not
 * compose or decompose, and the spaces, quotes and dashes of Arabic pages. Most
 * page text is only these, and skips the normaliser.
 */
const NFKC_STABLE = /^[\u0000-\u007F\u00A0\u00AB\u00BB\u0600-\u0652\u0656-\u0674\u0679-\u06FF\u200B-\u200F\u2013\u2014\u2018\u2019\u201C\u201D]*$/;

/** Every single-character fold of the matching form. */
const FOLDS = new Map<string, string>([
  ...[...'أإآٱ'].map((c) => [c, 'ا'] as const),
  ['ى', 'ي'],
  ['ة', 'ه'],
  ['ی', 'ي'],
  ['ې', 'ي'],
  ['ک', 'ك'],
  ...[...'“”„«»″'].map((c) => [c, '"'] as const),
  ...[...'‘’‚′'].map((c) => [c, "'"] as const),
  ...[...'٠١٢٣٤٥٦٧٨٩'].map((c, i) => [c, String(i)] as const),
  ...[...'۰۱۲۳۴۵۶۷۸۹'].map((c, i) => [c, String(i)] as const),
]);
/** Maps Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII. */
export const toAsciiDigits = (text: string): string => text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => FOLDS.get(d)!);

/** The folds and removals by code unit: KEEP, REMOVE, or the code it becomes (the byte-order mark is the only one past U+206F). */
const KEEP = -2;
const REMOVE = -1;
const TABLE_END = 0x2070;
let foldTable: Int16Array | undefined;
/** Built on first use: the content script loads this module on every page and most never fold. */
function buildFoldTable(): Int16Array {
  const t = new Int16Array(TABLE_END).fill(KEEP);
  for (const [from, to] of [...DIACRITICS, ...INVISIBLES]) if (from < TABLE_END) t.fill(REMOVE, from, to + 1);
  for (const [c, folded] of FOLDS) t[c.charCodeAt(0)] = folded.charCodeAt(0);
  return t;
}

/**
 * Past this length, text is folded and cut into words by native scans: a loop in script
 * over every character costs a page's fresh world far more (the content script's first
 * look reads a 4000-character sample of Persian and Urdu pages). Shorter strings — labels,
 * link text, most of what the warm engine reads — go through the loops, a little faster there.
 */
const NATIVE_SCAN_CHARS = 256;
/** The removals (DIACRITICS, INVISIBLES) and the folds (FOLDS; digits go through toAsciiDigits), written out: no page builds them. Tests hold them to the lists. */
const REMOVED = /[\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const NATIVE_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/[أإآٱ]/g, 'ا'],
  [/[ىیې]/g, 'ي'],
  [/ة/g, 'ه'],
  [/ک/g, 'ك'],
  [/[“”„«»″]/g, '"'],
  [/[‘’‚′]/g, "'"],
];

/** Folds and removals in one pass, copying the runs between them as they are (most text has few). */
function fold(text: string): string {
  if (text.length >= NATIVE_SCAN_CHARS) return foldNatively(text);
  const table = (foldTable ??= buildFoldTable());
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < TABLE_END ? table[c]! : c === 0xfeff ? REMOVE : KEEP;
    if (f === KEEP) continue;
    out += text.slice(from, i);
    if (f !== REMOVE) out += String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `fold` by native scans: each character folds alone, to one that no other fold or removal touches, so the order is free. */
function foldNatively(text: string): string {
  let out = text.replace(REMOVED, '');
  for (const [from, to] of NATIVE_FOLDS) out = out.replace(from, to);
  return toAsciiDigits(out);
}

/**
 * The matching form of a string: NFKC (folds presentation forms), no invisibles,
 * no tatweel or diacritics, one alef, ya for alef maqsura, ha for ta marbuta,
 * Persian kaf/ya folded to Arabic, ASCII digits, plain quotes, single spaces, lower case.
 * It is the corpus's scoring normalisation plus digit and Persian-letter folding.
 */
export function normalizeArabic(text: string): string {
  const composed = NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
  return fold(composed).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Every character that folds to each character of the matching form (its own included). */
let spellings: Map<string, string> | undefined;
/** `text` as a literal in a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * A regular expression source that matches `phrase` as pages write it, in any spelling with
 * the same matching form: each alef, ta marbuta, ya, kaf and digit in any of its forms,
 * tatweel and diacritics between letters, any run of spaces for a space (not presentation
 * forms, which only NFKC folds). Case is the caller's flag. For finding a phrase in text that is
 * kept as written.
 */
export function spellingPattern(phrase: string): string {
  if (!spellings) {
    spellings = new Map();
    for (const [from, to] of FOLDS) spellings.set(to, (spellings.get(to) ?? to) + from);
  }
  const marks = '[\\u0640\\u064b-\\u065f\\u0670\\u06d6-\\u06ed]*';
  return [...normalizeArabic(phrase)]
    .map((c) => (c === ' ' ? '\\s+' : spellings!.has(c) ? `[${escapeRegExp(spellings!.get(c)!)}]` : escapeRegExp(c)))
    .join(marks);
}

/** Normalised and stripped of punctuation, for comparing labels like "اقرأ أيضاً:" */
export function labelKey(text: string): string {
  const normal = normalizeArabic(text);
  let out = '';
  let gap = false;
  for (let i = 0; i < normal.length; ) {
    const width = widthAt(normal, i);
    const category = categoryAt(normal, i);
    if (category === PUNCTUATION || category === OTHER) gap = true;
    else {
      if (gap && out) out += ' ';
      gap = false;
      out += normal.slice(i, i + width);
    }
    i += width;
  }
  return out;
}

export interface ScriptCount {
  arabic: number;
  letters: number;
}

/** Arabic letters (code units): the Arabic block, its supplement and extended blocks, presentation forms. */
const NOT_ARABIC_LETTERS = /[^\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]+/g;

/** Counts Arabic letters and all letters in a string (native scans: the content script's first look runs this cold). */
export function countScript(text: string): ScriptCount {
  return { arabic: text.replace(NOT_ARABIC_LETTERS, '').length, letters: countLetters(text) };
}

/** Unicode word tokens (letters, digits and marks of any script), unlike /\W+/ which drops Arabic. */
export function words(text: string): string[] {
  if (text.length < NATIVE_SCAN_CHARS) return wordsOneByOne(text);
  // Text the category table decides throughout (most Arabic and Latin text) is one native match.
  if (!ANY_BEYOND_TABLE.test(text)) return text.match(tableWordRunsAll()) ?? [];
  return wordsByRuns(text);
}

function wordsOneByOne(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const inWord = isWordCategory(categoryAt(text, i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    i += widthAt(text, i);
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/**
 * Long text is cut by one native split (TABLE_WORD_RUNS): runs of the word characters the
 * category table decides join the word being read; between them, the table's other
 * characters end it, and only characters beyond the table (few, in Arabic or Latin text)
 * are looked up one by one — the table itself is never built.
 */
function wordsByRuns(text: string): string[] {
  const out: string[] = [];
  let word = '';
  const parts = text.split(TABLE_WORD_RUNS);
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    // Odd parts are the captured runs.
    if (k % 2 === 1) {
      word += part;
      continue;
    }
    for (let i = 0; i < part.length; ) {
      const width = widthAt(part, i);
      if (!inTable(part.charCodeAt(i)) && isWordCategory(categoryAt(part, i))) word += part.slice(i, i + width);
      else if (word) {
        out.push(word);
        word = '';
      }
      i += width;
    }
  }
  if (word) out.push(word);
  return out;
}

const isWordCategory = (category: number): boolean => category === LETTER || category === NUMBER || category === MARK;

/** Commas that separate clauses in Arabic text: the Arabic comma ، and the ASCII comma. */
export function countCommas(text: string): number {
  return text.match(/[،,]/g)?.length ?? 0;
}

/** Sentence ends: full stop, Arabic question mark, !, and the Arabic full stop ۔ */
export function countSentenceEnds(text: string): number {
  return text.match(/[.!؟?۔]+(?:\s|$)/g)?.length ?? 0;
}
