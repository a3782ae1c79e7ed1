/**
 * Site rules name a box by what is stable on a site: the selector built for an element
 * matches it, never the article, never uses generated names, and falls back to the
 * label a labelled box begins with.
 */
import { describe, expect, it } from 'vitest';
import { buildRule, isRuleSelector, isStableToken, labelOf, matchRule } from '../../../src/site-rules/selector';
import { parse } from '../../support/dom';

const page = (body: string): Document => parse(`<!doctype html><html lang="ar" dir="rtl"><body>${body}</body></html>`);
const ARTICLE = `<article class="story"><h1>عنوان الخبر</h1><div class="story-body"><p>الفقرة الأولى من نص المقال الطويل.</p><p>الفقرة الثانية من نص المقال.</p></div></article>`;
const bodyOf = (doc: Document): Element => doc.querySelector('.story-body')!;
const outsideBody = (doc: Document) => (el: Element): boolean => !el.contains(bodyOf(doc)) && !bodyOf(doc).contains(el);

describe('stable tokens', () => {
  it.each(['related-news', 'read_also', 'sidebar', 'mostRead', 'h2-title', 'RelatedNewsBox', 'box'])('keeps %s', (token) => {
    expect(isStableToken(token)).toBe(true);
  });
  it.each([
    ['css-1q2w3e', 'a CSS-in-JS hash'],
    ['sc-bdVaJa', 'a styled-components class'],
    ['jsx-2981726', 'a styled-jsx scope'],
    ['_3xYz1', 'a CSS-module hash'],
    ['Box_wrap__a1b2c', 'a CSS-module name with its hash'],
    ['item-3', 'a counter'],
    ['post-12345', 'an id'],
    ['x9k2m', 'digits among letters'],
    ['kYzXpQ', 'short mixed case'],
    ['a b', 'not one token'],
    ['عربي', 'not an identifier this grammar takes'],
  ])('rejects %s (%s)', (token) => {
    expect(isStableToken(token)).toBe(false);
  });
});

describe('buildRule', () => {
  it('names a box by its own stable class', () => {
    const doc = page(`${ARTICLE}<section class="related-news css-9x8y7z"><h3>أخبار ذات صلة</h3><ul><li><a href="/a">خبر</a></li></ul></section>`);
    const box = doc.querySelector('section')!;
    expect(buildRule(box, outsideBody(doc))).toEqual({ selector: 'section.related-news' });
  });

  it('never uses a generated name, and goes to a named ancestor instead', () => {
    const doc = page(`${ARTICLE}<aside class="sidebar"><div class="css-1q2w3e"><h3>الأكثر قراءة</h3><ol><li>خبر</li></ol></div></aside>`);
    const box = doc.querySelector('aside div')!;
    const rule = buildRule(box, outsideBody(doc))!;
    expect(rule.selector).toBe('aside.sidebar div');
    expect(rule.selector).not.toMatch(/css-/);
  });

  it('falls back to the label a labelled box begins with when its names match article text too', () => {
    const doc = page(`<article class="story"><div class="story-body"><p>الفقرة الأولى من نص المقال.</p><p>اقرأ أيضاً: <a href="/x">خبر آخر</a></p><p>الفقرة الثالثة من المقال.</p></div></article>`);
    const promo = doc.querySelectorAll('p')[1]!;
    const article = [...doc.querySelectorAll('p')].filter((p) => p !== promo);
    const rule = buildRule(promo, (el) => !article.includes(el as HTMLParagraphElement) && !el.contains(article[0]!))!;
    expect(rule).toEqual({ selector: 'div.story-body p', label: 'اقرا ايضا' });
    expect(matchRule(doc, rule)).toEqual([promo]);
  });

  it('gives no rule when every candidate would match the article', () => {
    const doc = page(`<div><p>وقال الوزير إن الخطة تبدأ غداً.</p><p>وقال الوزير إن التمويل جاهز.</p></div>`);
    const [first, second] = [...doc.querySelectorAll('p')];
    expect(buildRule(first!, (el) => el !== second)).toBeNull();
  });

  it('never builds a rule that matches the element holding the article body', () => {
    const doc = page(`<div class="wrap">${ARTICLE}</div><div class="wrap"><h3>مواضيع ذات صلة</h3></div>`);
    const box = doc.querySelectorAll('.wrap')[1]!;
    const rule = buildRule(box, outsideBody(doc));
    // ".wrap" also holds the article: the rule must be narrower (the label) or none.
    if (rule) for (const el of matchRule(doc, rule)) expect(el.contains(bodyOf(doc))).toBe(false);
    expect(rule).toEqual({ selector: 'div.wrap', label: 'مواضيع ذات صله' });
  });

  it('matches the same box on another article of the site', () => {
    const one = page(`${ARTICLE}<section class="related-news"><h3>أخبار ذات صلة</h3></section>`);
    const rule = buildRule(one.querySelector('section')!, outsideBody(one))!;
    const two = page(`<article class="story"><div class="story-body"><p>قصة أخرى تماماً.</p></div></article><section class="related-news"><h3>أخبار ذات صلة</h3><ul><li>غيره</li></ul></section>`);
    expect(matchRule(two, rule).map((el) => el.localName)).toEqual(['section']);
  });
});

describe('labels', () => {
  it('are the first line up to a colon, normalised (alef, ta marbuta, diacritics, tatweel)', () => {
    const doc = page(`<p>إقـرأ أيضاً: <a href="/x">عنوان</a></p><div><h3>مواضيع ذات صِلة</h3><ul><li>خبر</li></ul></div>`);
    expect(labelOf(doc.querySelector('p')!)).toBe('اقرا ايضا');
    expect(labelOf(doc.querySelector('div')!)).toBe('مواضيع ذات صله');
  });
});

describe('the selector grammar', () => {
  it.each(['section.related', 'div#most-read', 'aside.sidebar div', 'ul.list.news-list'])('accepts %s', (s) => expect(isRuleSelector(s)).toBe(true));
  it.each(['', 'div{}', 'a[href]', 'body > div', 'div:has(p)', 'div, p', 'x'.repeat(300), '.a}*{display:none', 'div .a .b'])('refuses %s', (s) => expect(isRuleSelector(s)).toBe(false));
  it('a rule outside it matches nothing', () => {
    expect(matchRule(page('<div class="a"></div>'), { selector: 'div[class]' })).toEqual([]);
  });
});
