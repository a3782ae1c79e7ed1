/** Turns the engine's Analysis into the serialisable PageReport the popup reads. */
import type { Analysis } from '../engine/types';
import type { PageReport, PageStatus } from './report';
import { MAX_CHIPS, MAX_TEXT } from './report';

export function reportFromAnalysis(analysis: Analysis, host: string, revealed = false): PageReport {
  const status: PageStatus = analysis.isArticle ? 'article' : analysis.arabicShare >= 0.5 ? 'not-article' : 'not-arabic';
  const byKind: Record<string, number> = {};
  for (const item of analysis.clutter) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  return {
    status,
    host,
    title: analysis.title.slice(0, 1000),
    lang: analysis.lang.slice(0, 35),
    dir: analysis.dir,
    clutterCount: analysis.clutter.length,
    clutterByKind: byKind,
    revealed,
    sources: analysis.sources.slice(0, MAX_CHIPS).map((s) => ({ name: s.name.slice(0, MAX_TEXT), canonical: s.canonical.slice(0, MAX_TEXT), kind: s.kind })),
    tags: analysis.tags.slice(0, MAX_CHIPS).map((t) => (t.href ? { label: t.label.slice(0, MAX_TEXT), href: t.href } : { label: t.label.slice(0, MAX_TEXT) })),
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
    clutterByKind: {},
    revealed: false,
    sources: [],
    tags: [],
    textLength: 0,
  };
}
