/** Sources of the article: filled by the sources work (issue 4). */
import type { PageBlocks } from './blocks';
import type { PageMeta } from './page-meta';
import type { Source } from './types';

export function findSources(_doc: Document, _meta: PageMeta, _page: PageBlocks, _body: Element): Source[] {
  return [];
}
