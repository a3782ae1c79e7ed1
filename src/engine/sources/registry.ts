/**
 * The agency and outlet registry (src/data/agencies.json), compiled for matching.
 * Names match on word boundaries of the "credit key" (Arabic-normalised, dots and
 * slashes as spaces), so "أ.ف.ب" and "أ ف ب" agree and "قنا" never matches inside "قناة".
 */
import data from '../../data/agencies.json';
import { normalizeArabic } from '../arabic';
import { LETTER, NUMBER, categoryAt } from '../unicode';

export interface RegistryEntry {
  canonical: string;
  kind: 'agency' | 'outlet';
  home: string;
  names: string[];
}

interface CompiledName {
  name: string;
  key: string;
  entry: RegistryEntry;
  ambiguous: boolean;
}

/** The form names and texts are compared in. */
export function creditKey(text: string): string {
  return normalizeArabic(text)
    .replace(/[.·/\\|_()[\]{}«»"'“”:;،,؛!?؟\-–—+*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTRIES = data.entries as (RegistryEntry & { ambiguous?: string[] })[];
const NAMES: CompiledName[] = ENTRIES.flatMap((entry) =>
  entry.names.map((name) => ({ name, key: creditKey(name), entry, ambiguous: (entry.ambiguous ?? []).includes(name) })),
).sort((a, b) => b.key.length - a.key.length);

/** The entry a whole name refers to ("رويترز", "أ ف ب", "CNNArabic"). */
export function lookup(name: string): RegistryEntry | undefined {
  const key = creditKey(name);
  return NAMES.find((n) => n.key === key)?.entry;
}

export interface NameHit {
  entry: RegistryEntry;
  /** the registry's spelling of the name */
  name: string;
  /** the name as matched (credit key form) */
  key: string;
  index: number;
}

const isWordChar = (c: string | undefined): boolean => {
  if (!c) return false;
  const category = categoryAt(c, 0);
  return category === LETTER || category === NUMBER;
};

/**
 * Registry names in a text, longest first, not overlapping. `ambiguous` names
 * (also ordinary words) are included only when asked. `prefixes` lets a name
 * carry an attached Arabic preposition or conjunction (لرويترز، وبحسب…).
 */
export interface NameOptions {
  ambiguous?: boolean;
  prefixes?: string;
}

export function findNames(text: string, options: NameOptions = {}): NameHit[] {
  return findNamesInKey(creditKey(text), options);
}

/** `findNames` on a text already in credit-key form. */
export function findNamesInKey(key: string, options: NameOptions = {}): NameHit[] {
  const hits: NameHit[] = [];
  const taken: [number, number][] = [];
  for (const name of NAMES) {
    if (name.ambiguous && !options.ambiguous) continue;
    for (let i = key.indexOf(name.key); i >= 0; i = key.indexOf(name.key, i + 1)) {
      const end = i + name.key.length;
      let start = i;
      if (isWordChar(key[i - 1])) {
        // Allow one attached prefix letter (و، ل، ب، ف) before the name.
        if (!options.prefixes || !options.prefixes.includes(key[i - 1]!) || isWordChar(key[i - 2])) continue;
        start = i - 1;
      }
      if (isWordChar(key[end])) continue;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      hits.push({ entry: name.entry, name: name.name, key: name.key, index: i });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
