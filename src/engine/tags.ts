/** Tags of the article: filled by the tags work (issue 4). */
import type { PageMeta } from './page-meta';
import type { Tag } from './types';

export function findTags(_doc: Document, _meta: PageMeta, _body: Element): Tag[] {
  return [];
}
