/**
 * Accuracy and speed of Naqi, Mozilla Readability and Defuddle on the same parsed
 * documents, in the same process (the peers as tests/support/peers.ts runs them).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../src/engine/analyze';
import { type CorpusPage, type SetScore, scoreSources, scoreTags, scoreText } from '../tests/support/corpus';
import { type PeerReading, defuddleReading, readabilityReading, runDefuddle, runReadability } from '../tests/support/peers';

export const ROUNDS = { warmup: 2, measured: 11 } as const;
/**
 * Defuddle takes about a second and a half per call on the largest page in jsdom and keeps
 * some 17 MB of each document it read (measured): it is timed in fewer rounds.
 */
export const DEFUDDLE_ROUNDS = { warmup: 1, measured: 3 } as const;
/** Passes of both engines over the whole corpus before anything is timed. */
export const CORPUS_WARMUP_PASSES = 3;

export const parse = (html: string, url?: string): Document =>
  new JSDOM(html, { url: url ?? 'https://bench.invalid/page', virtualConsole: new VirtualConsole() }).window.document;

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** Median milliseconds of `run` over the measured rounds, after the warm-up; `prepare` is not timed. */
export function time<T>(run: (input: T) => unknown, prepare: () => T, rounds: { warmup: number; measured: number } = ROUNDS): number {
  const samples: number[] = [];
  for (let i = 0; i < rounds.warmup + rounds.measured; i++) {
    const input = prepare();
    const start = performance.now();
    run(input);
    const ms = performance.now() - start;
    if (i >= rounds.warmup) samples.push(ms);
  }
  return median(samples);
}

/**
 * Naqi's and Readability's medians on one page. Every round gives each engine a fresh
 * clone of the parsed page (the clone is not timed): the extension always reads a newly
 * parsed copy, and a DOM builds a node's script object the first time script touches
 * it, so analysing one document again and again would flatter whoever did it. Naqi does
 * its whole job (`analyze`); Readability runs isProbablyReaderable and then parse, which
 * may change the clone, as its README asks; Defuddle runs parse.
 */
export function timeBoth(doc: Document, url?: string): { naqiMs: number; readabilityMs: number } {
  const fresh = (): Document => doc.cloneNode(true) as Document;
  return {
    naqiMs: time((page) => analyze(page, { url }), fresh),
    readabilityMs: time((page) => runReadability({ doc: page, clone: page }), fresh),
  };
}

export const timeDefuddle = (doc: Document, url?: string): number =>
  time((page) => runDefuddle(page, url), () => doc.cloneNode(true) as Document, DEFUDDLE_ROUNDS);

/**
 * Runs both engines over every page a few times, untimed, so that the first pages
 * measured do not pay for compiling either engine's code (the JIT warms up on the
 * whole corpus, not on whichever page comes first in alphabetical order).
 */
export function warmUp(pages: readonly CorpusPage[]): void {
  const docs = pages.map((p) => ({ doc: parse(p.html, p.truth.url), url: p.truth.url }));
  for (let pass = 0; pass < CORPUS_WARMUP_PASSES; pass++) {
    for (const { doc, url } of docs) {
      analyze(doc, { url });
      runReadability({ doc, clone: doc.cloneNode(true) as Document });
      if (pass === 0) runDefuddle(doc.cloneNode(true) as Document, url);
    }
  }
}

export interface Accuracy {
  keep: number;
  drop: number;
  sources: SetScore | null;
  tags: SetScore | null;
  /** on a non-article page: did it act (report clutter / offer reader view)? null: it always extracts */
  falseAction: boolean | null;
}

export type Engine = 'naqi' | 'readability' | 'defuddle';

export interface PageResult {
  name: string;
  isArticle: boolean;
  naqi: { ms: number; accuracy: Accuracy };
  readability: { ms: number; accuracy: Accuracy };
  defuddle: { ms: number; accuracy: Accuracy };
  /** Readability's time / Naqi's */
  ratio: number;
  /** Defuddle's time / Naqi's */
  defuddleRatio: number;
}

function peerAccuracy(page: CorpusPage, reading: PeerReading): Accuracy {
  const truth = page.truth;
  const text = scoreText(truth, reading.text);
  return {
    keep: text.keep,
    drop: text.drop,
    sources: truth.isArticle ? scoreSources(truth, reading.sources) : null,
    tags: truth.isArticle ? scoreTags(truth, []) : null,
    falseAction: truth.isArticle ? false : reading.acts,
  };
}

export function measurePage(page: CorpusPage): PageResult {
  const doc = parse(page.html, page.truth.url);
  const url = page.truth.url;
  const truth = page.truth;

  const { naqiMs, readabilityMs } = timeBoth(doc, url);
  const defuddleMs = timeDefuddle(doc, url);

  const n = analyze(doc, { url });
  const nText = scoreText(truth, n.text);
  return {
    name: page.name,
    isArticle: truth.isArticle,
    naqi: {
      ms: naqiMs,
      accuracy: {
        keep: nText.keep,
        drop: nText.drop,
        sources: truth.isArticle ? scoreSources(truth, n.sources) : null,
        tags: truth.isArticle ? scoreTags(truth, n.tags) : null,
        falseAction: !truth.isArticle && (n.isArticle || n.clutter.length > 0),
      },
    },
    readability: { ms: readabilityMs, accuracy: peerAccuracy(page, readabilityReading(doc)) },
    defuddle: { ms: defuddleMs, accuracy: peerAccuracy(page, defuddleReading(doc, url)) },
    ratio: readabilityMs / naqiMs,
    defuddleRatio: defuddleMs / naqiMs,
  };
}

/**
 * The same article grown k times the realistic way: more paragraphs in its body,
 * more related lists around it, and a growing comment thread.
 */
export function grow(html: string, factor: number, keepSentence: string): Document {
  const doc = parse(html);
  if (factor === 1) return doc;
  const holder = Array.from(doc.querySelectorAll('p')).find((p) => (p.textContent ?? '').includes(keepSentence.slice(0, 30)))?.parentElement;
  if (!holder) throw new Error('scaling page: article paragraphs not found');
  const paragraphs = Array.from(holder.querySelectorAll(':scope > p'));
  const lists = Array.from(doc.querySelectorAll('ul, ol')).filter((l) => l.querySelectorAll('li a').length >= 3);
  const thread = doc.createElement('section');
  thread.className = 'comments';
  (holder.closest('article') ?? holder).after(thread);
  for (let i = 1; i < factor; i++) {
    for (const p of paragraphs) holder.append(p.cloneNode(true));
    for (const list of lists) list.after(list.cloneNode(true));
    for (let c = 0; c < 5; c++) {
      const comment = doc.createElement('div');
      comment.className = 'comment';
      comment.innerHTML = `<strong>قارئ ${i}-${c}</strong><p>شكراً على هذا التقرير المفيد، وأتمنى أن تتابعوا الموضوع في الأيام المقبلة، فالقضية تهم الكثيرين في بلادنا.</p>`;
      thread.append(comment);
    }
  }
  return doc;
}

export interface ScalingRow {
  factor: number;
  elements: number;
  naqiMs: number;
  readabilityMs: number;
}

export function measureScaling(html: string, keepSentence: string, factors: readonly number[]): ScalingRow[] {
  return factors.map((factor) => {
    const doc = grow(html, factor, keepSentence);
    return { factor, elements: doc.getElementsByTagName('*').length, ...timeBoth(doc) };
  });
}
