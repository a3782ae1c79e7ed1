/**
 * The cheap first look, before any analysis: is this page plausibly Arabic? It
 * reads the declared language and a small sample of text, so that the vast
 * majority of pages a person opens cost Naqi almost nothing.
 */
import { countScript } from '../engine/arabic';

const SAMPLE_CHARS = 4000;
const RTL_LANG = /^(ar|fa|ur|ckb|ps|sd|ug)\b/i;
/** Share of Arabic letters in the sample above which the full analysis runs. */
const MIN_SHARE = 0.3;

export function looksArabic(doc: Document): boolean {
  if (RTL_LANG.test(doc.documentElement?.getAttribute('lang') ?? '')) return true;
  const body = doc.body;
  if (!body) return false;
  // A page that declares another language gets a shorter look: it is rarely Arabic after all.
  const declared = doc.documentElement?.getAttribute('lang');
  const limit = declared ? SAMPLE_CHARS / 5 : SAMPLE_CHARS;
  let sample = doc.title ?? '';
  // No filter callback: a call from the browser into script for every text node costs more than the test.
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && sample.length < limit; n = walker.nextNode()) {
    const tag = n.parentNode?.nodeName;
    if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'NOSCRIPT') sample += ` ${n.nodeValue ?? ''}`;
  }
  const { arabic, letters } = countScript(sample);
  return letters > 0 && arabic / letters >= MIN_SHARE;
}
