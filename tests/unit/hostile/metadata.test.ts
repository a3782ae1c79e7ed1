/**
 * Hostile metadata: markup in tag and source text, script links, bidi overrides,
 * huge strings, JSON-LD that is invalid, deeply nested, huge or of the wrong types.
 * The engine reports plain strings and http(s) links only, and never throws.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { readJsonLd } from '../../../src/engine/page-meta';
import { MAX_TEXT, parsePageReport } from '../../../src/shared/report';
import { detailsFromAnalysis, reportFromAnalysis } from '../../../src/shared/report-from-analysis';
import { articleDoc } from '../../support/article';
import { fixture, parse } from '../../support/dom';

describe('a page with hostile metadata', () => {
  const analysis = analyze(fixture('pages/hostile.html', 'https://news.example/economy/2024/05/02/budget-1'));

  it('is still read as an article', () => {
    expect(analysis.isArticle).toBe(true);
    expect(analysis.text).toContain('وقال وزير المالية');
  });

  it('keeps tag links only when they are http(s)', () => {
    for (const tag of analysis.tags) if (tag.href) expect(new URL(tag.href).protocol).toMatch(/^https?:$/);
    expect(analysis.tags.find((t) => t.label === 'موازنة')?.href).toBeUndefined();
    expect(analysis.tags.find((t) => t.label === 'التعليم')?.href).toBeUndefined();
  });

  it('reports markup as text, never as elements', () => {
    // The engine only ever returns strings; the popup renders them with textContent.
    const strings = [analysis.title, ...analysis.tags.map((t) => t.label), ...analysis.sources.map((s) => s.name)];
    for (const s of strings) expect(typeof s).toBe('string');
    expect(analysis.tags.map((t) => t.label)).toContain('<img src=x onerror=window.__pwned=1>');
  });

  it('survives the trip through the report parser unchanged in kind', () => {
    const report = parsePageReport(JSON.parse(JSON.stringify(reportFromAnalysis(analysis, 'news.example'))))!;
    expect(report.status).toBe('article');
  });

  it('becomes chips with http(s) links only, clipped', () => {
    const details = detailsFromAnalysis({ ...analysis, tags: [...analysis.tags, { label: 'x'.repeat(5000), href: 'javascript:alert(1)' }] });
    expect(details.tags.length).toBeGreaterThan(1);
    for (const tag of details.tags) {
      if (tag.href) expect(tag.href).toMatch(/^https?:/);
      expect(tag.label.length).toBeLessThanOrEqual(MAX_TEXT);
    }
    expect(details.tags.at(-1)).toEqual({ label: 'x'.repeat(MAX_TEXT) });
  });
});

describe('JSON-LD of every wrong shape', () => {
  it.each([
    ['invalid JSON', '{ not json'],
    ['a number', '42'],
    ['null', 'null'],
    ['deep nesting', `${'['.repeat(5000)}{}${']'.repeat(5000)}`],
    ['deep @graph', `${'{"@graph":['.repeat(200)}{"@type":"NewsArticle"}${']}'.repeat(200)}`],
    ['wrong types', '{"@type": 7, "headline": {"a": 1}, "keywords": 9, "articleBody": [], "publisher": "x"}'],
    ['a huge value', `{"@type": "NewsArticle", "keywords": "${'وسم، '.repeat(100_000)}"}`],
  ])('is read without throwing: %s', (_name, json) => {
    const doc = articleDoc({ head: `<script type="application/ld+json">${json}</script>` });
    expect(() => readJsonLd(doc)).not.toThrow();
    const a = analyze(doc);
    expect(a.isArticle).toBe(true);
    expect(a.tags.length).toBeLessThanOrEqual(30);
  });
});

describe('strings from the page', () => {
  it('drops 10 000-character tags and keeps bidi controls out of matching', () => {
    const long = 'س'.repeat(10_000);
    const a = analyze(articleDoc({ head: `<meta name="keywords" content="${long}، \u202eالتعليم\u202c">` }));
    expect(a.tags.map((t) => t.label)).toEqual(['\u202eالتعليم\u202c']);
  });

  it('never throws on a document without a body or head', () => {
    const doc = parse('');
    doc.documentElement.replaceChildren();
    expect(() => analyze(doc)).not.toThrow();
    expect(analyze(doc).isArticle).toBe(false);
  });
});
