/**
 * What every step of the engine reads about a page, read once by `readPage`
 * (analyze-clutter.ts) and handed on as one object: the document, its address, what it
 * declares, and the index of its visible text and links.
 */
import type { PageIndex } from './page-index';
import type { PageMeta } from './page-meta';

export interface PageFacts {
  doc: Document;
  /** the page's address ('' when unknown) */
  url: string;
  /** title, language, metas and JSON-LD, as the page declares them */
  meta: PageMeta;
  /** blocks, totals, elements and links of the visible page (page-index.ts) */
  page: PageIndex;
}
