import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANY_BEYOND_TABLE,
  BEYOND_TABLE,
  type Category,
  LETTER,
  MARK,
  NUMBER,
  OTHER,
  PUNCTUATION,
  TABLE_LETTERS,
  TABLE_WORD_RUNS,
  beyondTableClass,
  categoryAt,
  countLetters,
  tableLetterClass,
  tableWordClass,
  widthAt,
} from '../../../src/engine/unicode';

/** The definition: Unicode's general categories, as the JavaScript engine knows them. */
function byDefinition(ch: string): Category {
  if (/^\p{L}$/u.test(ch)) return LETTER;
  if (/^\p{M}$/u.test(ch)) return MARK;
  if (/^\p{N}$/u.test(ch)) return NUMBER;
  if (/^[\p{P}\p{S}]$/u.test(ch)) return PUNCTUATION;
  return OTHER;
}

describe('categoryAt', () => {
  it('agrees with Unicode on every character of the Basic Multilingual Plane', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (categoryAt(ch, 0) !== byDefinition(ch)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('reads a surrogate pair as the one character it encodes', () => {
    expect(categoryAt('𝐀', 0)).toBe(LETTER);
    expect(categoryAt('😀', 0)).toBe(PUNCTUATION);
    expect(categoryAt('x𝟏', 1)).toBe(NUMBER);
  });
});

describe('countLetters', () => {
  it('scans with the classes the table makes, written out', () => {
    expect(TABLE_LETTERS.source).toBe(`[${tableLetterClass()}]+`);
    expect(BEYOND_TABLE.source).toBe(`[${beyondTableClass()}]+`);
    // words' split: runs of the table's letters, marks and digits.
    expect(TABLE_WORD_RUNS.source).toBe(`([${tableWordClass()}]+)`);
    expect(ANY_BEYOND_TABLE.source).toBe(`[${beyondTableClass()}]`);
  });

  /** The definition: the characters categoryAt calls letters, one by one. */
  const oneByOne = (text: string): number => {
    let n = 0;
    for (let i = 0; i < text.length; i += widthAt(text, i)) if (categoryAt(text, i) === LETTER) n++;
    return n;
  };
  const arabicOrMixed = fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0x0600, max: 0x08ff }).map((c) => String.fromCharCode(c)),
      // Everything up to the Arabic block: Latin, IPA, modifiers, marks, Greek, Cyrillic, Hebrew.
      fc.integer({ min: 0x0000, max: 0x05ff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('a', 'Z', ' ', '\u200c', '\u00a0', 'é', 'ж', '𝐀', '😀', '\ud835', '\udc00', 'ﻻ', '\ufdfc', '٣', '،'),
    ),
  });

  it('counts what categoryAt calls letters, in Arabic, mixed and malformed text', () => {
    fc.assert(fc.property(fc.oneof(arabicOrMixed, fc.string({ unit: 'binary' })), (text) => countLetters(text) === oneByOne(text)), { numRuns: 2000 });
  });

  it('counts a surrogate pair once, and lone surrogates not at all', () => {
    expect(countLetters('𝐀b')).toBe(2);
    expect(countLetters('\ud835 \udc00')).toBe(0);
  });

  it('counts letters beside the table\'s ranges by Unicode, not as letters by default', () => {
    expect(countLetters('˒΄·;')).toBe(0);
    expect(countLetters('αβ שלום')).toBe(6);
  });
});
