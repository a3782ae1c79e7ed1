import { describe, expect, it } from 'vitest';
import { MAX_READING_ITEMS, MAX_SNAPSHOT_CHARS, parseCopyResponse, parseMessage } from '../../../src/shared/messages';
import { parsePageReport, safeHttpUrl } from '../../../src/shared/report';

describe('parseMessage accepts exactly the typed union', () => {
  it.each([
    [{ type: 'naqi:get-report' }],
    [{ type: 'naqi:settings-changed' }],
    [{ type: 'naqi:set-revealed', revealed: true }],
    [{ type: 'naqi:report-changed', hiddenCount: 3, active: true }],
    [{ type: 'naqi:read-copy', page: { html: '<html><body></body></html>', url: 'https://news.example/a' } }],
    [{ type: 'naqi:offscreen-read', page: { html: '<html><body></body></html>', url: 'http://news.example/a' } }],
    [{ type: 'naqi:set-item', index: 2, shown: true }],
    [{ type: 'naqi:start-picker' }],
    [{ type: 'naqi:report-changed', hiddenCount: 0, active: false, lesson: { article: false, confirmed: [], contradicted: [] } }],
    [{ type: 'naqi:report-changed', hiddenCount: 2, active: true, lesson: { article: true, confirmed: [{ selector: 'section.related', kind: 'related' }], contradicted: [{ selector: 'div.box', label: 'اقرا ايضا' }] } }],
    [{ type: 'naqi:save-rule', list: 'show', rule: { selector: 'aside.sidebar div' } }],
  ])('accepts %j', (message) => {
    expect(parseMessage(message)).toEqual(message);
  });

  it.each([
    [null],
    ['naqi:get-report'],
    [[{ type: 'naqi:get-report' }]],
    [{ type: 'naqi:unknown' }],
    [{ type: 'naqi:get-report', extra: 1 }],
    [{ type: 'naqi:set-revealed', revealed: 'yes' }],
    [{ type: 'naqi:set-revealed' }],
    [{ type: 'naqi:report-changed', hiddenCount: -1, active: true }],
    [{ type: 'naqi:report-changed', hiddenCount: 1.5, active: true }],
    [{ type: 'naqi:report-changed', hiddenCount: 2, active: 'true' }],
    [{ type: 'naqi:read-copy' }],
    [{ type: 'naqi:read-copy', page: { html: '<p>', url: 'file:///etc/passwd' } }],
    [{ type: 'naqi:read-copy', page: { html: 1, url: 'https://news.example/a' } }],
    [{ type: 'naqi:offscreen-read', page: { html: '<p>', url: 'https://news.example/a', extra: true } }],
    [Object.assign(Object.create({ type: 'naqi:get-report' }), {})],
    [{ type: 'naqi:set-item', index: -1, shown: true }],
    [{ type: 'naqi:set-item', index: 1 }],
    [{ type: 'naqi:report-changed', hiddenCount: 1, active: true, lesson: { article: true, confirmed: [{ selector: 'div{}body{display:none', kind: 'related' }], contradicted: [] } }],
    [{ type: 'naqi:report-changed', hiddenCount: 1, active: true, lesson: { article: true, confirmed: [{ selector: 'div.a', kind: 'everything' }], contradicted: [] } }],
    [{ type: 'naqi:report-changed', hiddenCount: 1, active: true, lesson: { article: 'yes', confirmed: [], contradicted: [] } }],
    [{ type: 'naqi:report-changed', hiddenCount: 1, active: true, lesson: { article: true, confirmed: [], contradicted: [], extra: 1 } }],
    [{ type: 'naqi:report-changed', hiddenCount: 1, active: true, lesson: null }],
    [{ type: 'naqi:learn', article: true, confirmed: [], contradicted: [] }],
    [{ type: 'naqi:save-rule', list: 'all', rule: { selector: 'div.a' } }],
    [{ type: 'naqi:save-rule', list: 'hide', rule: { selector: 'a[href]' } }],
  ])('rejects %j', (message) => {
    expect(parseMessage(message)).toBeNull();
  });
});

describe('parsePageReport rebuilds untrusted reports', () => {
  const good = {
    status: 'article',
    host: 'news.example',
    title: 'عنوان',
    lang: 'ar',
    dir: 'rtl',
    clutterCount: 2,
    unmatched: 0,
    clutterByKind: { 'read-also': 1, related: 1 },
    revealed: false,
    items: [
      { kind: 'read-also', text: 'اقرأ أيضاً: خبر', shown: false, by: 'engine' },
      { kind: 'picked', text: 'الطقس اليوم', shown: true, by: 'reader' },
    ],
  };

  it('keeps a well-formed report as it is', () => {
    expect(parsePageReport(good)).toEqual(good);
  });

  it('rejects values that are not reports', () => {
    expect(parsePageReport(null)).toBeNull();
    expect(parsePageReport({ ...good, status: 'pwned' })).toBeNull();
  });

  it('drops odd kinds and keys, and clips long text', () => {
    const report = parsePageReport({
      ...good,
      title: 'x'.repeat(5000),
      host: 'evil host/<b>',
      clutterByKind: { 'read-also': 1, '<img src=x>': 5 },
      clutterCount: -4,
    })!;
    expect(report.title.length).toBe(1000);
    expect(report.host).toBe('');
    expect(report.clutterByKind).toEqual({ 'read-also': 1 });
    expect(report.clutterCount).toBe(0);
  });

  it('allows only http(s) addresses', () => {
    expect(safeHttpUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHttpUrl('JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('/relative')).toBeUndefined();
  });
});

describe('a copy to read (naqi:read-copy) is accepted only of the agreed shape', () => {
  const good = { type: 'naqi:read-copy', page: { html: '<html><body><p>نص</p></body></html>', url: 'https://news.example/a/1' } };

  it('keeps a well-formed copy', () => {
    expect(parseMessage(good)).toEqual(good);
  });

  it.each([
    ['no page', { type: 'naqi:read-copy' }],
    ['a page that is not an object', { ...good, page: 'html' }],
    ['extra keys', { ...good, extra: 1 }],
    ['extra page keys', { ...good, page: { ...good.page, script: 'x' } }],
    ['html not a string', { ...good, page: { ...good.page, html: 42 } }],
    ['a javascript: address', { ...good, page: { ...good.page, url: 'javascript:alert(1)' } }],
    ['an oversized copy', { ...good, page: { ...good.page, html: 'x'.repeat(MAX_SNAPSHOT_CHARS + 1) } }],
  ])('rejects %s', (_name, value) => {
    expect(parseMessage(value)).toBeNull();
  });
});

describe('parseCopyResponse accepts only a reading of the agreed shape', () => {
  const located = { path: [1, 0, 4], tag: 'SECTION', children: 3, text: '212:الأكثرقراءة' };
  const details = { sources: [{ name: 'رويترز', canonical: 'Reuters', kind: 'agency' }], tags: [{ label: 'الصحة', href: 'https://news.example/tag/1' }], textLength: 1800 };
  const reading = {
    isArticle: true,
    title: 'عنوان',
    lang: 'ar',
    dir: 'rtl',
    isArabic: true,
    body: { path: [1, 0, 2], tag: 'DIV', children: 6, text: '1700:أعلنتوزارةالصحة' },
    clutter: [{ ...located, kind: 'related', rule: { selector: 'section.most-read' } }],
    details,
    ms: 12.5,
  };
  const good = { ok: true, reading };

  it('keeps a well-formed reading as it is', () => {
    expect(parseCopyResponse(good)).toEqual(reading);
    expect(parseCopyResponse({ ok: true, reading: { ...reading, isArticle: false, body: null, clutter: [], details: null } })).not.toBeNull();
  });

  it('clips the page-derived strings, and keeps only http(s) tag links', () => {
    expect(parseCopyResponse({ ok: true, reading: { ...reading, title: 'x'.repeat(5000) } })!.title).toHaveLength(1000);
    const hostile = { ...details, tags: [{ label: 'x'.repeat(5000), href: 'javascript:alert(1)' }] };
    expect(parseCopyResponse({ ok: true, reading: { ...reading, details: hostile } })!.details!.tags).toEqual([{ label: 'x'.repeat(300) }]);
  });

  it.each([
    ['a failure', { ok: false }],
    ['no answer', undefined],
    ['extra keys', { ...good, extra: 1 }],
    ['extra reading keys', { ok: true, reading: { ...reading, html: '<p>' } }],
    ['an unknown kind', { ok: true, reading: { ...reading, clutter: [{ ...located, kind: 'everything', rule: null }] } }],
    ['an item without a kind', { ok: true, reading: { ...reading, clutter: [{ ...located, rule: null }] } }],
    ['an item without its rule', { ok: true, reading: { ...reading, clutter: [{ ...located, kind: 'related' }] } }],
    ['a rule outside the selector grammar', { ok: true, reading: { ...reading, clutter: [{ ...located, kind: 'related', rule: { selector: '*' } }] } }],
    ['a negative step in a path', { ok: true, reading: { ...reading, clutter: [{ ...located, path: [1, -1], kind: 'ad', rule: null }] } }],
    ['a fractional step in a path', { ok: true, reading: { ...reading, body: { ...located, path: [1.5] } } }],
    ['a path that is not a list', { ok: true, reading: { ...reading, body: { ...located, path: '1/2' } } }],
    ['a text key without its count', { ok: true, reading: { ...reading, body: { ...located, text: 'abc' } } }],
    ['an oversized text key', { ok: true, reading: { ...reading, body: { ...located, text: `5:${'x'.repeat(200)}` } } }],
    ['details of another shape', { ok: true, reading: { ...reading, details: { sources: 'رويترز', tags: [] } } }],
    ['a source of an unknown kind', { ok: true, reading: { ...reading, details: { ...details, sources: [{ name: 'x', canonical: 'x', kind: 'friend' }] } } }],
    ['a tag that is not a name', { ok: true, reading: { ...reading, clutter: [{ ...located, tag: 'DIV><script>', kind: 'ad', rule: null }] } }],
    ['a language verdict that is not a boolean', { ok: true, reading: { ...reading, isArabic: 'yes' } }],
    ['another direction', { ok: true, reading: { ...reading, dir: 'ttb' } }],
    ['too many items', { ok: true, reading: { ...reading, clutter: Array.from({ length: MAX_READING_ITEMS + 1 }, () => ({ ...located, kind: 'ad', rule: null })) } }],
    ['a time that is not a number', { ok: true, reading: { ...reading, ms: '5' } }],
  ])('rejects %s', (_name, value) => {
    expect(parseCopyResponse(value)).toBeNull();
  });
});
