/**
 * The serialisable summary of one page that the content script hands to the popup.
 * Everything in it is page-derived and therefore untrusted: `parsePageReport`
 * rebuilds it field by field, clamping lengths, before the popup renders it.
 * The article's details (text length, sources, tags) travel beside it (ArticleDetails),
 * from the same reading of the page that decided its clutter.
 */
export type PageStatus =
  | 'working' // analysis not finished yet
  | 'article' // an Arabic article: clutter hidden
  | 'not-article' // Arabic, but a home/section/tag page
  | 'not-arabic' // the page is not mainly Arabic
  | 'site-off' // the reader turned Naqi off for this site
  | 'off' // the reader turned Naqi off everywhere
  | 'error'; // the analysis failed; Naqi stepped aside

export interface SourceChip {
  name: string;
  canonical: string;
  kind: 'publisher' | 'agency' | 'credited-outlet' | 'cited';
}

export interface TagChip {
  label: string;
  href?: string;
}

/** Who decided to hide an item: the engine's reading, the site's memory, or the reader. */
export type HiddenBy = 'engine' | 'reader';
export const HIDDEN_BY: readonly HiddenBy[] = ['engine', 'reader'];
/** What the popup lists of one hidden item, with its switch. */
export interface HiddenItem {
  /** a clutter kind, or "picked" for a box the reader hid */
  kind: string;
  /** the start of its text */
  text: string;
  /** shown again (by the reader, for this site) */
  shown: boolean;
  by: HiddenBy;
}

export interface PageReport {
  status: PageStatus;
  /** the page's host name, for the per-site switch */
  host: string;
  title: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  /** clutter items found (and, unless revealed or unmatched, hidden) */
  clutterCount: number;
  /** items the reading named that could not be found on the live page for certain: left visible */
  unmatched: number;
  /** clutter counts by kind, e.g. { 'read-also': 3, related: 2 } */
  clutterByKind: Record<string, number>;
  revealed: boolean;
  /** every item found, in page order, for the popup's list */
  items: HiddenItem[];
}

/** Items a report lists, and characters of each item's text. */
export const MAX_ITEMS = 200;
export const ITEM_TEXT_CHARS = 80;

/** What the popup shows of the article itself, clipped for display. */
export interface ArticleDetails {
  sources: SourceChip[];
  tags: TagChip[];
  /** characters of cleaned article text, for the reading-time estimate */
  textLength: number;
}

const STATUSES: readonly PageStatus[] = ['working', 'article', 'not-article', 'not-arabic', 'site-off', 'off', 'error'];

export const MAX_TEXT = 300;
export const MAX_CHIPS = 40;

const str = (value: unknown, max = MAX_TEXT): string => (typeof value === 'string' ? value.slice(0, max) : '');
const count = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(Math.floor(value), 1e7) : 0;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only http(s) links survive; anything else (javascript:, data:, relative junk) is dropped. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Rebuilds a report from an untrusted value; `null` when it is not report-shaped at all. */
export function parsePageReport(value: unknown): PageReport | null {
  if (!isRecord(value)) return null;
  const status = STATUSES.find((s) => s === value.status);
  if (!status) return null;
  const byKind: Record<string, number> = {};
  if (isRecord(value.clutterByKind)) {
    for (const [kind, n] of Object.entries(value.clutterByKind).slice(0, 20)) {
      if (/^[a-z-]{1,30}$/.test(kind)) byKind[kind] = count(n);
    }
  }
  return {
    status,
    host: typeof value.host === 'string' && /^[a-z0-9.-]{1,253}$/i.test(value.host) ? value.host.toLowerCase() : '',
    title: str(value.title, 1000),
    lang: str(value.lang, 35),
    dir: value.dir === 'ltr' ? 'ltr' : 'rtl',
    clutterCount: count(value.clutterCount),
    unmatched: count(value.unmatched),
    clutterByKind: byKind,
    revealed: value.revealed === true,
    items: Array.isArray(value.items) ? value.items.slice(0, MAX_ITEMS).flatMap((item) => parseItem(item) ?? []) : [],
  };
}

function parseItem(value: unknown): HiddenItem | null {
  if (!isRecord(value) || typeof value.kind !== 'string' || !/^[a-z-]{1,30}$/.test(value.kind)) return null;
  const by = HIDDEN_BY.find((b) => b === value.by);
  if (!by || typeof value.shown !== 'boolean') return null;
  return { kind: value.kind, text: str(value.text, ITEM_TEXT_CHARS), shown: value.shown, by };
}

const SOURCE_KINDS: readonly SourceChip['kind'][] = ['publisher', 'agency', 'credited-outlet', 'cited'];

/** Rebuilds an article's details from an untrusted value (clipped, links only http(s)); `null` when not details-shaped. */
export function parseArticleDetails(value: unknown): ArticleDetails | null {
  if (!isRecord(value) || !Array.isArray(value.sources) || !Array.isArray(value.tags)) return null;
  const sources: SourceChip[] = [];
  for (const s of value.sources.slice(0, MAX_CHIPS)) {
    const kind = isRecord(s) ? SOURCE_KINDS.find((k) => k === s.kind) : undefined;
    if (!isRecord(s) || !kind || typeof s.name !== 'string') return null;
    sources.push({ name: str(s.name), canonical: str(s.canonical), kind });
  }
  const tags: TagChip[] = [];
  for (const t of value.tags.slice(0, MAX_CHIPS)) {
    if (!isRecord(t) || typeof t.label !== 'string') return null;
    const href = safeHttpUrl(t.href);
    tags.push(href ? { label: str(t.label), href } : { label: str(t.label) });
  }
  return { sources, tags, textLength: count(value.textLength) };
}
