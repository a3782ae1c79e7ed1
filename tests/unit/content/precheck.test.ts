/**
 * The content script's first look (src/content/precheck.ts): Arabic pages go on to be
 * read; pages in another language — including Persian, Urdu, Kurdish and Pashto in Arabic
 * script, whatever they declare — stop here, before any copy is taken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksArabic } from '../../../src/content/precheck';
import { BODY, articleHtml } from '../../support/article';
import { FIXTURES, fixtureNames, parse } from '../../support/dom';

const page = (html: string): Document => parse(html);

describe('looksArabic', () => {
  it('goes on with an Arabic page, declared or not', () => {
    expect(looksArabic(page(articleHtml()))).toBe(true);
    expect(looksArabic(page(articleHtml().replace(' lang="ar"', '')))).toBe(true);
  });

  it('goes on with an Arabic page that declares Persian by mistake, or names a Persian place in its title', () => {
    expect(looksArabic(page(articleHtml().replace('lang="ar"', 'lang="fa"')))).toBe(true);
    expect(looksArabic(page(articleHtml({ title: 'وزير الخارجية يزور مدينة پاكدشت ويلتقي مسؤوليها' })))).toBe(true);
  });

  it('stops at a page in English or French', () => {
    expect(looksArabic(page(fs.readFileSync(path.join(FIXTURES, 'pages/english-article.html'), 'utf8')))).toBe(false);
  });

  it.each(fixtureNames('languages'))('stops at %s (Arabic script, another language)', (name) => {
    expect(looksArabic(page(fs.readFileSync(path.join(FIXTURES, 'languages', name), 'utf8')))).toBe(false);
  });

  it('reads the body when the title says nothing', () => {
    expect(looksArabic(page(`<html><head><title>Home</title></head><body><p>${BODY.join(' ')}</p></body></html>`))).toBe(true);
  });
});
