/**
 * The page is read from a copy, elsewhere: the copy must carry what the engine reads,
 * and the positions its reading names must lead the page back to the very elements
 * the engine would have found on the page itself — or to nothing, never to others.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readCopy } from '../../src/analysis/read-copy';
import { resolveReading } from '../../src/content/resolve';
import { analyzeClutter } from '../../src/engine/analyze-clutter';
import { POSITIONED, positions } from '../../src/engine/positions';
import type { CopyReading } from '../../src/shared/messages';
import { takeCopy } from '../../src/shared/page-copy';
import { corpusAvailable, loadCorpus } from '../support/corpus';
import { FIXTURES, fixtureNames, parse } from '../support/dom';

const URL_ = 'https://news.example/culture/2024/05/03/library-1234';

/** A page as a browser tab holds it: scripting on, so <noscript> holds text (these pages have no scripts). */
const livePage = (html: string): Document =>
  new JSDOM(html, { url: URL_, runScripts: 'dangerously', virtualConsole: new VirtualConsole() }).window.document;

function roundTrip(doc: Document, url = URL_) {
  const copy = takeCopy(doc, url)!;
  // The copy is parsed with scripting off, as DOMParser parses it.
  const reading = readCopy(copy.page, (html) => parse(html, url));
  return { copy, reading, found: resolveReading(reading, copy) };
}

/** What the engine finds on the page itself, element → kind. */
const onThePage = (doc: Document, url = URL_): Map<Element, string> => new Map(analyzeClutter(doc, { url }).clutter.map((c) => [c.element, c.kind]));

describe('takeCopy', () => {
  const doc = livePage(fs.readFileSync(path.join(FIXTURES, 'pages/article-noscript.html'), 'utf8'));
  const copy = takeCopy(doc, URL_)!;
  const parsed = parse(copy.page.html, URL_);

  it('keeps the <html> attributes, the title, the metas and the JSON-LD', () => {
    expect(parsed.documentElement.getAttribute('lang')).toBe('ar');
    expect(parsed.documentElement.getAttribute('dir')).toBe('rtl');
    expect(parsed.title).toBe(doc.title);
    expect(parsed.head.querySelectorAll('meta')).toHaveLength(doc.head.querySelectorAll('meta').length);
    expect(parsed.head.querySelector('script[type="application/ld+json"]')?.textContent).toContain('NewsArticle');
  });

  it('leaves out what the engine does not read in the head, and what would move the body when parsed again', () => {
    expect(copy.page.html).not.toContain('pixel.invalid');
    expect(parsed.head.querySelector('style, noscript')).toBeNull();
    expect(parsed.body.firstElementChild?.tagName).toBe('NOSCRIPT');
  });

  it('counts the page\'s elements the way the copy\'s positions count them', () => {
    expect(copy.elements.length + 1).toBe(positions(parsed.body, []).count);
    expect(copy.page.url).toBe(URL_);
  });

  it('copies nothing it cannot copy faithfully', () => {
    const frameset = parse('<html><head><title>x</title></head><frameset><frame src="a.html"></frameset></html>');
    expect(takeCopy(frameset, URL_)).toBeNull();
  });
});

describe('positions', () => {
  it.each(['pages/article-noscript.html', 'pages/article-basic.html', 'pages/hostile.html'])('counts %s as querySelectorAll(POSITIONED) does, <noscript> content left out', (page) => {
    const doc = parse(fs.readFileSync(path.join(FIXTURES, page), 'utf8'));
    const all = [doc.body, ...Array.from(doc.body.querySelectorAll(POSITIONED))];
    const index = positions(doc.body, all);
    expect(index.count).toBe(all.length);
    all.forEach((el, i) => expect(index.of.get(el)).toBe(i));
  });

  it('does not count what is inside a <noscript>, nor give it a position', () => {
    const doc = parse('<body><noscript><iframe></iframe></noscript><p>x</p></body>');
    const index = positions(doc.body, [doc.querySelector('iframe')!, doc.querySelector('p')!]);
    expect(index.count).toBe(3);
    expect(index.of.get(doc.querySelector('p')!)).toBe(2);
    expect(index.of.has(doc.querySelector('iframe')!)).toBe(false);
  });
});

describe('a reading of the copy leads back to the elements the engine finds on the page', () => {
  it('on a page with <noscript> in its head and body, scripting on', () => {
    const doc = livePage(fs.readFileSync(path.join(FIXTURES, 'pages/article-noscript.html'), 'utf8'));
    const { reading, found } = roundTrip(doc);
    expect(reading.isArticle).toBe(true);
    expect(found.size).toBeGreaterThanOrEqual(3);
    expect(found).toEqual(onThePage(doc));
    // The copy is read differently from the page (scripting off): the <noscript> paragraph is text on the page.
    expect(doc.querySelector('article noscript')?.childElementCount).toBe(0);
  });

  it.each([...fixtureNames('pages').map((f) => `pages/${f}`), ...fixtureNames('rules').map((f) => `rules/${f}`)])('on %s', (page) => {
    const doc = parse(fs.readFileSync(path.join(FIXTURES, page), 'utf8'), URL_);
    const { reading, found } = roundTrip(doc);
    expect(reading.isArticle).toBe(analyzeClutter(doc, { url: URL_ }).isArticle);
    expect(found).toEqual(onThePage(doc));
  });

  it.runIf(corpusAvailable())('on every corpus page', () => {
    for (const page of loadCorpus()) {
      const url = page.truth.url ?? URL_;
      const doc = parse(page.html, url);
      const { reading, found } = roundTrip(doc, url);
      expect(reading.isArticle, page.name).toBe(page.truth.isArticle);
      expect(found, page.name).toEqual(onThePage(doc, url));
      if (page.truth.isArticle) expect(found.size, page.name).toBeGreaterThan(0);
    }
  });
});

describe('resolveReading takes nothing on trust', () => {
  const doc = parse(fs.readFileSync(path.join(FIXTURES, 'pages/article-basic.html'), 'utf8'), URL_);
  const { copy, reading } = roundTrip(doc);
  const withReading = (change: (r: CopyReading) => CopyReading) => resolveReading(change(structuredClone(reading)), copy);

  it('finds every named element when the page and the copy agree', () => {
    expect(resolveReading(reading, copy).size).toBe(reading.clutter.length);
  });

  it('finds nothing when the page counts another number of elements than the copy', () => {
    expect(withReading((r) => ({ ...r, elements: r.elements + 1 })).size).toBe(0);
  });

  it('finds nothing when the article body is not where the copy has it', () => {
    expect(withReading((r) => ({ ...r, body: { ...r.body!, tag: 'SPAN' } })).size).toBe(0);
    expect(withReading((r) => ({ ...r, body: { ...r.body!, children: r.body!.children + 1 } })).size).toBe(0);
  });

  it('skips an element whose tag or child count differs from the copy\'s', () => {
    const found = withReading((r) => ({ ...r, clutter: r.clutter.map((c, i) => (i === 0 ? { ...c, tag: 'TABLE' } : i === 1 ? { ...c, children: c.children + 3 } : c)) }));
    expect(found.size).toBe(reading.clutter.length - 2);
  });

  it('never takes an element that holds the article body', () => {
    const main = doc.querySelector('main')!;
    const at = Array.from(copy.elements).indexOf(main) + 1;
    const found = withReading((r) => ({ ...r, clutter: [{ at, tag: main.tagName, children: main.childElementCount, kind: 'related' }] }));
    expect(found.size).toBe(0);
  });

  it('finds nothing on a page that is not an article', () => {
    expect(withReading((r) => ({ ...r, isArticle: false })).size).toBe(0);
  });
});
