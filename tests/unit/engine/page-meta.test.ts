import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/engine/analyze-clutter';
import { parse } from '../../support/dom';

/** A page whose declarations sit where the walk over the body does not go, or goes late. */
const page = `<!doctype html><html lang="ar"><head>
<meta property="og:title" content="عنوان الخبر كما يعلنه الموقع">
<meta property="og:type" content="article">
</head><body>
<div style="display:none"><script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان","keywords":"اقتصاد، طاقة"}</script></div>
<h1>عنوان الخبر كما يعلنه الموقع</h1>
<p>فقرة أولى من نص الخبر تكفي لتكون فقرة من النثر العربي.</p>
<meta itemprop="datePublished" content="2024-03-12">
</body></html>`;

describe('what a page declares', () => {
  const { meta } = readPage(parse(page));

  it('reads the head’s metas, metas in the body, and JSON-LD inside a hidden box', () => {
    expect(meta.ogType).toBe('article');
    expect(meta.metas.get('datepublished')).toEqual(['2024-03-12']);
    expect(meta.jsonLdTypes).toContain('NewsArticle');
  });

  it('takes the visible <h1> the declared title agrees with', () => {
    expect(meta.title).toBe('عنوان الخبر كما يعلنه الموقع');
  });

  it('reads the head of a page without a body too', () => {
    const doc = parse(page);
    doc.body!.remove();
    expect(readPage(doc).meta.ogType).toBe('article');
  });
});
