/**
 * Is a run of prose the same story as the article, or another one? Two passages of one
 * story name the same people, places and things again and again; another story glued under
 * it names others. Compared here as content words: normalised, without the attached
 * conjunctions, prepositions and article (و، ف، ب، ل، ك، ال), function words dropped.
 */
import languages from '../data/languages.json';
import { normalizeArabic, words } from './arabic';
import { SAME_STORY_KEY_WORDS, SAME_STORY_SHARED_WORDS } from './constants';

/** Shortest content word (after its prefixes are cut). */
const MIN_WORD_CHARS = 3;
const PREFIX = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?/;

let stopwords: Set<string> | undefined;
const isStopword = (w: string): boolean =>
  (stopwords ??= new Set([...languages.arabicFunctionWords, ...languages.topicStopwords].map(normalizeArabic))).has(w);

/** The content words of a text, in order, repeats kept. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(normalizeArabic(text))) {
    if (isStopword(raw)) continue;
    const stem = raw.replace(PREFIX, '');
    const word = stem.length >= MIN_WORD_CHARS ? stem : raw;
    if (word.length >= MIN_WORD_CHARS && !isStopword(word)) out.push(word);
  }
  return out;
}

/**
 * Does `passage` carry on the story told by `title` and `article`? It does when it names
 * again a fair share of the story's key words (the title's, and those the article used
 * twice or more: its people, places and things), or when many of its words are the
 * article's. Only a passage that does neither is another story.
 */
export function isSameStory(title: string, article: string, passage: string): boolean {
  const before = contentWords(article);
  const after = contentWords(passage);
  if (!after.length) return true;
  const counts = new Map<string, number>();
  for (const w of before) counts.set(w, (counts.get(w) ?? 0) + 1);
  const key = new Set(contentWords(title));
  for (const [w, n] of counts) if (n >= 2) key.add(w);
  const afterSet = new Set(after);
  let recalled = 0;
  for (const w of key) if (afterSet.has(w)) recalled++;
  if (key.size && recalled / key.size >= SAME_STORY_KEY_WORDS) return true;
  const known = new Set([...before, ...key]);
  let shared = 0;
  for (const w of after) if (known.has(w)) shared++;
  return shared / after.length >= SAME_STORY_SHARED_WORDS;
}
