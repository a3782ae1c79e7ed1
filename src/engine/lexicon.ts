/**
 * The Arabic phrase lexicon (src/data/phrases.json), compiled to normalised keys.
 * A label matches a phrase when its normalised, punctuation-free form equals the
 * phrase ('whole' and 'start' phrases) or begins with it followed by a word break
 * ('start' phrases only). The longest matching phrase wins.
 */
import phrases from '../data/phrases.json';
import { labelKey } from './arabic';
import type { ClutterKind } from './types';

export type LabelKind = ClutterKind | 'tags' | 'source';

interface Phrase {
  key: string;
  kind: LabelKind;
  start: boolean;
}

const compiled: Phrase[] = [];
const addGroup = (kind: LabelKind, group: { start: string[]; whole: string[] }): void => {
  for (const p of group.start) compiled.push({ key: labelKey(p), kind, start: true });
  for (const p of group.whole) compiled.push({ key: labelKey(p), kind, start: false });
};
for (const [kind, group] of Object.entries(phrases.clutter)) addGroup(kind as ClutterKind, group);
for (const [kind, group] of Object.entries(phrases.furniture)) addGroup(kind as LabelKind, group);
// Longest first, so "الأكثر قراءة" wins over "الأكثر" and a tag label over a generic word.
compiled.sort((a, b) => b.key.length - a.key.length);

export interface LabelMatch {
  kind: LabelKind;
  /** the matched phrase (normalised) */
  phrase: string;
  /** what follows the phrase in the label (normalised), '' when the label is only the phrase */
  rest: string;
}

/** Phrases by their first word: a label is compared only with phrases that start like it. */
const byFirstWord = new Map<string, Phrase[]>();
for (const p of compiled) {
  const first = p.key.split(' ')[0]!;
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), p]);
}
const LONGEST = Math.max(...compiled.map((p) => p.key.length));

/** Results by text: rules ask about the same short lines again and again. */
const memo = new Map<string, LabelMatch | null>();
const MEMO_LIMIT = 10_000;

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
  // Most lines start with a word no phrase starts with: check that word before normalising the rest.
  const head = labelKey(text.slice(0, 40)).split(' ', 1)[0] ?? '';
  if (!byFirstWord.has(head)) return null;
  // Only the head of a long text can be a label: normalise no more than that.
  const key = labelKey(text.length > LONGEST * 4 ? text.slice(0, LONGEST * 4) : text);
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
export const lexiconPhrases = (): readonly Readonly<Phrase>[] => compiled;
