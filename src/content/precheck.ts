/**
 * The cheap first look, before any analysis: is this page plausibly Arabic? It
 * reads the declared language, the title, and only when those do not say yes a
 * small sample of text, so that the vast majority of pages a person opens cost
 * Naqi almost nothing. A yes is only a plausible one: the analysis decides.
 */
import { countScript } from '../engine/arabic';

const SAMPLE_CHARS = 4000;
const RTL_LANG = /^(ar|fa|ur|ckb|ps|sd|ug)\b/i;
/** Share of Arabic letters in the sample above which the full analysis runs. */
const MIN_SHARE = 0.3;
/** Letters a title needs to decide alone (one word: a site name such as "الوطن"). */
const MIN_TITLE_LETTERS = 4;

export function looksArabic(doc: Document): boolean {
  const declared = doc.documentElement?.getAttribute('lang') ?? '';
  if (RTL_LANG.test(declared)) return true;
  // Many Arabic sites declare no language; their title is in it, and says so without a walk.
  const title = doc.title ?? '';
  if (arabicEnough(title, MIN_TITLE_LETTERS)) return true;
  const body = doc.body;
  if (!body) return false;
  // A page that declares another language gets a shorter look: it is rarely Arabic after all.
  const limit = declared ? SAMPLE_CHARS / 5 : SAMPLE_CHARS;
  let sample = title;
  // No filter callback: a call from the browser into script for every text node costs more than the test.
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && sample.length < limit; n = walker.nextNode()) {
    const tag = n.parentNode?.nodeName;
    if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'NOSCRIPT') sample += ` ${n.nodeValue ?? ''}`;
  }
  return arabicEnough(sample, 1);
}

function arabicEnough(text: string, minLetters: number): boolean {
  const { arabic, letters } = countScript(text);
  return letters >= minLetters && arabic / letters >= MIN_SHARE;
}
