import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { findNames, lookup } from '../../../src/engine/sources/registry';
import { BODY, articleDoc } from '../../support/article';

const sourcesOf = (parts: Parameters<typeof articleDoc>[0]) =>
  analyze(articleDoc(parts)).sources.map((s) => `${s.kind}:${s.canonical}`);

describe('the publisher', () => {
  it('comes first, from og:site_name, with the host as canonical when the registry does not know it', () => {
    const [publisher] = analyze(articleDoc({}, 'https://www.sahel-news.example/health/2024/1')).sources;
    expect(publisher).toMatchObject({ name: 'أخبار الساحل', kind: 'publisher', canonical: 'sahel-news.example' });
  });

  it('ignores a site name that is a URL and falls back to the title suffix', () => {
    const doc = articleDoc({});
    doc.querySelector('meta[property="og:site_name"]')!.setAttribute('content', 'https://sahel.example/');
    expect(analyze(doc).sources[0]!.name).toBe('أخبار الساحل');
  });
});

describe('credits', () => {
  it.each([
    ['source line "المصدر: تاس"', { end: '<p>المصدر: تاس</p>' }, 'agency:TASS'],
    ['source line with a space before the colon', { end: '<p>المصدر : رويترز</p>' }, 'agency:Reuters'],
    ['"المصدر: وكالات"', { end: '<p>المصدر: وكالات</p>' }, 'agency:news agencies (unspecified wires)'],
    ['an unknown outlet in a source line, as written', { end: '<p>المصدر: صحيفة الوادي</p>' }, 'credited-outlet:صحيفة الوادي'],
    ['an aggregator line after the body', { after: '<div class="src">المصدر: RT Arabic</div>' }, 'credited-outlet:RT Arabic (arabic.rt.com)'],
    ['dateline "(رويترز) -"', { dateline: 'فرانكفورت (رويترز) -' }, 'agency:Reuters'],
    ['dateline "(أ ف ب)"', { dateline: 'طوكيو (أ ف ب) -' }, 'agency:AFP (Agence France-Presse)'],
    ['dateline "(CNN) --"', { dateline: 'دمشق، سوريا (CNN) --' }, 'credited-outlet:CNN'],
    ['dateline with Arabic-Indic digits "عمان ٤ كانون الأول (بترا) -"', { dateline: 'عمان ٤ كانون الأول (بترا) -' }, 'agency:Petra (Jordan News Agency)'],
    ['dateline "/أ ش أ/"', { dateline: 'القاهرة /أ ش أ/' }, 'agency:MENA (Middle East News Agency)'],
    ['dateline "نيويورك - وام" glued to the next word', { dateline: 'نيويورك - وام' }, 'agency:WAM (Emirates News Agency)'],
    ['wire credit closing the body "--(بترا)"', { tail: '--(بترا)' }, 'agency:Petra (Jordan News Agency)'],
    ['a byline naming an agency', { meta: '<div class="by">أخبار الساحل - رويترز</div>' }, 'agency:Reuters'],
    ['tatweel and diacritics in a credit', { end: '<p>المـصـدر: رُويتـرز</p>' }, 'agency:Reuters'],
  ])('reads %s', (_name, parts, expected) => {
    expect(sourcesOf(parts)).toContain(expected);
  });

  it('reads the glued dateline even with no space after the agency', () => {
    const doc = articleDoc({
      paragraphs: [
        'نيويورك - وامأعلنت الأمم المتحدة، اليوم الاثنين، عن خطة جديدة لدعم التعليم في الدول النامية خلال السنوات المقبلة.',
        'وقال المتحدث باسم المنظمة إن الخطة تشمل بناء المدارس وتدريب المعلمين في المناطق الريفية والنائية، بتمويل من الدول المانحة.',
        'وأضاف أن المرحلة الأولى ستبدأ في أفريقيا وآسيا، على أن تتوسع لاحقاً لتشمل مناطق أخرى حسب توفر التمويل اللازم.',
      ],
    });
    expect(analyze(doc).sources.map((s) => s.canonical)).toContain('WAM (Emirates News Agency)');
  });

  it('splits "المصدر: الجزيرة + وكالات" into two sources', () => {
    expect(sourcesOf({ end: '<p>المصدر: الجزيرة + وكالات</p>' })).toEqual(
      expect.arrayContaining(['credited-outlet:Al Jazeera', 'agency:news agencies (unspecified wires)']),
    );
  });

  it('takes the outlet from "(City - Outlet)" and folds the publisher\'s own name into the publisher', () => {
    expect(sourcesOf({ end: '<p>المصدر: (أبوظبي - أخبار الساحل)</p>' })).toEqual(['publisher:news.example']);
  });

  it('lists agencies before credited outlets before cited ones, without duplicates', () => {
    const kinds = analyze(
      articleDoc({ dateline: 'لندن (رويترز) -', end: '<p>وذكرت صحيفة الغارديان أن الخطة طموحة.</p><p>المصدر: RT Arabic + رويترز</p>' }),
    ).sources.map((s) => s.kind);
    expect(kinds).toEqual(['publisher', 'agency', 'credited-outlet', 'cited']);
  });

  it('reports outlets mentioned in the running text as cited only', () => {
    const sources = analyze(articleDoc({ end: '<p>وبحسب رويترز، فإن الخطة ستكلف مليار دولار على مدى ثلاث سنوات.</p>' })).sources;
    expect(sources.find((s) => s.canonical === 'Reuters')?.kind).toBe('cited');
  });

  it('classes an unregistered "وكالة …" credit as an agency (no \\b after Arabic letters)', () => {
    expect(sourcesOf({ end: '<p>المصدر: وكالة أنباء الوادي</p>' })).toContain('agency:وكالة أنباء الوادي');
    expect(sourcesOf({ end: '<p>المصدر: وكالة الأنباء الوطنية</p>' })).toContain('agency:وكالة الأنباء الوطنية');
  });

  it('reads the dateline credit of a story about human rights (حقوق is not a copyright line)', () => {
    const paragraphs = ['جنيف (رويترز) - قالت منظمة حقوق الإنسان إن السلطات احتجزت عشرات الناشطين.', ...BODY];
    expect(sourcesOf({ paragraphs })).toContain('agency:Reuters');
    expect(sourcesOf({ tail: 'وقالت لجنة حقوق الطفل إن التقرير سيصدر قريباً. (رويترز)' })).toContain('agency:Reuters');
  });

  it('still takes a copyright line for one', () => {
    expect(sourcesOf({ after: '<p>جميع الحقوق محفوظة لوكالة رويترز</p>' })).not.toContain('agency:Reuters');
    expect(sourcesOf({ after: '<p>حقوق النشر محفوظة - رويترز</p>' })).not.toContain('agency:Reuters');
  });

  it('never takes a photo credit for a source', () => {
    const sources = analyze(
      articleDoc({ meta: '<figure><img src="x.jpg" alt=""><figcaption>© REUTERS / Ahmed Saad</figcaption></figure>' }),
    ).sources;
    expect(sources.map((s) => s.canonical)).not.toContain('Reuters');
  });

  it('takes nothing from a plain article', () => {
    expect(sourcesOf({})).toEqual(['publisher:news.example']);
  });
});

describe('the registry', () => {
  it('knows agencies by Arabic name, abbreviation and dotted form', () => {
    expect(lookup('أ.ف.ب')?.canonical).toBe('AFP (Agence France-Presse)');
    expect(lookup('فرانس برس')?.canonical).toBe('AFP (Agence France-Presse)');
    expect(lookup('كونا')?.canonical).toBe('KUNA (Kuwait News Agency)');
    expect(lookup('واس')?.canonical).toBe('SPA (Saudi Press Agency)');
  });

  it('never matches a name inside an ordinary word', () => {
    expect(findNames('أعلنت قناة الأخبار أن الأعوام المقبلة ستشهد تحولات', { ambiguous: true })).toEqual([]);
    expect(findNames('رويترزية')).toEqual([]);
  });

  it('keeps ambiguous short names (بنا، وام، قنا) out of running text', () => {
    expect(findNames('وقال إنه سيتصل بنا قريبا')).toEqual([]);
    expect(findNames('(بنا)', { ambiguous: true }).map((h) => h.entry.canonical)).toEqual(['BNA (Bahrain News Agency)']);
  });
});
