import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Substrings } from '../../../src/engine/substrings';

/** The definition: every occurrence of every pattern, by indexOf. */
function naive(patterns: string[], text: string): [string, number][] {
  const out: [string, number][] = [];
  for (const p of new Set(patterns)) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push([p, i]);
  return out.sort((a, b) => a[1] - b[1] || b[0].length - a[0].length);
}

function found(patterns: string[], text: string): [string, number][] {
  const out: [string, number][] = [];
  new Substrings([...new Set(patterns)].map((p) => [p, p] as const)).scan(text, (p, i) => out.push([p, i]));
  return out;
}

describe('Substrings', () => {
  it('finds every occurrence, overlapping ones too, longest first at each position', () => {
    expect(found(['post', 'postnav', 'navigation', 'nav'], 'postnavigation')).toEqual([
      ['postnav', 0],
      ['post', 0],
      ['navigation', 4],
      ['nav', 4],
    ]);
  });

  it('finds Arabic names as well as ASCII ones', () => {
    expect(found(['رويترز', 'وام'], 'نقلا عن رويترز و وام')).toEqual([
      ['رويترز', 8],
      ['وام', 17],
    ]);
  });

  it('refuses patterns shorter than two code units', () => {
    expect(() => new Substrings([['a', 1]])).toThrow(/too short/);
  });

  it('agrees with indexOf on generated texts and patterns', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'ا', 'ب');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.string({ unit: alphabet, maxLength: 40 }), (patterns, text) => {
        expect(found(patterns, text)).toEqual(naive(patterns, text));
      }),
      { numRuns: 500 },
    );
  });
});
