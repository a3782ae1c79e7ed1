/**
 * Pages that are not one article (tests/fixtures/non-articles): home and section pages,
 * including ones that declare og:type=article as many CMSs do. Nothing on them is an
 * article and nothing is clutter, however their text is cut up.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { fixture, fixtureNames } from '../../support/dom';

describe.each(fixtureNames('non-articles'))('%s', (name) => {
  const analysis = analyze(fixture(`non-articles/${name}`, 'https://news.example/politics'));
  it('is not an article, and nothing on it is reported', () => {
    expect(analysis.isArticle, analysis.reason).toBe(false);
    expect(analysis.clutter).toEqual([]);
    expect(analysis.sources).toEqual([]);
    expect(analysis.tags).toEqual([]);
  });
});
