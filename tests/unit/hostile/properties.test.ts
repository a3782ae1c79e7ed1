/**
 * Property-based tests over generated pages (fast-check): whatever the page,
 * analyze never throws, never changes the document, gives the same result twice,
 * and takes time in proportion to the page's size.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import type { Analysis } from '../../../src/engine/types';
import { parse } from '../../support/dom';

const stats = { cases: 0, worstMsPerElement: 0, worstPage: '' };

/** A generous linear bound in the page's size (elements and characters), far above what the engine needs. */
const MS_PER_ELEMENT_BOUND = 2;
const MS_PER_CHAR_BOUND = 0.002;
const FIXED_MS_BOUND = 150;

const TAGS = ['div', 'p', 'span', 'a', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'article', 'section', 'aside', 'nav', 'header', 'footer', 'h1', 'h2', 'h3', 'strong', 'blockquote', 'figure', 'figcaption', 'script', 'style', 'form', 'button', 'br', 'main', 'dl', 'dd'];
const WORDS = ['اقرأ أيضاً:', 'الأكثر قراءة', 'مقالات مشابهة', 'المصدر: رويترز', 'كلمات دلالية:', 'وقال الوزير، إن', 'الحكومة', 'تعلن', '(أ ف ب) -', '/أ ش أ/', 'Read also', 'the', '١٢٣', '\u202e', '\u200f', '\u0640\u0640', '😀', '<', '&amp;', '"', "'", ' ', '\n', 'ـ', 'ئ', 'ﻻ'];
const ATTRS = ['class="related"', 'class="article-body"', 'id="content"', 'class="share"', 'hidden', 'style="display:none"', 'href="/tag/x"', 'href="javascript:alert(1)"', 'href="https://x.example/a/1"', 'itemprop="articleBody"', 'dir="rtl"', 'lang="ar"', 'role="navigation"', 'aria-hidden="true"'];

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' '));
const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? text
    : fc.oneof(
        { weight: 2, arbitrary: text },
        {
          weight: 3,
          arbitrary: fc
            .tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRS), { maxLength: 2 }), fc.array(node(depth - 1), { maxLength: 5 }))
            .map(([tag, attrs, children]) => `<${tag} ${attrs.join(' ')}>${children.join('')}</${tag}>`),
        },
      ),
);
const head = fc.array(
  fc.constantFrom(
    '<title>عنوان الخبر | موقع</title>',
    '<meta property="og:type" content="article">',
    '<meta property="og:site_name" content="<img src=x onerror=alert(1)>">',
    '<meta name="keywords" content="أ، ب؛ ج,د">',
    '<script type="application/ld+json">{"@type":"NewsArticle","keywords":[1,null,{"a":2}],"publisher":{"name":42}}</script>',
    '<script type="application/ld+json">{not json</script>',
    '<script type="application/ld+json">[[[[[[[[[[[[[[[[{"@type":"NewsArticle"}]]]]]]]]]]]]]]]]</script>',
    '<html lang="ar" dir="rtl">',
  ),
  { maxLength: 4 },
);
const page = fc.tuple(head, fc.array(node(6), { maxLength: 8 })).map(([h, body]) => `<!doctype html><html><head>${h.join('')}</head><body>${body.join('')}</body></html>`);
/** Tag soup: fragments of markup in any order, for the HTML parser to repair. */
const soup = fc.array(fc.constantFrom('<div', '>', '</p>', '<p>', '<a href=', '"x"', '</div></div>', '<ul><li>', 'نص عربي', '<!--', '-->', '<table><td>', '<script>', '</script>', '&', '<br/>'), { maxLength: 60 }).map((p) => p.join(''));

function summary(a: Analysis) {
  return JSON.stringify({ ...a, body: a.body?.tagName ?? null, lead: a.lead.length, clutter: a.clutter.map((c) => [c.kind, c.rule, c.text]) });
}

function check(html: string): void {
  const doc = parse(html);
  const before = doc.documentElement.outerHTML;
  const elements = doc.querySelectorAll('*').length;
  const chars = doc.documentElement.textContent?.length ?? 0;
  const start = performance.now();
  const first = analyze(doc);
  const ms = performance.now() - start;
  expect(doc.documentElement.outerHTML).toBe(before);
  expect(summary(analyze(doc))).toBe(summary(first));
  expect(ms).toBeLessThan(FIXED_MS_BOUND + MS_PER_ELEMENT_BOUND * elements + MS_PER_CHAR_BOUND * chars);
  stats.cases++;
  // Per-element cost means something on pages of some size; tiny ones measure the clock.
  if (elements >= 100 && ms / elements > stats.worstMsPerElement) {
    stats.worstMsPerElement = ms / elements;
    stats.worstPage = `${elements} elements, ${ms.toFixed(1)} ms`;
  }
  for (const tag of first.tags) if (tag.href) expect(tag.href).toMatch(/^https?:\/\//);
}

describe('analyze on generated pages', () => {
  it('never throws, never mutates, is deterministic and linear on random pages', () => {
    fc.assert(fc.property(page, (html) => check(html)), { numRuns: 300 });
  });

  it('survives tag soup repaired by the HTML parser', () => {
    fc.assert(fc.property(soup, (html) => check(html)), { numRuns: 200 });
  });

  it('handles 10 000 levels of nested divs', () => {
    const html = `<html lang="ar"><body>${'<div>'.repeat(10_000)}<p>وقال الوزير، إن الحكومة ستعلن خطتها الجديدة قريباً، بعد مشاورات طويلة مع الأطراف المعنية.</p>${'</div>'.repeat(10_000)}</body></html>`;
    check(html);
  });

  it('handles 100 000 elements', () => {
    const item = '<li><a href="/a/1">خبر قصير عن الاقتصاد والأسواق اليوم</a></li>';
    const para = '<p>وقال الوزير، إن الحكومة ستعلن خطتها الجديدة قريباً، بعد مشاورات طويلة مع الأطراف المعنية في البلاد.</p>';
    const html = `<html lang="ar"><body><article>${para.repeat(2000)}</article><ul>${item.repeat(49_000)}</ul></body></html>`;
    check(html);
  });

  it('handles empty and huge text nodes, and mixed scripts with bidi controls', () => {
    check('<html><body></body></html>');
    check('<html><body><p></p><p> </p><div>\u202e\u202d\u2066</div></body></html>');
    check(`<html lang="ar"><body><article><p>${'كلمة، '.repeat(200_000)}</p></article></body></html>`);
    check(`<html><body><p>${'\u202eمرحبا hello \u2067שלום\u2069 '.repeat(2000)}</p></body></html>`);
  });

  afterAll(() => {
    console.log(`property tests: ${stats.cases} generated and stress cases; worst time per element ${stats.worstMsPerElement.toFixed(4)} ms (${stats.worstPage})`);
  });
});
