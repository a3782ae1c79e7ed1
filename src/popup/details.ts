/**
 * The article's text length, sources and tags, read in the popup from a copy of the
 * page (src/shared/page-copy.ts), parsed into an inert document (no script runs,
 * nothing loads) and read by the same engine; the clutter the page shows hidden is
 * hidden in the copy too.
 */
import { analyze } from '../engine/analyze';
import type { PageSnapshot } from '../shared/messages';
import { parseCopy } from '../shared/page-copy';
import type { ArticleDetails } from '../shared/report';
import { detailsFromAnalysis } from '../shared/report-from-analysis';

/** `null` when the copy does not read as an article (the page changed since it was judged). */
export function readDetails(snapshot: PageSnapshot): ArticleDetails | null {
  const analysis = analyze(parseCopy(snapshot.html), { url: snapshot.url });
  return analysis.isArticle ? detailsFromAnalysis(analysis) : null;
}
