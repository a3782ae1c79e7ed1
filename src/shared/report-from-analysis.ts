/** Turns the engine's Analysis into what the popup shows: the page's report and the article's details. */
import type { Analysis, ClutterAnalysis, ClutterKind } from '../engine/types';
import { type ArticleDetails, MAX_CHIPS, MAX_TEXT, type PageReport, type PageStatus, safeHttpUrl } from './report';

/** What a report needs of a reading (the engine's own analysis, or a reading of the page's copy): its verdict and the kinds of clutter it found. */
export type ReportedReading = Pick<ClutterAnalysis, 'isArticle' | 'isArabic' | 'title' | 'lang' | 'dir'> & { clutter: readonly { kind: ClutterKind }[] };

export function reportFromAnalysis(analysis: ReportedReading, host: string, revealed = false): PageReport {
  const status: PageStatus = analysis.isArticle ? 'article' : analysis.isArabic ? 'not-article' : 'not-arabic';
  const byKind: Record<string, number> = {};
  for (const item of analysis.clutter) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  return {
    status,
    host,
    title: analysis.title.slice(0, 1000),
    lang: analysis.lang.slice(0, 35),
    dir: analysis.dir,
    clutterCount: analysis.clutter.length,
    unmatched: 0,
    clutterByKind: byKind,
    revealed,
    items: [],
  };
}

/** Sources and tags as chips (clipped; links only http(s)), and the text length for the reading time. */
export function detailsFromAnalysis(analysis: Analysis): ArticleDetails {
  return {
    sources: analysis.sources.slice(0, MAX_CHIPS).map((s) => ({ name: s.name.slice(0, MAX_TEXT), canonical: s.canonical.slice(0, MAX_TEXT), kind: s.kind })),
    tags: analysis.tags.slice(0, MAX_CHIPS).map((t) => {
      const label = t.label.slice(0, MAX_TEXT);
      const href = safeHttpUrl(t.href);
      return href ? { label, href } : { label };
    }),
    textLength: analysis.text.length,
  };
}

/** The report of a page still being read, or one Naqi does not act on. */
export function bareReport(doc: Document, status: PageStatus, host: string): PageReport {
  const dir = (doc.documentElement?.getAttribute('dir') ?? '').toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  return {
    status,
    host,
    title: (doc.title ?? '').slice(0, 1000),
    lang: (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 35),
    dir,
    clutterCount: 0,
    unmatched: 0,
    clutterByKind: {},
    revealed: false,
    items: [],
  };
}
