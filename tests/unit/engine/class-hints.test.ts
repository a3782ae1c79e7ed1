/**
 * Class-name hints as the data file describes them: hints of five letters or more
 * match inside a squashed class name (most_read, mostRead, most-read → mostread),
 * shorter hints only as a whole word of it.
 */
import { describe, expect, it } from 'vitest';
import hints from '../../../src/data/class-hints.json';
import { hintsOfNames } from '../../../src/engine/class-hints';
import { corpusAvailable, loadCorpus } from '../../support/corpus';
import { parse } from '../../support/dom';

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The definition, hint by hint. */
function byDefinition(raw: string) {
  const names = raw.split(/\s+/).filter(Boolean).slice(0, 20);
  const words = names.flatMap((n) => n.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/));
  const has = (list: string[]) =>
    list.map(squash).some((h) => (h.length >= 5 ? names.some((n) => squash(n).includes(h)) : words.includes(h)));
  return {
    clutter: (Object.entries(hints.clutter).find(([, list]) => has(list))?.[0] ?? null) as string | null,
    content: has(hints.content),
    navigation: has(hints.navigation),
    sidebar: has(hints.sidebar),
  };
}

describe('hintsOfNames', () => {
  it.each([
    ['related-posts', 'related'],
    ['mostRead box', 'most-read'],
    ['most_read', 'most-read'],
    ['ad-slot top', 'ad'],
    ['shareBar', 'share'],
    ['comments-area', 'comments'],
    ['readMoreBox', 'read-also'],
  ])('names "%s" %s', (raw, kind) => {
    expect(hintsOfNames(raw).clutter).toBe(kind);
  });

  it('matches short hints only as whole words', () => {
    expect(hintsOfNames('shadow loading badge').clutter).toBeNull();
    expect(hintsOfNames('header-ad').clutter).toBe('ad');
    expect(hintsOfNames('main-nav').navigation).toBe(true);
    expect(hintsOfNames('canvas').navigation).toBe(false);
  });

  it('gives every group a name belongs to', () => {
    expect(hintsOfNames('post-navigation')).toEqual({ clutter: 'related', content: true, navigation: true, sidebar: false });
    expect(hintsOfNames('sidebar widget')).toMatchObject({ sidebar: true, clutter: null });
    expect(hintsOfNames('')).toEqual({ clutter: null, content: false, navigation: false, sidebar: false });
  });

  it.runIf(corpusAvailable())('agrees with the definition on every class and id of the corpus', () => {
    const raws = new Set<string>();
    for (const page of loadCorpus()) {
      for (const el of Array.from(parse(page.html).querySelectorAll('[class], [id]'))) raws.add(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    }
    expect(raws.size).toBeGreaterThan(1000);
    const wrong = [...raws].filter((raw) => JSON.stringify(hintsOfNames(raw)) !== JSON.stringify(byDefinition(raw)));
    expect(wrong).toEqual([]);
  });
});
