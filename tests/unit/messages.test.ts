import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/shared/messages';
import { parsePageReport, safeHttpUrl } from '../../src/shared/report';

describe('parseMessage accepts exactly the typed union', () => {
  it.each([
    [{ type: 'naqi:get-report' }],
    [{ type: 'naqi:settings-changed' }],
    [{ type: 'naqi:set-revealed', revealed: true }],
    [{ type: 'naqi:report-changed', hiddenCount: 3, active: true }],
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
    [Object.assign(Object.create({ type: 'naqi:get-report' }), {})],
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
    clutterByKind: { 'read-also': 1, related: 1 },
    revealed: false,
    sources: [{ name: 'رويترز', canonical: 'Reuters', kind: 'agency' }],
    tags: [{ label: 'اقتصاد', href: 'https://x.example/tag/a' }],
    textLength: 900,
  };

  it('keeps a well-formed report as it is', () => {
    expect(parsePageReport(good)).toEqual(good);
  });

  it('rejects values that are not reports', () => {
    expect(parsePageReport(null)).toBeNull();
    expect(parsePageReport({ ...good, status: 'pwned' })).toBeNull();
  });

  it('drops javascript: and data: links, bad kinds and odd keys, and clips long text', () => {
    const report = parsePageReport({
      ...good,
      title: 'x'.repeat(5000),
      clutterByKind: { 'read-also': 1, '<img src=x>': 5 },
      sources: [{ name: 'a', canonical: '', kind: 'evil' }, { name: 'b', canonical: '', kind: 'cited' }],
      tags: [{ label: 't1', href: 'javascript:alert(1)' }, { label: 't2', href: 'data:text/html,x' }, { label: '' }],
    })!;
    expect(report.title.length).toBe(1000);
    expect(report.clutterByKind).toEqual({ 'read-also': 1 });
    expect(report.sources).toEqual([{ name: 'b', canonical: '', kind: 'cited' }]);
    expect(report.tags).toEqual([{ label: 't1' }, { label: 't2' }]);
  });

  it('allows only http(s) addresses', () => {
    expect(safeHttpUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHttpUrl('JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('/relative')).toBeUndefined();
  });
});
