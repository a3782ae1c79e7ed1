import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { articleDoc } from '../../support/article';

const tagsOf = (parts: Parameters<typeof articleDoc>[0]) => analyze(articleDoc(parts)).tags;
const labels = (parts: Parameters<typeof articleDoc>[0]) => tagsOf(parts).map((t) => t.label);

describe('tags', () => {
  it('reads a labelled tag block, one tag per link, with each link kept', () => {
    const tags = tagsOf({ after: '<div class="tg">كلمات دلالية: <a href="/tag/صحة">صحة</a> - <a href="/tag/أرياف">الأرياف</a></div>' });
    expect(tags).toEqual([
      { label: 'صحة', href: 'https://news.example/tag/%D8%B5%D8%AD%D8%A9' },
      { label: 'الأرياف', href: 'https://news.example/tag/%D8%A3%D8%B1%D9%8A%D8%A7%D9%81' },
    ]);
  });

  it('separates tag links whose texts run together on the page', () => {
    expect(labels({ after: '<div>الوسوم:<a href="/t/1">إيمانويل ماكرون</a><a href="/t/2">دميتري بيسكوف</a><a href="/t/3">هجوم كروكوس</a></div>' })).toEqual([
      'إيمانويل ماكرون',
      'دميتري بيسكوف',
      'هجوم كروكوس',
    ]);
  });

  it('reads unlabelled links to tag pages near the article, decoding percent-encoded Arabic', () => {
    expect(labels({ after: '<div class="x"><a href="/Tags/Index?id=1">وزير الصحة</a> <a href="/topic/%D8%A7%D9%84%D8%B5%D8%AD%D8%A9">الصحة العامة</a></div>' })).toEqual([
      'وزير الصحة',
      'الصحة العامة',
    ]);
  });

  it('splits keywords on the Arabic comma and semicolon as well as the ASCII comma', () => {
    expect(labels({ head: '<meta name="keywords" content="الرعاية الصحية، المستشفيات؛ الأطباء, الأرياف">' })).toEqual([
      'الرعاية الصحية',
      'المستشفيات',
      'الأطباء',
      'الأرياف',
    ]);
  });

  it('reads article:tag metas before keywords', () => {
    expect(labels({ head: '<meta property="article:tag" content="الأطباء"><meta property="article:tag" content="الأرياف"><meta name="keywords" content="شيء آخر">' })).toEqual([
      'الأطباء',
      'الأرياف',
    ]);
  });

  it.each([
    ['a string', '"keywords": "الصحة، الأرياف"'],
    ['an array', '"keywords": ["الصحة", "الأرياف"]'],
  ])('reads JSON-LD keywords given as %s', (_name, keywords) => {
    const head = `<script type="application/ld+json">{"@type": "NewsArticle", ${keywords}}</script>`;
    expect(labels({ head })).toEqual(['الصحة', 'الأرياف']);
  });

  it('dedupes after Arabic normalisation, drops hashes, the site name and generic words', () => {
    expect(
      labels({ head: '<meta name="keywords" content="#الصحة، الصحه، أخبار الساحل، أخبار، عاجل، الأرياف">' }),
    ).toEqual(['الصحة', 'الأرياف']);
  });

  it('drops a keyword list that is merely the headline cut into words', () => {
    expect(labels({ head: '<meta name="keywords" content="وزارة, الصحة, تعلن, خطة, لتوسيع, الرعاية">' })).toEqual([]);
  });

  it('keeps a tag link that shares words with the site name, and drops the site name itself', () => {
    const doc = articleDoc({ after: '<div class="tags"><a href="/tag/الإمارات">الإمارات</a> <a href="/tag/الصحة">الصحة</a></div>' });
    doc.querySelector('meta[property="og:site_name"]')!.setAttribute('content', 'أخبار الإمارات 24');
    expect(analyze(doc).tags.map((t) => t.label)).toEqual(['الإمارات', 'الصحة']);
  });

  it('keeps an article:tag that shares words with the site name', () => {
    const doc = articleDoc({ head: '<meta property="article:tag" content="السودان"><meta property="article:tag" content="السودان اليوم"><meta property="article:tag" content="الخرطوم">' });
    doc.querySelector('meta[property="og:site_name"]')!.setAttribute('content', 'السودان اليوم');
    expect(analyze(doc).tags.map((t) => t.label)).toEqual(['السودان', 'الخرطوم']);
  });

  it('ignores tag clouds in the sidebar', () => {
    const doc = articleDoc({});
    doc.body.insertAdjacentHTML('beforeend', '<aside><h3>الوسوم</h3><a href="/tag/a">كرة القدم</a> <a href="/tag/b">الطقس</a></aside>');
    expect(analyze(doc).tags).toEqual([]);
  });

  it('keeps only http(s) links on tags', () => {
    const tags = tagsOf({ after: '<div>كلمات دلالية: <a href="javascript:alert(1)">صحة</a></div>' });
    expect(tags).toEqual([{ label: 'صحة' }]);
  });
});
