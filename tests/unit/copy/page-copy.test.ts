/**
 * The page is read from a copy, elsewhere (src/copy): the copy must carry what the engine
 * reads, and the names its reading gives must lead the page back to the very elements
 * the engine would have found on the page itself — or to nothing, never to others —
 * even when the live page no longer parses into the tree it holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findReading } from '../../../src/copy/find';
import { findByName, nameOf, textKey, textKeyByWalk } from '../../../src/copy/names';
import { readCopy } from '../../../src/copy/read';
import { slimBody, takeCopy } from '../../../src/copy/take';
import { analyze } from '../../../src/engine/analyze';
import { analyzeClutter } from '../../../src/engine/analyze-clutter';
import type { CopyReading } from '../../../src/shared/messages';
import { matchRule } from '../../../src/site-rules/selector';
import { corpusAvailable, loadCorpus } from '../../support/corpus';
import { FIXTURES, fixtureNames, parse } from '../../support/dom';

const URL_ = 'https://news.example/culture/2024/05/03/library-1234';

/** A page as a browser tab holds it: scripting on, so <noscript> holds text (these pages have no scripts). */
const livePage = (html: string): Document =>
  new JSDOM(html, { url: URL_, runScripts: 'dangerously', virtualConsole: new VirtualConsole() }).window.document;

function roundTrip(doc: Document, url = URL_, between?: () => void) {
  const copy = takeCopy(doc, url)!;
  // The copy is parsed with scripting off, as DOMParser parses it.
  const reading = readCopy(copy.page, (html: string) => parse(html, url));
  between?.();
  const result = findReading(reading, copy.body);
  // Element → kind, as the engine's own findings are compared (the site rules are tested in tests/unit/site-rules).
  const found = new Map([...result.found].map(([el, item]) => [el, item.kind as string]));
  return { copy, reading, found, missed: result.missed };
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

  it('carries the page address', () => {
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

  it('keeps the first character of each run of spaces in text, and every other character', () => {
    expect(slim('<div>\n    <p>أ  ب\t\t ج </p>\n  \n</div>')).toBe('<div>\n<p>أ ب\tج </p>\n</div>');
    // Text that reads like an attribute after a run is still text; spaces a text key counts (thin, no-break) stay.
    expect(slim('<p>قال:   data-x="y"\n\n class="z"</p>')).toBe('<p>قال: data-x="y"\nclass="z"</p>');
    expect(slim('<p>أ\u2009\u2009ب&nbsp;&nbsp;ج</p>')).toBe('<p>أ\u2009\u2009ب&nbsp;&nbsp;ج</p>');
    // Attribute values and JSON-LD keep theirs.
    expect(slim('<a class="x  y" data-a="1  2" href="/a">t  u</a><script type="application/ld+json">{"a":  1}</script>')).toBe(
      '<a class="x  y" href="/a">t u</a><script type="application/ld+json">{"a":  1}</script>',
    );
  });
});

describe('names', () => {
  const doc = parse('<body><div><p>أ ب</p><p> ج <script>x()</script><noscript>د</noscript>ه </p></div><ul><li>و</li></ul></body>');
  const [p1, p2] = Array.from(doc.querySelectorAll('p'));

  it('name an element by its path from the body, its tag, its children and its text', () => {
    expect(nameOf(doc.body, p2!)).toEqual({ path: [0, 1], tag: 'P', children: 2, text: '2:جه' });
    expect(nameOf(doc.body, doc.body)).toEqual({ path: [], tag: 'BODY', children: 2, text: textKey(doc.body) });
    expect(nameOf(p1!, p2!)).toBeNull();
  });

  it('key text outside scripts, styles, <noscript> and raw text, spaces left out', () => {
    expect(textKey(p1!)).toBe('2:أب');
    expect(textKey(parse('<body><div>x<style>a{}</style><iframe>y</iframe><template>z</template></div></body>').querySelector('div')!)).toBe('1:x');
  });

  it('key every element of every corpus page and fixture as a walk over its text nodes does, on the page and on its copy', () => {
    const pages = [
      ...(corpusAvailable() ? loadCorpus().map((p) => p.html) : []),
      ...['pages', 'rules'].flatMap((folder) => fixtureNames(folder).map((f) => fs.readFileSync(path.join(FIXTURES, folder, f), 'utf8'))),
    ];
    let compared = 0;
    for (const html of pages) {
      const page = livePage(html);
      for (const doc of [page, parse(takeCopy(page, URL_)!.page.html, URL_)]) {
        // Every fourth element (the reference walk is slow on big containers), the body always.
        for (const el of [doc.body, ...[...doc.body.querySelectorAll('*')].filter((_, i) => i % 4 === 0)]) {
          if (textKey(el) !== textKeyByWalk(el)) expect({ tag: el.tagName, key: textKey(el) }).toEqual({ tag: el.tagName, key: textKeyByWalk(el) });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('find an element by its path, and by its tag, children and text when the path leads elsewhere', () => {
    expect(findByName(doc.body, nameOf(doc.body, p2!)!)).toBe(p2);
    expect(findByName(doc.body, { ...nameOf(doc.body, p2!)!, path: [5, 5] })).toBe(p2);
    expect(findByName(doc.body, { ...nameOf(doc.body, p2!)!, path: [0, 0] })).toBe(p2);
  });

  it('find nothing rather than one of two alike, or an element whose text differs', () => {
    const twins = parse('<body><p>مشاركة</p><div><p>مشاركة</p></div></body>');
    const name = nameOf(twins.body, twins.querySelectorAll('p')[1]!)!;
    expect(findByName(twins.body, name)).toBe(twins.querySelectorAll('p')[1]);
    expect(findByName(twins.body, { ...name, path: [9] })).toBeNull();
    expect(findByName(doc.body, { ...nameOf(doc.body, p2!)!, text: '2:جو' })).toBeNull();
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

  // The page's thread teaches site memory these rules without matching them again (site-choices.ts).
  it.runIf(corpusAvailable())('with site rules that name, on the page too, only what was found and never the article', () => {
    let rules = 0;
    for (const page of loadCorpus().filter((p) => p.truth.isArticle)) {
      const url = page.truth.url ?? URL_;
      const doc = parse(page.html, url);
      const copy = takeCopy(doc, url)!;
      const reading = readCopy(copy.page, (html: string) => parse(html, url));
      const { found, body } = findReading(reading, copy.body);
      for (const [el, { rule }] of found) {
        if (!rule) continue;
        rules++;
        const matched = matchRule(doc, rule);
        expect(matched, `${page.name}: ${rule.selector}`).toContain(el);
        for (const m of matched) {
          expect([...found.keys()].some((f) => f.contains(m)), `${page.name}: ${rule.selector}`).toBe(true);
          expect(m.contains(body!), `${page.name}: ${rule.selector}`).toBe(false);
        }
      }
    }
    expect(rules).toBeGreaterThan(0);
  });
});

describe('findReading takes nothing on trust', () => {
  const doc = parse(fs.readFileSync(path.join(FIXTURES, 'pages/article-basic.html'), 'utf8'), URL_);
  const { copy, reading } = roundTrip(doc);
  const withReading = (change: (r: CopyReading) => CopyReading) => findReading(change(structuredClone(reading)), copy.body);

  it('finds every named element when the page and the copy agree', () => {
    expect(findReading(reading, copy.body)).toEqual({ found: expect.any(Map), missed: 0, body: expect.any(Object) });
    expect(findReading(reading, copy.body).found.size).toBe(reading.clutter.length);
  });

  it('finds nothing, and says so, when the article body is not on the page', () => {
    expect(withReading((r) => ({ ...r, body: { ...r.body!, tag: 'SPAN' } }))).toEqual({ found: new Map(), missed: reading.clutter.length, body: null });
    expect(withReading((r) => ({ ...r, body: { ...r.body!, text: '9:أقرالمجلس' } })).found.size).toBe(0);
  });

  it('skips, and counts, an item whose tag or text differs from the copy\'s', () => {
    const result = withReading((r) => ({
      ...r,
      clutter: r.clutter.map((c, i) => (i === 0 ? { ...c, tag: 'TABLE' } : i === 1 ? { ...c, text: `${c.text}x` } : c)),
    }));
    expect(result.found.size).toBe(reading.clutter.length - 2);
    expect(result.missed).toBe(2);
  });

  it('takes an item whose children were rearranged, when its tag and text say it is that one', () => {
    expect(withReading((r) => ({ ...r, clutter: r.clutter.map((c) => ({ ...c, children: c.children + 3 })) })).found.size).toBe(reading.clutter.length);
  });

  it('never takes an element that holds the article body', () => {
    const main = doc.querySelector('main')!;
    const result = withReading((r) => ({ ...r, clutter: [{ ...nameOf(copy.body, main)!, kind: 'related', rule: null }] }));
    expect(result).toEqual({ found: new Map(), missed: 1, body: expect.any(Object) });
  });

  it('finds nothing on a page that is not an article', () => {
    expect(withReading((r) => ({ ...r, isArticle: false }))).toEqual({ found: new Map(), missed: 0, body: null });
  });
});

/**
 * Live pages that do not round-trip: their scripts built shapes that parse into another tree
 * (an ad slot <div> in the lead <p>, a <div> in a <span>, a <tr> straight in a <table>, an
 * <a> in an <a>, custom elements), or inserted and removed elements between the copy and the
 * answer. Every clutter item the engine reports on the page as written is still found.
 */
describe('a page its scripts rearranged', () => {
  const html = fs.readFileSync(path.join(FIXTURES, 'pages/article-basic.html'), 'utf8');
  const asWritten = (): Document => parse(html, URL_);
  const expected = (): string[] => analyze(asWritten(), { url: URL_ }).clutter.map((c) => c.text);
  const hiddenTexts = (found: Map<Element, unknown>): string[] => [...found.keys()].map((el) => analyzeText(el));
  const analyzeText = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

  function rearrange(doc: Document): void {
    const paragraphs = doc.querySelectorAll('article p, .article-body p, main p');
    const ad = doc.createElement('div');
    ad.className = 'ad-slot';
    paragraphs[0]!.append(ad);
    const span = doc.createElement('span');
    span.append(doc.createElement('div'));
    paragraphs[1]?.append(span);
    const table = doc.createElement('table');
    table.append(doc.createElement('tr'));
    doc.body.prepend(table);
    const outer = doc.createElement('a');
    outer.href = '/promo';
    outer.append(doc.createElement('a'));
    doc.body.prepend(outer);
    doc.body.prepend(doc.createElement('ad-injection-point'));
  }

  it('finds every item when the body\'s own paragraphs were rearranged', () => {
    const doc = asWritten();
    rearrange(doc);
    const { found, missed } = roundTrip(doc);
    expect(missed).toBe(0);
    expect(hiddenTexts(found).sort()).toEqual(expected().map((t) => t.replace(/\s+/g, ' ')).sort());
  });

  it('finds every item when elements were inserted and removed between the copy and the answer', () => {
    const doc = asWritten();
    const { found, missed } = roundTrip(doc, URL_, () => {
      doc.body.prepend(doc.createElement('div'), doc.createElement('section'));
      const main = doc.querySelector('main') ?? doc.body;
      main.prepend(doc.createElement('aside'));
      doc.querySelector('footer')?.remove();
    });
    expect(missed).toBe(0);
    expect(found.size).toBe(expected().length);
  });
});
