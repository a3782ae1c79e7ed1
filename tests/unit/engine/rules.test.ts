/**
 * One small page per rule (tests/fixtures/rules/). Each page marks what the
 * engine must keep (data-expect="keep") and what it must report as clutter of a
 * kind (data-expect="clutter:<kind>"). The engine never reads these attributes.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { normalizeArabic } from '../../../src/engine/arabic';
import { visibleText } from '../../../src/engine/dom';
import type { Analysis } from '../../../src/engine/types';
import { fixture, fixtureNames } from '../../support/dom';

function covered(analysis: Analysis, el: Element, kind: string): boolean {
  return analysis.clutter.some(
    (c) =>
      c.kind === kind &&
      (c.element === el ||
        c.element.contains(el) ||
        (el.contains(c.element) && visibleText(c.element).length >= 0.6 * visibleText(el).length)),
  );
}

describe.each(fixtureNames('rules'))('rule page %s', (name) => {
  const doc = fixture(`rules/${name}`);
  const analysis = analyze(doc);
  const text = normalizeArabic(analysis.text);

  it('is an Arabic article', () => {
    expect(analysis.isArticle).toBe(true);
    expect(analysis.dir).toBe('rtl');
  });

  it('keeps every paragraph marked keep, and hides none of them', () => {
    const keep = Array.from(doc.querySelectorAll('[data-expect="keep"]'));
    expect(keep.length).toBeGreaterThan(0);
    for (const el of keep) {
      for (const line of visibleText(el).split(/(?<=[.!؟])\s+/)) expect(text).toContain(normalizeArabic(line));
      expect(analysis.clutter.filter((c) => c.element.contains(el) || el.contains(c.element))).toEqual([]);
    }
  });

  it('reports every element marked clutter, with its kind, and leaves it out of the text', () => {
    for (const el of Array.from(doc.querySelectorAll('[data-expect^="clutter:"]'))) {
      const kind = el.getAttribute('data-expect')!.slice('clutter:'.length);
      expect(covered(analysis, el, kind), `${kind}: ${visibleText(el).slice(0, 60)}`).toBe(true);
      expect(text).not.toContain(normalizeArabic(visibleText(el)));
    }
  });
});
