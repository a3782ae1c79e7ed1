/**
 * Credits: who supplied the article, as the page prints it.
 *
 *  - source lines:   "المصدر: تاس", "المصدر : وكالات", "المصدر: الجزيرة + وكالات", "المصدر: (أبوظبي - البيان)"
 *  - datelines:      "طوكيو (أ ف ب) -", "دمشق، سوريا (CNN) --", "عمان 4 كانون الأول (بترا) -",
 *                    "نيويورك - وام" (even glued to the next word), "/أ ش أ/"
 *  - wire tails:     "--(بترا)" closing the body
 *  - bylines:        "الاقتصاد الآن - رويترز" between the headline and the body
 * Photo credits ("© REUTERS / …", captions) are never credits.
 */
import words from '../../data/credits.json';
import { escapeRegExp, normalizeArabic } from '../arabic';
import { classOf, closestWhere, tagOf } from '../dom';
import { matchLabel } from '../lexicon';
import type { Block } from '../page-index';
import { type RegistryEntry, creditKey, findNames, lookup } from './registry';

export interface Credit {
  name: string;
  entry?: RegistryEntry;
  kind: 'agency' | 'credited-outlet';
  evidence: string;
}

/** Longest name printed in a credit that we take as a name. */
const MAX_NAME_CHARS = 40;
/** A source label's colon stands within this many characters of the line's start ("المصدر:"). */
const MAX_LABEL_COLON_AT = 25;
/** A source line is at most this long; a byline at most MAX_BYLINE_CHARS. */
const MAX_SOURCE_LINE_CHARS = 200;
const MAX_BYLINE_CHARS = 120;
/** A dateline is read in the first this many characters of the first block of MIN_DATELINE_BLOCK_CHARS or more. */
const DATELINE_CHARS = 120;
const MIN_DATELINE_BLOCK_CHARS = 40;
/** A wire credit closing the body is read in its last this many characters. */
const TAIL_CREDIT_CHARS = 60;
/** An agency glued to the next word ("وامأعلنت") is an abbreviation of this many letters. */
const MIN_GLUED_AGENCY_CHARS = 3;
const MAX_GLUED_AGENCY_CHARS = 6;
/** A credit's evidence in the report quotes this many characters of the line it was read in. */
const EVIDENCE_CHARS = 80;

export function kindOf(name: string, entry?: RegistryEntry): Credit['kind'] {
  if (entry) return entry.kind === 'agency' ? 'agency' : 'credited-outlet';
  const first = normalizeArabic(name).split(' ', 1)[0]!;
  return AGENCY_WORDS.has(first) ? 'agency' : 'credited-outlet';
}

const credit = (name: string, evidence: string): Credit => {
  const entry = lookup(name);
  return { name, entry, kind: kindOf(name, entry), evidence };
};

/** The word lists of src/data/credits.json, in matching form. */
const AGENCY_WORDS = new Set(words.agencyWords.map(normalizeArabic));
/** A list of phrases in matching form as one alternation, a space standing for any spaces or none ("reuters/"). */
const alternation = (phrases: string[]): string => phrases.map((p) => escapeRegExp(normalizeArabic(p)).replace(/ /g, '\\s*')).join('|');
/** A copyright line; "حقوق" alone is not one (credits.json). */
const COPYRIGHT = new RegExp(alternation(words.copyright));
const PHOTO_CREDIT = new RegExp(`^(?:${alternation(words.photoCreditStarts)})`);

/** A caption, a photo credit or a copyright line: never a source. */
export function isPhotoCredit(block: Block): boolean {
  const text = normalizeArabic(block.text);
  if (COPYRIGHT.test(text) || PHOTO_CREDIT.test(text)) return true;
  return closestWhere(block.element, isCaptionBox) !== null;
}

const CAPTION_TAGS = new Set(['FIGURE', 'FIGCAPTION']);
const CAPTION_CLASS = /caption|credit|photo/;
const isCaptionBox = (el: Element): boolean => CAPTION_TAGS.has(tagOf(el)) || CAPTION_CLASS.test(classOf(el));

/** "المصدر: X + Y" → names X, Y (registry names first, then what remains, as written). */
export function sourceLineNames(text: string): string[] {
  const label = matchLabel(text);
  if (!label || label.kind !== 'source' || !label.rest) return [];
  // Cut the label from the printed text: up to its colon, or its words.
  const colon = text.search(/[:：]/);
  const rest = colon >= 0 && colon < MAX_LABEL_COLON_AT ? text.slice(colon + 1) : text.replace(/^\s*\S+(?:\s+الخبر)?\s*/, '');
  return namesIn(rest);
}

/** Splits a credit into names: "(أبوظبي - البيان)" → البيان; "الجزيرة + وكالات" → الجزيرة, وكالات. */
export function namesIn(raw: string): string[] {
  const names: string[] = [];
  for (let part of raw.split(/\s*[+،,؛&]\s*|\s+و(?=وكالات|وكالة)/)) {
    part = part.replace(/[()[\]«»"“”]/g, ' ').replace(/\s+/g, ' ').trim();
    // "City - Outlet": the outlet is the last segment.
    const segments = part.split(/\s[-–—]+\s|^[-–—]+|[-–—]+$/).map((s) => s.trim()).filter(Boolean);
    part = segments[segments.length - 1] ?? '';
    part = part.replace(/[.:\-–—]+$/, '').trim();
    if (part.length < 2 || part.length > MAX_NAME_CHARS || /^\d/.test(part)) continue;
    names.push(part);
  }
  return names;
}

/** Dateline credits at the start of the first paragraph. */
export function datelineNames(text: string): string[] {
  const head = text.slice(0, DATELINE_CHARS);
  const out: string[] = [];
  // "City (Agency) -" / "City, Country (CNN) --" / "عمان 4 كانون الأول (بترا) -"
  const paren = /^[^()]{0,70}\(([^()]{1,25})\)\s*(?:[-–—]+|:)/.exec(head);
  if (paren) out.push(paren[1]!.trim());
  // "/أ ش أ/" anywhere in the opening
  for (const m of head.matchAll(/\/\s*([^/]{1,12}?)\s*\//g)) if (lookup(m[1]!)) out.push(m[1]!.trim());
  // "City - Agency" (the agency may be glued to the next word: "نيويورك - وامأعلن")
  const dash = /^\s*([^\s-–—(]{2,20}(?:\s[^\s-–—(]{2,20})?)\s[-–—]\s*(.{2,40})/.exec(head);
  if (dash) {
    const hit = findNames(dash[2]!, { ambiguous: true })[0];
    if (hit && hit.index === 0) out.push(hit.name);
    else {
      const glued = gluedAgency(dash[2]!);
      if (glued) out.push(glued);
    }
  }
  return out;
}

/** An agency name glued to the word after it at the start of a string ("وامأعلنت" → وام). */
function gluedAgency(text: string): string | undefined {
  const key = creditKey(text);
  for (const entry of [...new Set(key.split(' ').slice(0, 1))]) {
    for (let len = Math.min(entry.length - 2, MAX_GLUED_AGENCY_CHARS); len >= MIN_GLUED_AGENCY_CHARS; len--) {
      const head = entry.slice(0, len);
      const found = lookup(head);
      if (found?.kind === 'agency') return head;
    }
  }
  return undefined;
}

/** A wire credit closing the body: "--(بترا)", "(رويترز)", "/أ ش أ/". */
export function tailNames(text: string): string[] {
  const tail = text.slice(-TAIL_CREDIT_CHARS);
  const m = /(?:[-–—]+\s*)?[(/]\s*([^()/]{1,25}?)\s*[)/]\s*\.?\s*$/.exec(tail);
  return m && lookup(m[1]!) ? [m[1]!.trim()] : [];
}

export interface CreditInputs {
  /** prose and short blocks of the article (body and lead), clutter excluded, in order */
  articleBlocks: readonly Block[];
  /** short blocks between the headline and the body: bylines, meta lines */
  metaBlocks: readonly Block[];
  /** blocks just after the body (an aggregator's "المصدر:" line) */
  afterBlocks: readonly Block[];
}

export function findCredits(inputs: CreditInputs): Credit[] {
  const out: Credit[] = [];
  const { articleBlocks, metaBlocks, afterBlocks } = inputs;
  for (const block of [...metaBlocks, ...articleBlocks, ...afterBlocks]) {
    if (block.chars > MAX_SOURCE_LINE_CHARS || isPhotoCredit(block)) continue;
    for (const line of block.text.split('\n')) {
      for (const name of sourceLineNames(line)) out.push(credit(name, `source line "${line.trim().slice(0, EVIDENCE_CHARS)}"`));
    }
  }
  const first = articleBlocks.find((b) => b.chars >= MIN_DATELINE_BLOCK_CHARS && !isPhotoCredit(b));
  if (first) for (const name of datelineNames(first.text)) out.push(credit(name, `dateline "${first.text.slice(0, EVIDENCE_CHARS)}"`));
  const last = [...articleBlocks].reverse().find((b) => b.chars > 0 && !isPhotoCredit(b));
  if (last) {
    const lastLine = last.text.split('\n').pop() ?? '';
    for (const name of tailNames(lastLine)) out.push(credit(name, `wire credit closing the body "${lastLine.slice(-EVIDENCE_CHARS)}"`));
  }
  for (const block of metaBlocks) {
    if (block.chars > MAX_BYLINE_CHARS || isPhotoCredit(block)) continue;
    for (const hit of findNames(block.text)) out.push({ name: hit.name, entry: hit.entry, kind: kindOf(hit.name, hit.entry), evidence: `byline "${block.text.slice(0, EVIDENCE_CHARS)}"` });
  }
  return out;
}
