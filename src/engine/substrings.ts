/**
 * Many fixed strings looked for in a text at once. Each pattern is filed under its
 * first two code units, so one pass over the text looks up each position once and
 * compares only the patterns that start there — instead of one search, or one branch
 * of a long regex alternation, per pattern.
 */
type Pattern<T> = { text: string; value: T };

/** Pairs of ASCII code units index a flat table, others a map. */
const ASCII = 0x80;
/** A pair is two UTF-16 code units, one in each half of a number. */
const UNIT_BITS = 16;

export class Substrings<T> {
  private readonly byStart = new Map<number, Pattern<T>[]>();
  /** the same lists for pairs of ASCII code units, by array index: most class names are ASCII */
  private readonly ascii: (Pattern<T>[] | undefined)[] = new Array(ASCII * ASCII);

  /** Patterns of at least two code units, each with the value a match reports; longer ones are compared first. */
  constructor(patterns: Iterable<readonly [string, T]>) {
    for (const [text, value] of patterns) {
      if (text.length < 2) throw new Error(`pattern too short: "${text}"`);
      const key = pairAt(text, 0);
      const list = this.byStart.get(key);
      if (list) list.push({ text, value });
      else this.byStart.set(key, [{ text, value }]);
    }
    for (const [key, list] of this.byStart) {
      list.sort((a, b) => b.text.length - a.text.length);
      const first = key >>> UNIT_BITS;
      const second = key & 0xffff;
      if (first < ASCII && second < ASCII) this.ascii[first * ASCII + second] = list;
    }
  }

  /** Calls `found` for every pattern at every position where it occurs (overlapping matches included). */
  scan(text: string, found: (value: T, index: number, length: number) => void): void {
    for (let i = 0; i + 1 < text.length; i++) {
      const first = text.charCodeAt(i);
      const second = text.charCodeAt(i + 1);
      const list = first < ASCII && second < ASCII ? this.ascii[first * ASCII + second] : this.byStart.get((first << UNIT_BITS) | second);
      if (!list) continue;
      for (const p of list) if (text.startsWith(p.text, i)) found(p.value, i, p.text.length);
    }
  }
}

const pairAt = (text: string, i: number): number => (text.charCodeAt(i) << UNIT_BITS) | text.charCodeAt(i + 1);
