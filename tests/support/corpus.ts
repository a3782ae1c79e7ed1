/**
 * The shared test corpus (../shared/corpus, or $NAQI_CORPUS): real Arabic news
 * pages with ground truth, read in place and never copied into the repository.
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
  sources?: TruthSource[];
  optionalSources?: TruthSource[];
  photoCredits?: (TruthSource | string)[];
  tags?: string[] | null;
}

export interface CorpusPage {
  name: string;
  file: string;
  html: string;
  truth: Truth;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function corpusDir(): string {
  return path.resolve(process.env.NAQI_CORPUS ?? path.join(here, '../../../shared/corpus'));
}

export function corpusAvailable(): boolean {
  return fs.existsSync(path.join(corpusDir(), 'truth'));
}

export function loadCorpus(): CorpusPage[] {
  const dir = corpusDir();
  return fs
    .readdirSync(path.join(dir, 'truth'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth', f), 'utf8')) as Truth;
      const file = path.join(dir, 'pages', truth.file);
      return { name: f.replace(/\.json$/, ''), file, html: fs.readFileSync(file, 'utf8'), truth };
    });
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
