/**
 * The shared test corpus: every batch of real news pages with ground truth under
 * ../shared (corpus/, corpus-2/, … any later corpus-N/), or the folders listed in
 * $NAQI_CORPUS (separated like PATH). Read in place, never copied into the repository.
 * Scoring follows the corpus README.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TruthSource {
  name: string;
  canonical: string;
  kind: string;
}

export interface Truth {
  file: string;
  url?: string;
  isArticle: boolean;
  title: string;
  keep?: string[];
  drop?: string[];
  /** the site's own frame: not in the cleaned text, but the live page may keep it */
  pageChrome?: string[];
  sources?: TruthSource[];
  optionalSources?: TruthSource[];
  photoCredits?: (TruthSource | string)[];
  tags?: string[] | null;
}

export interface CorpusPage {
  /** the truth file's name without .json */
  name: string;
  /** the batch folder's name (corpus, corpus-2, …) */
  batch: string;
  /** the publisher, from the batch's SOURCES.tsv (the page name's stem when it is not listed) */
  publisher: string;
  file: string;
  /** where the browser tests serve it: /corpus/<batch>/<file> (see corpusMounts) */
  urlPath: string;
  html: string;
  truth: Truth;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED = path.join(here, '../../../shared');

/** The corpus folders, in order: corpus, corpus-2, corpus-3, … */
export function corpusDirs(): string[] {
  if (process.env.NAQI_CORPUS) return process.env.NAQI_CORPUS.split(path.delimiter).filter(Boolean).map((d) => path.resolve(d));
  if (!fs.existsSync(SHARED)) return [];
  const batch = (name: string): number => (name === 'corpus' ? 1 : Number(name.slice('corpus-'.length)));
  return fs
    .readdirSync(SHARED)
    .filter((name) => /^corpus(?:-\d+)?$/.test(name))
    .sort((a, b) => batch(a) - batch(b))
    .map((name) => path.join(SHARED, name));
}

/** Where the corpus is looked for, for messages. */
export const corpusDir = (): string => process.env.NAQI_CORPUS ?? path.resolve(SHARED, 'corpus*');

export function corpusAvailable(): boolean {
  const dirs = corpusDirs();
  return dirs.length > 0 && dirs.every((d) => fs.existsSync(path.join(d, 'truth')));
}

/** Publishers by page file, from a batch's SOURCES.tsv (a `file` and a `publisher` column). */
function publishers(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const tsv = path.join(dir, 'SOURCES.tsv');
  if (!fs.existsSync(tsv)) return out;
  const [header, ...rows] = fs.readFileSync(tsv, 'utf8').split('\n').filter(Boolean);
  const cols = header!.split('\t');
  const file = cols.indexOf('file');
  const publisher = cols.indexOf('publisher');
  if (file < 0 || publisher < 0) return out;
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells[file] && cells[publisher]) out.set(cells[file]!, cells[publisher]!);
  }
  return out;
}

export function loadCorpus(): CorpusPage[] {
  return corpusDirs().flatMap((dir) => {
    const batch = path.basename(dir);
    const byFile = publishers(dir);
    return fs
      .readdirSync(path.join(dir, 'truth'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth', f), 'utf8')) as Truth;
        const file = path.join(dir, 'pages', truth.file);
        const name = f.replace(/\.json$/, '');
        return {
          name,
          batch,
          publisher: byFile.get(truth.file) ?? name.replace(/-\d+$|-home$|-\d+-nonarabic$/, ''),
          file,
          urlPath: `/corpus/${batch}/${truth.file}`,
          html: fs.readFileSync(file, 'utf8'),
          truth,
        };
      });
  });
}

/** The browser tests' server mounts for the corpus pages: /corpus/<batch>/ → <batch>/pages. */
export function corpusMounts(): Record<string, string> {
  return Object.fromEntries(corpusDirs().map((dir) => [`/corpus/${path.basename(dir)}/`, path.join(dir, 'pages')]));
}

/** The corpus README's normalisation, applied to both sides before comparing. */
export function scoringNormalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]/g, '')
    .replace(/[\u0640\u064b-\u065f\u0670]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’‚′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface TextScore {
  keep: number;
  drop: number;
  missedKeep: string[];
  leakedDrop: string[];
}

export function scoreText(truth: Truth, text: string): TextScore {
  const t = scoringNormalize(text);
  const keep = truth.keep ?? [];
  const drop = truth.drop ?? [];
  const missedKeep = keep.filter((k) => !t.includes(scoringNormalize(k)));
  const leakedDrop = drop.filter((d) => t.includes(scoringNormalize(d)));
  return {
    keep: keep.length ? (keep.length - missedKeep.length) / keep.length : 1,
    drop: drop.length ? (drop.length - leakedDrop.length) / drop.length : 1,
    missedKeep,
    leakedDrop,
  };
}

const SOURCE_PREFIX = /^(?:وكاله|صحيفه|موقع|قناه|بوابه|جريده|شبكه)\s+/;
const sourceKey = (s: string): string => scoringNormalize(s).replace(SOURCE_PREFIX, '');

/** Does a produced source match a truth entry (README: equal, or one contains the other, ≥ 3 chars)? */
export function sourceMatches(produced: { name: string; canonical?: string }, truth: TruthSource | string): boolean {
  const truthKeys = (typeof truth === 'string' ? [truth] : [truth.name, truth.canonical]).filter(Boolean).map(sourceKey);
  const producedKeys = [produced.name, produced.canonical ?? ''].filter(Boolean).map(sourceKey);
  return producedKeys.some((p) =>
    truthKeys.some((t) => p === t || (p.length >= 3 && t.length >= 3 && (p.includes(t) || t.includes(p)))),
  );
}

export interface SetScore {
  recall: number;
  precision: number;
  matched: number;
  expected: number;
  produced: number;
  missing: string[];
  extra: string[];
}

export function scoreSources(truth: Truth, produced: { name: string; canonical?: string }[]): SetScore {
  const expected = truth.sources ?? [];
  const allowed = [...expected, ...(truth.optionalSources ?? []), ...(truth.photoCredits ?? [])];
  const missing = expected.filter((t) => !produced.some((p) => sourceMatches(p, t))).map((t) => t.name);
  const extra = produced.filter((p) => !allowed.some((t) => sourceMatches(p, t))).map((p) => p.name);
  return {
    recall: expected.length ? (expected.length - missing.length) / expected.length : 1,
    precision: produced.length ? (produced.length - extra.length) / produced.length : 1,
    matched: expected.length - missing.length,
    expected: expected.length,
    produced: produced.length,
    missing,
    extra,
  };
}

const tagKey = (s: string): string => scoringNormalize(s).replace(/^#\s*/, '');

export function scoreTags(truth: Truth, produced: { label: string }[]): SetScore {
  const expected = [...new Set((truth.tags ?? []).map(tagKey))];
  const got = [...new Set(produced.map((t) => tagKey(t.label)))];
  const missing = expected.filter((t) => !got.includes(t));
  const extra = got.filter((t) => !expected.includes(t));
  return {
    recall: expected.length ? (expected.length - missing.length) / expected.length : 1,
    precision: got.length ? (got.length - extra.length) / got.length : 1,
    matched: expected.length - missing.length,
    expected: expected.length,
    produced: got.length,
    missing,
    extra,
  };
}
