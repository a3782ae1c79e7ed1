/**
 * Is a run of prose the same story as the article, or another one? Two passages of one
 * story name the same people, places and things again and again; another story glued under
 * it names others. Compared here as content words: normalised, without the attached
 * conjunctions, prepositions and article (و، ف، ب، ل، ك، ال), function words dropped.
 */
import languages from '../data/languages.json';
import { normalizeArabic, words } from './arabic';
import { SAME_STORY_KEY_WORDS, SAME_STORY_SHARED_WORDS } from './constants';
import { inMatchingForm } from './language';

/** Shortest content word (after its prefixes are cut). */
const MIN_WORD_CHARS = 3;
const PREFIX = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?/;

let stopwords: Set<string> | undefined;
const isStopword = (w: string): boolean =>
  (stopwords ??= new Set(inMatchingForm([...languages.arabicFunctionWords, ...languages.topicStopwords]))).has(w);

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

/** What a story is about: its key words (the title's, and those the article used twice or more), and every word it used. */
export interface StoryWords {
  key: ReadonlySet<string>;
  known: ReadonlySet<string>;
}

export function storyWords(title: string, article: string): StoryWords {
  const before = contentWords(article);
  const counts = new Map<string, number>();
  for (const w of before) counts.set(w, (counts.get(w) ?? 0) + 1);
  const key = new Set(contentWords(title));
  for (const [w, n] of counts) if (n >= 2) key.add(w);
  return { key, known: new Set([...before, ...key]) };
}

/**
 * Does `passage` carry on the story? It does when it names again a fair share of the
 * story's key words (its people, places and things), or when many of its words are the
 * article's. Only a passage that does neither is another story.
 */
export function isSameStory({ key, known }: StoryWords, passage: string): boolean {
  const after = contentWords(passage);
  if (!after.length) return true;
  const afterSet = new Set(after);
  let recalled = 0;
  for (const w of key) if (afterSet.has(w)) recalled++;
  if (key.size && recalled / key.size >= SAME_STORY_KEY_WORDS) return true;
  let shared = 0;
  for (const w of after) if (known.has(w)) shared++;
  return shared / after.length >= SAME_STORY_SHARED_WORDS;
}
