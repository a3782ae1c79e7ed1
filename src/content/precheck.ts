/**
 * The cheap first look, before any analysis: is this page plausibly Arabic? It
 * reads the declared language, the title, and only when those do not settle it a
 * small sample of text, so that the vast majority of pages a person opens cost
 * Naqi almost nothing. A yes is only a plausible one: the analysis decides.
 *
 * Arabic script is not Arabic: a page that declares Persian, Urdu, Kurdish or Pashto, or
 * whose title has letters those languages use, is read on a sample of its text with
 * the engine's own test (function words, letters), and left alone when it is one of them —
 * without the copy and the reading an Arabic page gets.
 */
import { countScript } from '../engine/arabic';
import { OTHER_ARABIC_SCRIPT_LANGS, RTL_LANGS, isOtherArabicScript, usesOtherLetters } from '../engine/language';

const SAMPLE_CHARS = 4000;
/** Share of Arabic letters in the sample above which the full analysis runs. */
const MIN_SHARE = 0.3;
/** Letters a title needs to decide alone (one word: a site name such as "الوطن"). */
const MIN_TITLE_LETTERS = 4;
/** Persian ya and kaf: Persian titles have them, and so do Arabic ones typed on Persian keyboards (the sample tells). */
const PERSIAN_YA_KAF = /[\u06cc\u06a9]/;

export function looksArabic(doc: Document): boolean {
  const declared = doc.documentElement?.getAttribute('lang') ?? '';
  const title = doc.title ?? '';
  if (OTHER_ARABIC_SCRIPT_LANGS.test(declared) || usesOtherLetters(title) || PERSIAN_YA_KAF.test(title)) {
    return !otherLanguage(textSample(doc, title, SAMPLE_CHARS));
  }
  if (RTL_LANGS.test(declared)) return true;
  // Many Arabic sites declare no language; their title is in it, and says so without a walk.
  if (arabicEnough(title, MIN_TITLE_LETTERS)) return true;
  // A page that declares another language gets a shorter look: it is rarely Arabic after all.
  const sample = textSample(doc, title, declared ? SAMPLE_CHARS / 5 : SAMPLE_CHARS);
  return arabicEnough(sample, 1) && !otherLanguage(sample);
}

/** Is a sample of the page's text Persian, Urdu, Kurdish or Pashto rather than Arabic? */
const otherLanguage = (sample: string): boolean => isOtherArabicScript(sample, countScript(sample).arabic);

/** The title and the first text of the body, up to `limit` characters. */
function textSample(doc: Document, title: string, limit: number): string {
  const body = doc.body;
  let sample = title;
  if (!body) return sample;
  // No filter callback: a call from the browser into script for every text node costs more than the test.
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && sample.length < limit; n = walker.nextNode()) {
    const tag = n.parentNode?.nodeName;
    if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'NOSCRIPT') sample += ` ${n.nodeValue ?? ''}`;
  }
  return sample;
}

function arabicEnough(text: string, minLetters: number): boolean {
  const { arabic, letters } = countScript(text);
  return letters >= minLetters && arabic / letters >= MIN_SHARE;
}
