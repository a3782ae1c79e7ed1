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
import { analyze } from '../../src/engine/analyze';
import { analyzeClutter } from '../../src/engine/analyze-clutter';
import { POSITIONED, positions } from '../../src/engine/positions';
import type { CopyReading } from '../../src/shared/messages';
import { slimBody, takeCopy } from '../../src/shared/page-copy';
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

describe('slimBody', () => {
  const slim = (body: string) => slimBody(body);

  it('keeps every element and all text, and only the attributes the engine reads', () => {
    expect(slim('<body class="b"><div class="x" data-id="7" style="color:red" onclick="go()"><a href="/a" target="_blank" rel="nofollow">نص</a></div></body>')).toBe(
      '<body class="b"><div class="x"><a href="/a">نص</a></div></body>',
    );
    expect(slim('<p id="i" role="note" itemprop="author" lang="ar" dir="rtl" hidden="" aria-hidden="true">x</p>')).toBe(
      '<p id="i" role="note" itemprop="author" lang="ar" dir="rtl" hidden="" aria-hidden="true">x</p>',
    );
  });

  it('keeps a style attribute only when it hides its element', () => {
    expect(slim('<div style="display: none">a</div><div style="color: red">b</div><div style="x:1; visibility:hidden">c</div>')).toBe(
      '<div style="display: none">a</div><div>b</div><div style="x:1; visibility:hidden">c</div>',
    );
  });

  it('empties scripts, styles and raw-text elements, keeping their tags, and keeps JSON-LD whole', () => {
    expect(slim('<div><script src="a.js">var a = "<p class=\'x\'>";</script><style>p > a { color: red }</style><noscript><img src="p.gif"></noscript></div>')).toBe(
      '<div><script src="a.js"></script><style></style><noscript></noscript></div>',
    );
    const ld = '<script type="application/ld+json">{"headline": "a b=", "body": "<p>x</p>"}</script>';
    expect(slim(`<div>${ld}</div>`)).toBe(`<div>${ld}</div>`);
    expect(slim(`<style>a{}</style>\n${ld}<script>x()</script>`)).toBe(`<style></style>\n${ld}<script></script>`);
    expect(slim('<script data-kind="ld+json">x()</script>')).toBe('<script data-kind="ld+json"></script>');
  });

  it('tells a custom element from the raw-text element its name starts with', () => {
    expect(slim('<style-guide class="a" data-x="1"><p>نص</p></style-guide><style>p{}</style>')).toBe('<style-guide class="a"><p>نص</p></style-guide><style></style>');
    expect(slim('<script-x type="application/ld+json"><p>y</p></script-x><script>z()</script>')).toBe('<script-x type="application/ld+json"><p>y</p></script-x><script></script>');
  });

  it('ends an element or a comment left open at the end of the copy', () => {
    expect(slim('<div><script>x = "<p>";')).toBe('<div><script>');
    expect(slim('<div><!-- <p>')).toBe('<div>');
  });

  it('drops comments', () => {
    expect(slim('<div><!-- <p class="x" data-a="b"> --><p>y</p></div>')).toBe('<div><p>y</p></div>');
  });

  it('never reads inside a value: a kept value ending in " x=", a value holding ">" or "<"', () => {
    expect(slim('<div class="video embed-eyJ9=" data-x="1"></div><script src="v.js"></script>')).toBe('<div class="video embed-eyJ9="></div><script src="v.js"></script>');
    expect(slim('<a href="/x?a=1>2" title="<b> c=&quot;d&quot;">t</a>')).toBe('<a href="/x?a=1>2">t</a>');
  });

  it('leaves text alone, even text that reads like an attribute', () => {
    expect(slim('<p>قال: data-x="y" و class="z" &lt;b&gt;</p>')).toBe('<p>قال: data-x="y" و class="z" &lt;b&gt;</p>');
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
    const { copy, reading, found } = roundTrip(doc);
    expect(reading.isArticle).toBe(analyzeClutter(doc, { url: URL_ }).isArticle);
    expect(found).toEqual(onThePage(doc));
    const [onPage, onCopy] = [analyze(doc, { url: URL_ }), analyze(parse(copy.page.html, URL_), { url: URL_ })];
    expect([onCopy.text, onCopy.sources, onCopy.tags]).toEqual([onPage.text, onPage.sources, onPage.tags]);
  });

  it.runIf(corpusAvailable())('and the copy reads as the page does, on every corpus page: verdict, text, sources, tags', () => {
    for (const page of loadCorpus()) {
      const url = page.truth.url ?? URL_;
      const doc = parse(page.html, url);
      const copy = parse(takeCopy(doc, url)!.page.html, url);
      const [onPage, onCopy] = [analyze(doc, { url }), analyze(copy, { url })];
      expect(onCopy.isArticle, page.name).toBe(onPage.isArticle);
      expect(onCopy.text, page.name).toBe(onPage.text);
      expect(onCopy.sources, page.name).toEqual(onPage.sources);
      expect(onCopy.tags, page.name).toEqual(onPage.tags);
      expect(onCopy.clutter.map((c) => [c.kind, c.text]), page.name).toEqual(onPage.clutter.map((c) => [c.kind, c.text]));
    }
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
