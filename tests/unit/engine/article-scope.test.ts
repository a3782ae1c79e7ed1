/**
 * The article's scope (page-index.ts, articleScope): the one region around the body where the
 * sources and the tags of the article are read — the nearest <article> around the body, at
 * most ARTICLE_SCOPE_LEVELS up, else the ancestor that many levels up.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { collectBlocks } from '../../../src/engine/blocks';
import { articleScope } from '../../../src/engine/page-index';
import { ARTICLE_SCOPE_LEVELS } from '../../../src/engine/constants';
import { BODY } from '../../support/article';
import { parse } from '../../support/dom';

const paragraphs = BODY.map((p) => `<p>${p}</p>`).join('');
const TAGS = '<div class="tags">كلمات دلالية: <a href="/tag/1">الأرياف</a> <a href="/tag/2">الرعاية الصحية</a></div>';
const BYLINE = '<div class="byline">المصدر: رويترز</div>';

/** A page whose article is `levels` containers deep, with a byline and a tag box beside the outermost, and a sidebar outside it. */
function nested(levels: number, outer = 'div'): Document {
  let inner = `<div class="text">${paragraphs}</div>`;
  for (let i = 1; i < levels; i++) inner = `<div class="l${i}">${inner}</div>`;
  return parse(`<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>خبر - أخبار الساحل</title></head><body>
    <div class="site"><h1>وزارة الصحة تعلن خطة لتطوير المستشفيات في الأرياف</h1>
      <${outer} class="story">${BYLINE}${inner}${TAGS}</${outer}>
      <div class="sidebar-box">المصدر: أ ف ب <a href="/tag/3">رياضة</a></div>
    </div></body></html>`);
}

describe('the article scope', () => {
  it('is the nearest <article> around the body, however close', () => {
    const doc = nested(2, 'article');
    const body = doc.querySelector('.text')!;
    expect(articleScope(body).tagName).toBe('ARTICLE');
  });

  it('else reaches ARTICLE_SCOPE_LEVELS above the body, and never <body>', () => {
    const doc = nested(ARTICLE_SCOPE_LEVELS);
    expect(articleScope(doc.querySelector('.text')!).className).toBe('story');
    const shallow = parse(`<html><body><div class="text">${paragraphs}</div></body></html>`);
    expect(articleScope(shallow.querySelector('.text')!).tagName).toBe('DIV');
  });

  it('gives sources and tags the same region: a byline and a tag box three levels above the body are the article\'s, a box outside is not', () => {
    const doc = nested(ARTICLE_SCOPE_LEVELS);
    const analysis = analyze(doc);
    expect(analysis.isArticle).toBe(true);
    expect(collectBlocks(doc.body).contains(doc.querySelector('.story')!, analysis.body!)).toBe(true);
    expect(analysis.sources.map((s) => s.canonical)).toContain('Reuters');
    expect(analysis.sources.map((s) => s.canonical)).not.toContain('AFP (Agence France-Presse)');
    expect(analysis.tags.map((t) => t.label)).toEqual(['الأرياف', 'الرعاية الصحية']);
  });
});
