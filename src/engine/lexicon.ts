/**
 * The Arabic phrase lexicon (src/data/phrases.json), compiled to normalised keys.
 * A label matches a phrase when its normalised, punctuation-free form equals the
 * phrase ('whole' and 'start' phrases) or begins with it followed by a word break
 * ('start' phrases only). The longest matching phrase wins.
 */
import phrases from '../data/phrases.json';
import { labelKey } from './arabic';
import type { ClutterKind } from './types';

/** Clutter kinds, and furniture: tag blocks and source lines (kept), skip links (the box they skip is clutter). */
export type LabelKind = ClutterKind | 'tags' | 'source' | 'skip';

interface Phrase {
  key: string;
  kind: LabelKind;
  start: boolean;
}

interface Lexicon {
  /** every phrase, longest first, so "الأكثر قراءة" wins over "الأكثر" and a tag label over a generic word */
  phrases: Phrase[];
  /** phrases by their first word: a label is compared only with phrases that start like it */
  byFirstWord: Map<string, Phrase[]>;
  longest: number;
}

let lexicon: Lexicon | undefined;

/**
 * The lexicon in matching form, compiled on first use. The extension's build ships
 * the phrases already normalised (`normalized: true`), so a page does not pay for it.
 */
function compiled(): Lexicon {
  if (lexicon) return lexicon;
  const ready = (phrases as { normalized?: boolean }).normalized === true;
  const list: Phrase[] = [];
  const addGroup = (kind: LabelKind, group: { start: string[]; whole: string[] }): void => {
    for (const p of group.start) list.push({ key: ready ? p : labelKey(p), kind, start: true });
    for (const p of group.whole) list.push({ key: ready ? p : labelKey(p), kind, start: false });
  };
  for (const [kind, group] of Object.entries(phrases.clutter)) addGroup(kind as ClutterKind, group);
  for (const [kind, group] of Object.entries(phrases.furniture)) addGroup(kind as LabelKind, group);
  list.sort((a, b) => b.key.length - a.key.length);
  const byFirstWord = new Map<string, Phrase[]>();
  let longest = 0;
  for (const p of list) {
    const first = p.key.split(' ', 1)[0]!;
    const same = byFirstWord.get(first);
    if (same) same.push(p);
    else byFirstWord.set(first, [p]);
    longest = Math.max(longest, p.key.length);
  }
  lexicon = { phrases: list, byFirstWord, longest };
  return lexicon;
}

export interface LabelMatch {
  kind: LabelKind;
  /** the matched phrase (normalised) */
  phrase: string;
  /** what follows the phrase in the label (normalised), '' when the label is only the phrase */
  rest: string;
}

/** Results by text: rules ask about the same short lines again and again. */
const memo = new Map<string, LabelMatch | null>();
/** The memo is dropped when it holds this many lines. */
const MEMO_LIMIT = 10_000;
/** A line's first word is looked for in its first this many characters. */
const HEAD_WORD_CHARS = 40;
/** A label is looked for in no more than this many times the longest phrase's length (spacing and punctuation around it). */
const LABEL_SPAN_FACTOR = 4;

/** Forgets earlier pages' labels (each analysis starts with none). */
export function forgetLabels(): void {
  memo.clear();
}

/** Matches a short text against the lexicon; `null` when it names no furniture. */
export function matchLabel(text: string): LabelMatch | null {
  let result = memo.get(text);
  if (result !== undefined) return result;
  result = match(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, result);
  return result;
}

function match(text: string): LabelMatch | null {
  const { byFirstWord, longest } = compiled();
  // Most lines start with a word no phrase starts with: check that word before normalising the rest.
  const head = labelKey(text.slice(0, HEAD_WORD_CHARS)).split(' ', 1)[0] ?? '';
  if (!byFirstWord.has(head)) return null;
  // Only the head of a long text can be a label: normalise no more than that.
  const key = labelKey(text.length > longest * LABEL_SPAN_FACTOR ? text.slice(0, longest * LABEL_SPAN_FACTOR) : text);
  if (!key) return null;
  const candidates = byFirstWord.get(key.split(' ', 1)[0]!);
  if (!candidates) return null;
  for (const p of candidates) {
    if (key === p.key) return { kind: p.kind, phrase: p.key, rest: '' };
    if (p.start && key.startsWith(p.key) && key.charAt(p.key.length) === ' ') {
      return { kind: p.kind, phrase: p.key, rest: key.slice(p.key.length + 1) };
    }
  }
  return null;
}

/** All compiled phrases, for tests that check the data file's own consistency. */
export const lexiconPhrases = (): readonly Readonly<Phrase>[] => compiled().phrases;
