/**
 * The article's text length, sources and tags, read in the popup from a copy of the
 * page. The copy is parsed with DOMParser into an inert document (no script runs,
 * nothing loads), and the same engine reads it as the content script reads the page;
 * the clutter the page shows hidden is hidden in the copy too.
 */
import { analyze } from '../engine/analyze';
import type { PageSnapshot } from '../shared/messages';
import type { ArticleDetails } from '../shared/report';
import { detailsFromAnalysis } from '../shared/report-from-analysis';

/** `null` when the copy does not read as an article (the page changed since it was judged). */
export function readDetails(snapshot: PageSnapshot): ArticleDetails | null {
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  const analysis = analyze(doc, { url: snapshot.url });
  return analysis.isArticle ? detailsFromAnalysis(analysis) : null;
}
