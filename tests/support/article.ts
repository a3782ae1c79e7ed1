/**
 * Builds a small Arabic article page around the pieces a test is about (a source
 * line, a dateline, a tag block…), so each unit test shows only what it checks.
 */
import { parse } from './dom';

export const BODY = [
  'أعلنت وزارة الصحة، صباح الأحد، عن خطة وطنية جديدة لتوسيع خدمات الرعاية الأولية في المناطق الريفية، تشمل افتتاح عشرين مركزاً صحياً.',
  'وقال وزير الصحة في مؤتمر صحفي إن الخطة تهدف إلى تقليص فترات الانتظار في المستشفيات الكبرى، وتخفيف الضغط عن أقسام الطوارئ.',
  'وأوضح الوزير أن الوزارة ستوظف نحو ألف طبيب وممرض جديد، وأنها خصصت جزءاً من الميزانية لتدريب الكوادر المحلية على الأجهزة الحديثة.',
  'من جهتها، رحبت نقابة الأطباء بالخطة، لكنها طالبت بتحسين رواتب العاملين في المراكز الريفية، وتوفير السكن لهم قرب أماكن عملهم.',
];

export interface ArticleParts {
  head?: string;
  /** HTML between the headline and the body (bylines, meta lines) */
  meta?: string;
  /** text that opens the first paragraph (a dateline) */
  dateline?: string;
  /** HTML appended to the last paragraph (a wire credit) */
  tail?: string;
  /** HTML after the paragraphs, inside the body (source lines) */
  end?: string;
  /** HTML after the body, inside the article (tag blocks, aggregator source lines) */
  after?: string;
  paragraphs?: string[];
  title?: string;
}

export function articleHtml(parts: ArticleParts = {}): string {
  const title = parts.title ?? 'وزارة الصحة تعلن خطة لتوسيع الرعاية الأولية في الأرياف';
  const paras = [...(parts.paragraphs ?? BODY)];
  if (parts.dateline) paras[0] = `${parts.dateline} ${paras[0]}`;
  if (parts.tail) paras[paras.length - 1] = `${paras[paras.length - 1]} ${parts.tail}`;
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${title} | أخبار الساحل</title>
<meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta property="og:site_name" content="أخبار الساحل">${parts.head ?? ''}</head>
<body><article><h1>${title}</h1>${parts.meta ?? ''}
<div class="article-text">${paras.map((p) => `<p>${p}</p>`).join('\n')}${parts.end ?? ''}</div>
${parts.after ?? ''}</article></body></html>`;
}

export const articleDoc = (parts: ArticleParts = {}, url?: string): Document => parse(articleHtml(parts), url);
