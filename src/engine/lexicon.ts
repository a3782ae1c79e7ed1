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

/** Matches a short text against the lexicon; `null` when it names no furniture. */
export function matchLabel(text: string): LabelMatch | null {
  const key = labelKey(text);
  if (!key) return null;
  for (const p of compiled) {
    if (key === p.key) return { kind: p.kind, phrase: p.key, rest: '' };
    if (p.start && key.startsWith(p.key) && key.charAt(p.key.length) === ' ') {
      return { kind: p.kind, phrase: p.key, rest: key.slice(p.key.length + 1) };
    }
  }
  return null;
}

/** All compiled phrases, for tests that check the data file's own consistency. */
export const lexiconPhrases = (): readonly Readonly<Phrase>[] => compiled;
