import { describe, expect, it } from 'vitest';
import { type Category, LETTER, MARK, NUMBER, OTHER, PUNCTUATION, categoryAt } from '../../src/engine/unicode';

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
