/**
 * The engine needs only standard DOM: the same page gives the same result in
 * jsdom, happy-dom and linkedom, and analysing never changes the document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { FIXTURES, parse } from '../../support/dom';

const URL_ = 'https://news.example/local/2024/05/02/parks-1234';
const pages = ['pages/article-basic.html', 'rules/glued-story.html', 'rules/inline-read-also.html', 'non-articles/home-page.html'];

function summary(doc: Document) {
  const a = analyze(doc, { url: URL_ });
  return { isArticle: a.isArticle, title: a.title, dir: a.dir, text: a.text, clutter: a.clutter.map((c) => [c.kind, c.text]) };
}

describe.each(pages)('%s', (page) => {
  const html = fs.readFileSync(path.join(FIXTURES, page), 'utf8');
  const reference = summary(parse(html, URL_));

  it('gives the same result in happy-dom', () => {
    const window = new Window({ url: URL_ });
    window.document.write(html);
    expect(summary(window.document as unknown as Document)).toEqual(reference);
    void window.happyDOM.close();
  });

  it('gives the same result in linkedom', () => {
    const { document } = parseHTML(html);
    expect(summary(document as unknown as Document)).toEqual(reference);
  });

  it('does not change the document', () => {
    const doc = parse(html, URL_);
    const before = doc.documentElement.outerHTML;
    analyze(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives the same result twice', () => {
    const doc = parse(html, URL_);
    expect(summary(doc)).toEqual(summary(doc));
  });
});
