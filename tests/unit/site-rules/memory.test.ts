/**
 * Site memory: a rule is remembered once confirmed on two article pages of a site,
 * forgotten when a reading contradicts it, and everything stays within its bounds.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_MEMORY_SITES,
  MAX_PAGES_PER_RULE,
  MAX_READER_RULES,
  MAX_RULES_PER_SITE,
  forget,
  isLabel,
  learn,
  notArticleShape,
  pageKey,
  parseReaderRules,
  parseSiteMemory,
  pathShape,
  rememberedRules,
  touchSite,
  withReaderRule,
} from '../../../src/site-rules/memory';

const related = { selector: 'section.related-news', kind: 'related' as const };
const shape = pathShape('https://news.example/politics/2024/story-123456');

describe('learning', () => {
  it('remembers a rule only once it was confirmed on two different pages', () => {
    const one = learn(null, pageKey('https://news.example/a/story-111111'), shape, [related], 1);
    expect(rememberedRules(one)).toEqual([]);
    const again = learn(one, pageKey('https://news.example/a/story-111111'), shape, [related], 2);
    expect(rememberedRules(again)).toEqual([]);
    const two = learn(again, pageKey('https://news.example/b/story-222222'), shape, [related], 3);
    expect(rememberedRules(two).map((r) => r.selector)).toEqual(['section.related-news']);
  });

  it('forgets a contradicted rule at once', () => {
    let memory = learn(null, 'aaaaaaaa', shape, [related], 1);
    memory = learn(memory, 'bbbbbbbb', shape, [related], 2);
    expect(rememberedRules(forget(memory, [{ selector: 'section.related-news' }]))).toEqual([]);
  });

  it('keeps a rule\'s latest pages only, and the most recently confirmed rules of a site', () => {
    let memory = learn(null, '00000000', shape, [related], 0);
    for (let i = 1; i <= 10; i++) memory = learn(memory, i.toString(16).padStart(8, '0'), shape, [related], i);
    expect(memory.rules[0]!.pages).toHaveLength(MAX_PAGES_PER_RULE);
    for (let i = 0; i < MAX_RULES_PER_SITE + 5; i++) memory = learn(memory, 'cccccccc', shape, [{ selector: `div.box-n${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'x' : ''}`, kind: 'related' }], 100 + i);
    expect(memory.rules).toHaveLength(MAX_RULES_PER_SITE);
    expect(memory.rules.some((r) => r.selector === 'section.related-news')).toBe(false);
  });

  it('learns the shape of the site\'s article addresses, and unlearns one that was not an article', () => {
    const memory = learn(null, 'aaaaaaaa', shape, [related], 1);
    expect(memory.shapes).toEqual([shape]);
    expect(notArticleShape(memory, shape).shapes).toEqual([]);
  });

  it('drops the least recently used site past the bound', () => {
    let index = {};
    let dropped: string[] = [];
    for (let i = 0; i <= MAX_MEMORY_SITES; i++) ({ index, dropped } = touchSite(index, `site${i}.example`, i));
    expect(Object.keys(index)).toHaveLength(MAX_MEMORY_SITES);
    expect(dropped).toEqual(['site0.example']);
  });
});

describe('address shapes', () => {
  it.each([
    ['https://s.example/', '0:none'],
    ['https://s.example/politics', '1:word'],
    ['https://s.example/news/politics/', '2:word'],
    ['https://s.example/story/1234567', '2:num'],
    ['https://s.example/News/Details/2024/3/12/story-1234567.html', '6:id'],
    ['https://s.example/world/city-opens-a-new-park', '2:slug'],
  ])('%s is %s', (url, expected) => expect(pathShape(url)).toBe(expected));
});

describe('the reader\'s rules', () => {
  it('move between "hide" and "show", and "none" takes a rule out of both', () => {
    const rule = { selector: 'div.promo' };
    const hidden = withReaderRule(null, 'hide', rule);
    expect(hidden).toEqual({ hide: [rule], show: [] });
    expect(withReaderRule(hidden, 'show', rule)).toEqual({ hide: [], show: [rule] });
    expect(withReaderRule(hidden, 'none', rule)).toEqual({ hide: [], show: [] });
  });

  it('keep at most MAX_READER_RULES per list, the newest', () => {
    let rules = withReaderRule(null, 'hide', { selector: 'div.first' });
    for (let i = 0; i < MAX_READER_RULES; i++) rules = withReaderRule(rules, 'hide', { selector: `div.r${String.fromCharCode(97 + i)}` });
    expect(rules.hide).toHaveLength(MAX_READER_RULES);
    expect(rules.hide.some((r) => r.selector === 'div.first')).toBe(false);
  });
});

describe('stored values are rebuilt, never trusted', () => {
  it.each([
    ['a selector outside the grammar', { hide: [{ selector: 'div{}*{display:none' }], show: [] }],
    ['an attribute selector', { hide: [{ selector: 'a[href^="javascript"]' }], show: [] }],
    ['a label with punctuation', { hide: [{ selector: 'div.a', label: 'a;b' }], show: [] }],
    ['too many rules', { hide: Array.from({ length: MAX_READER_RULES + 1 }, () => ({ selector: 'div.a' })), show: [] }],
    ['a missing list', { hide: [] }],
    ['not an object', 'hide'],
  ])('reader rules with %s are refused', (_why, value) => expect(parseReaderRules(value)).toBeNull());

  it('a memory with a bad page key or kind is refused', () => {
    const good = learn(null, 'aaaaaaaa', '2:id', [related], 1);
    expect(parseSiteMemory(good)).toEqual(good);
    expect(parseSiteMemory({ ...good, rules: [{ ...good.rules[0], pages: ['../../x'] }] })).toBeNull();
    expect(parseSiteMemory({ ...good, rules: [{ ...good.rules[0], kind: 'everything' }] })).toBeNull();
    expect(parseSiteMemory({ ...good, shapes: ['<script>'] })).toBeNull();
  });
});

describe('label form', () => {
  it('is letters, digits and spaces of any script, and nothing else', () => {
    for (const label of ['اقرا ايضا', 'read more', 'مواضيع ذات صله ٣', 'بیشتر بخوانید', 'читайте также', 'ـ']) expect(isLabel(label), label).toBe(true);
    for (const label of ['اقرأ: أيضاً', 'read-more', 'مقالات\u200cمشابهة', 'a\tb', '<b>', 'x.']) expect(isLabel(label), label).toBe(false);
  });
});
