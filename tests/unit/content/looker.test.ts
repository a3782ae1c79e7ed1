/**
 * The content script's looks at the page (src/content/looker.ts), as a state machine: a look
 * takes a copy and sends it to be read; looks never overlap; the first reading is announced
 * once; an aborted session ignores answers that still arrive.
 */
import { describe, expect, it } from 'vitest';
import { type LookEffects, makeLooker } from '../../../src/content/looker';

interface Reading {
  n: number;
}

/** Effects that record what happened, with the answers held until the test delivers them. */
function harness(copies: (string | null | undefined)[] = []) {
  const log: string[] = [];
  const pending: { copy: string; answer: (r: Reading | null) => void }[] = [];
  let taken = 0;
  const effects: LookEffects<string, Reading> = {
    take: (name) => {
      log.push(`take ${name}`);
      return copies.length ? copies.shift() : `copy${++taken}`;
    },
    send: (copy, name, answer) => {
      log.push(`send ${copy} ${name}`);
      pending.push({ copy, answer });
    },
    noCopy: () => log.push('no copy'),
    noReading: () => log.push('no reading'),
    reading: (r, copy, name) => log.push(`reading ${r.n} of ${copy} (${name})`),
    first: (r) => log.push(`first ${r.n}`),
  };
  const answer = (r: Reading | null): void => pending.shift()!.answer(r);
  return { log, effects, answer, pending };
}

describe('the looks at a page', () => {
  it('take a copy, send it, and hand on its reading, the first announced once', () => {
    const h = harness();
    const look = makeLooker(new AbortController().signal, h.effects);
    look('copy');
    h.answer({ n: 1 });
    look('late');
    h.answer({ n: 2 });
    expect(h.log).toEqual(['take copy', 'send copy1 copy', 'reading 1 of copy1 (copy)', 'first 1', 'take late', 'send copy2 late', 'reading 2 of copy2 (late)']);
  });

  it('never overlap: asks while one is out make one look, once it is back', () => {
    const h = harness();
    const look = makeLooker(new AbortController().signal, h.effects);
    look('copy');
    look('late');
    look('late');
    expect(h.pending).toHaveLength(1);
    h.answer({ n: 1 });
    expect(h.pending).toHaveLength(1);
    h.answer({ n: 2 });
    expect(h.log.filter((l) => l.startsWith('take'))).toEqual(['take copy', 'take late']);
    expect(h.pending).toHaveLength(0);
  });

  it('say so when the first look finds nothing to copy, and stay quiet when a later one does', () => {
    const h = harness([null]);
    makeLooker(new AbortController().signal, h.effects)('copy');
    expect(h.log).toEqual(['take copy', 'no copy']);
    const later = harness([undefined, 'c', null]);
    const look = makeLooker(new AbortController().signal, later.effects);
    look('copy'); // taking failed: the script stepped aside, nothing more happens
    look('copy');
    later.answer({ n: 1 });
    look('late');
    expect(later.log).toEqual(['take copy', 'take copy', 'send c copy', 'reading 1 of c (copy)', 'first 1', 'take late']);
  });

  it('step aside on an answer that is not a reading, and announce no first reading', () => {
    const h = harness();
    makeLooker(new AbortController().signal, h.effects)('copy');
    h.answer(null);
    expect(h.log).toEqual(['take copy', 'send copy1 copy', 'no reading']);
  });

  it('ignore answers once the session is aborted, and run no look asked for meanwhile', () => {
    const session = new AbortController();
    const h = harness();
    const look = makeLooker(session.signal, h.effects);
    look('copy');
    look('late');
    session.abort();
    h.answer({ n: 1 });
    expect(h.log).toEqual(['take copy', 'send copy1 copy']);
  });
});
