/**
 * Outlets cited in the running text ("بحسب رويترز", "نقلاً عن صحيفة نيويورك تايمز"):
 * reported as kind "cited", after the credited ones. Only registry names that
 * follow a citing word count, and only in the article's visible prose.
 */
import words from '../../data/credits.json';
import type { Block } from '../page-index';
import { creditKey, findNamesInKey, type RegistryEntry } from './registry';

/** Words that introduce a cited outlet (src/data/credits.json), in credit-key form. */
let cues: string[] | undefined;
/** How many words before the name a cue may stand. */
const CUE_WINDOW = 3;

export interface Citation {
  name: string;
  entry: RegistryEntry;
  evidence: string;
}

export function findCitations(blocks: readonly Block[]): Citation[] {
  const out: Citation[] = [];
  for (const block of blocks) {
    const key = creditKey(block.text);
    for (const hit of findNamesInKey(key, { prefixes: 'ولبف' })) {
      const before = key.slice(0, hit.index).split(' ').filter(Boolean).slice(-CUE_WINDOW).join(' ');
      cues ??= words.citationCues.map(creditKey);
      if (!cues.some((cue) => ` ${before} `.includes(` ${cue} `) || before.endsWith(cue))) continue;
      out.push({ name: hit.name, entry: hit.entry, evidence: `cited in the text "…${before} ${hit.name}…"` });
    }
  }
  return out;
}
