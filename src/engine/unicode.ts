/**
 * Unicode general categories, as far as matching needs them: letter, mark, number,
 * punctuation-or-symbol, or other (spaces, controls, format characters).
 *
 * `\p{…}` regular expressions give the same answers, but building one costs
 * milliseconds in a fresh page, and the content script runs in a fresh page every
 * time. So ASCII, Latin-1 and Latin Extended, the Arabic blocks, general
 * punctuation, currency, the common symbol blocks and the Private Use Area (icon
 * fonts) are decided by range here, and a `\p{…}` expression is
 * built only for a character outside them (another script), once per page at most.
 */
export const LETTER = 0;
export const MARK = 1;
export const NUMBER = 2;
/** punctuation or symbol */
export const PUNCTUATION = 3;
/** spaces, controls, format characters, unassigned */
export const OTHER = 4;
export type Category = typeof LETTER | typeof MARK | typeof NUMBER | typeof PUNCTUATION | typeof OTHER;

const L = LETTER;
const M = MARK;
const N = NUMBER;
const P = PUNCTUATION;
const O = OTHER;

/** The Arabic block (U+0600–U+06FF) as runs: [first code point, category], each run up to the next. */
const ARABIC_RUNS: readonly (readonly [number, Category])[] = [
  [0x0600, O], [0x0606, P], [0x0610, M], [0x061b, P], [0x061c, O], [0x061d, P], [0x0620, L], [0x064b, M],
  [0x0660, N], [0x066a, P], [0x066e, L], [0x0670, M], [0x0671, L], [0x06d4, P], [0x06d5, L], [0x06d6, M],
  [0x06dd, O], [0x06de, P], [0x06df, M], [0x06e5, L], [0x06e7, M], [0x06e9, P], [0x06ea, M], [0x06ee, L],
  [0x06f0, N], [0x06fa, L], [0x06fd, P], [0x06ff, L],
];

/** Latin-1 Supplement U+0080–U+00BF (letters from U+00C0 on). */
const LATIN1 = new Map<number, Category>([
  [0xaa, L], [0xb5, L], [0xba, L], [0xb2, N], [0xb3, N], [0xb9, N], [0xbc, N], [0xbd, N], [0xbe, N],
  [0xa1, P], [0xa2, P], [0xa3, P], [0xa4, P], [0xa5, P], [0xa6, P], [0xa7, P], [0xa8, P], [0xa9, P], [0xab, P],
  [0xac, P], [0xae, P], [0xaf, P], [0xb0, P], [0xb1, P], [0xb4, P], [0xb6, P], [0xb7, P], [0xb8, P], [0xbb, P], [0xbf, P],
]);

let fallback: { letter: RegExp; mark: RegExp; number: RegExp; punctuation: RegExp } | undefined;

/** Any other character (or surrogate pair), by Unicode's own tables. */
function byProperty(ch: string): Category {
  fallback ??= { letter: /^\p{L}$/u, mark: /^\p{M}$/u, number: /^\p{N}$/u, punctuation: /^[\p{P}\p{S}]$/u };
  if (fallback.letter.test(ch)) return L;
  if (fallback.mark.test(ch)) return M;
  if (fallback.number.test(ch)) return N;
  if (fallback.punctuation.test(ch)) return P;
  return O;
}

/**
 * Categories of U+0000–U+06FF by code point, built from the runs above on first use (a lookup
 * per character): the content script loads this module on every page and most never ask.
 */
let table: Uint8Array | undefined;
function buildTable(): Uint8Array {
  const t = new Uint8Array(0x0700);
  for (let c = 0; c < 0xc0; c++) t[c] = c < 0x80 ? asciiCategory(c) : (LATIN1.get(c) ?? O);
  for (let r = 0; r < ARABIC_RUNS.length; r++) {
    const [first, category] = ARABIC_RUNS[r]!;
    const end = r + 1 < ARABIC_RUNS.length ? ARABIC_RUNS[r + 1]![0] : 0x0700;
    t.fill(category, first, end);
  }
  t.fill(L, 0xc0, 0x0250);
  t[0xd7] = P;
  t[0xf7] = P;
  t.fill(M, 0x0300, 0x0370);
  return t;
}

function asciiCategory(c: number): Category {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return L;
  if (c >= 0x30 && c <= 0x39) return N;
  return c > 0x20 && c < 0x7f ? P : O;
}

/** The category of the character at `i` (a surrogate pair counts as the one character it encodes). */
export function categoryAt(text: string, i: number): Category {
  const c = text.charCodeAt(i);
  // The table's own ranges (TABLE_RANGES, below); IPA, spacing modifiers, Greek, Cyrillic,
  // Armenian, Hebrew are left to Unicode's tables.
  if (inTable(c)) return (table ??= buildTable())[c] as Category;
  if (c >= 0x0750 && c <= 0x077f) return L;
  if (c >= 0x08a0 && c <= 0x08c9) return L;
  if (c >= 0x08ca && c <= 0x08ff) return c === 0x08e2 ? O : M;
  if (c >= 0x2000 && c <= 0x206f) return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) ? P : O;
  if (c >= 0x20a0 && c <= 0x20c0) return P;
  // Arrows, mathematical operators, technical symbols, box drawing, shapes, symbols, dingbats: the
  // icons pages print beside links and headlines (the circled digits of dingbats are numbers).
  if (c >= 0x2190 && c <= 0x23ff) return P;
  if (c >= 0x2500 && c <= 0x27bf) return c >= 0x2776 && c <= 0x2793 ? N : P;
  // The Private Use Area, where icon fonts put their glyphs.
  if (c >= 0xe000 && c <= 0xf8ff) return O;
  // Presentation Forms-A: the ligature and contextual letters (the rest goes to the tables).
  if ((c >= 0xfb50 && c <= 0xfbb1) || (c >= 0xfbd3 && c <= 0xfd3d) || (c >= 0xfd50 && c <= 0xfd8f) || (c >= 0xfd92 && c <= 0xfdc7) || (c >= 0xfdf0 && c <= 0xfdfb)) return L;
  if (c >= 0xfe70 && c <= 0xfefc) return c === 0xfe75 ? O : L;
  if (c === 0xfeff) return O;
  if (startsPair(text, c, i)) return byProperty(text.slice(i, i + 2));
  return byProperty(text[i]!);
}

/**
 * Letters in a string, counted as `categoryAt` would one by one, but with the work done
 * by two native regular expression scans: the characters the table above decides
 * (TABLE_RANGES: Latin, combining marks, Arabic) are counted by a class made from the
 * table, and only the runs of other characters (few, in Arabic or Latin text) are
 * looked at one by one.
 */
export function countLetters(text: string): number {
  let letters = text.length - text.replace(TABLE_LETTERS, '').length;
  BEYOND_TABLE.lastIndex = 0;
  for (let m = BEYOND_TABLE.exec(text); m; m = BEYOND_TABLE.exec(text)) {
    const run = m[0];
    for (let i = 0; i < run.length; i += widthAt(run, i)) if (categoryAt(run, i) === L) letters++;
  }
  return letters;
}

/** The ranges `categoryAt` reads off the table (first and last code point). */
const TABLE_RANGES: readonly (readonly [number, number])[] = [[0x0000, 0x024f], [0x0300, 0x036f], [0x0600, 0x06ff]];
/** A code unit as a regex escape: \u and four hex digits. */
const HEX = 16;
const ESCAPE_DIGITS = 4;
const hex = (c: number): string => `\\u${c.toString(HEX).padStart(ESCAPE_DIGITS, '0')}`;

/** The characters of the table's ranges in these categories, as a character class. */
function tableClass(categories: readonly Category[]): string {
  const t = (table ??= buildTable());
  const wanted = (c: number): boolean => categories.includes(t[c] as Category);
  let out = '';
  for (const [from, to] of TABLE_RANGES) {
    for (let c = from; c <= to; c++) {
      if (!wanted(c)) continue;
      const first = c;
      while (c + 1 <= to && wanted(c + 1)) c++;
      out += first === c ? hex(first) : `${hex(first)}-${hex(c)}`;
    }
  }
  return out;
}
/** The letters of the table's ranges as a character class (TABLE_LETTERS is this, written out; a test holds them equal). */
export const tableLetterClass = (): string => tableClass([L]);
/** The word characters (letters, marks, digits) of the table's ranges (TABLE_WORD_RUNS' class is this, written out; a test holds them equal). */
export const tableWordClass = (): string => tableClass([L, M, N]);
/**
 * countLetters' two scans, written out so that the content script's first look (which counts
 * the letters of a title) neither builds the table nor compiles a class from it.
 */
export const TABLE_LETTERS = /[\u0041-\u005a\u0061-\u007a\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0620-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06e5-\u06e6\u06ee-\u06ef\u06fa-\u06fc\u06ff]+/g;
export const BEYOND_TABLE = /[^\u0000-\u024f\u0300-\u036f\u0600-\u06ff]+/g;
/**
 * Runs of the table's word characters (letters, marks, digits: tableWordClass()), captured,
 * for `words` to cut long text with one native split. Written out; a test holds it to the class.
 */
export const TABLE_WORD_RUNS =
  /([\u0030-\u0039\u0041-\u005a\u0061-\u007a\u00aa\u00b2-\u00b3\u00b5\u00b9-\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0610-\u061a\u0620-\u0669\u066e-\u06d3\u06d5-\u06dc\u06df-\u06e8\u06ea-\u06fc\u06ff]+)/;
/** Is there a character beyond the table? (BEYOND_TABLE's class, for a test: a test holds them equal.) */
export const ANY_BEYOND_TABLE = /[^\u0000-\u024f\u0300-\u036f\u0600-\u06ff]/;
let allWordRuns: RegExp | undefined;
/** TABLE_WORD_RUNS as one match of every run, made on first use (for text with no character beyond the table). */
export const tableWordRunsAll = (): RegExp => (allWordRuns ??= new RegExp(TABLE_WORD_RUNS.source.slice(1, -1), 'g'));
/** Is this code unit one the table decides? */
export const inTable = (c: number): boolean => c < 0x0250 || (c >= 0x0300 && c < 0x0370) || (c >= 0x0600 && c < 0x0700);
/** BEYOND_TABLE's class, from TABLE_RANGES (a test holds them equal). */
export const beyondTableClass = (): string => `^${TABLE_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}`;

/** Code units the character at `i` takes (2 for a surrogate pair; a lone surrogate is one character). */
export const widthAt = (text: string, i: number): number => (startsPair(text, text.charCodeAt(i), i) ? 2 : 1);

/** Is `c`, at `i`, a high surrogate followed by a low one? */
function startsPair(text: string, c: number, i: number): boolean {
  if (c < 0xd800 || c > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
