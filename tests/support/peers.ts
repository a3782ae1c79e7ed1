/**
 * The peers Naqi is measured against, each run as its own documentation asks, on a
 * parsed page: Mozilla Readability (Firefox's reader view) and Defuddle (Obsidian Web
 * Clipper's extraction engine). Each gets its own clone: both change the document they read.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import Defuddle from 'defuddle';

export interface PeerReading {
  /** the text it keeps as the article ('' when it extracts nothing) */
  text: string;
  /** on a page that is no article: does it act (offer reader view)? null when it always extracts */
  acts: boolean | null;
  /** names it gives for the site and the author, as source candidates */
  sources: { name: string }[];
}

/** Readability as its README asks: isProbablyReaderable on the page, parse on a clone. */
export function runReadability(input: { doc: Document; clone: Document }) {
  const readerable = isProbablyReaderable(input.doc);
  const article = new Readability(input.clone).parse();
  return { readerable, article };
}

export function readabilityReading(doc: Document): PeerReading {
  const r = runReadability({ doc, clone: doc.cloneNode(true) as Document });
  return {
    text: r.article?.textContent ?? '',
    acts: r.readerable,
    sources: [r.article?.siteName, r.article?.byline].filter((x): x is string => !!x).map((name) => ({ name })),
  };
}

/**
 * Defuddle on a clone (it strips scripts from the document it reads). It reports a page's
 * broken JSON-LD with console.error and a stack trace on every call; its answer is the same
 * either way, so its messages are counted instead of printed (see defuddleWarnings).
 */
export function runDefuddle(clone: Document, url?: string) {
  const error = console.error;
  console.error = () => void defuddleWarnings++;
  try {
    return new Defuddle(clone, { url }).parse();
  } finally {
    console.error = error;
  }
}

/** How many errors Defuddle reported about pages (broken JSON-LD), for the curious. */
export let defuddleWarnings = 0;

export function defuddleReading(doc: Document, url?: string): PeerReading {
  const clone = doc.cloneNode(true) as Document;
  const result = runDefuddle(clone, url);
  const holder = clone.createElement('div');
  // Defuddle's own output, parsed inert in a detached element of the clone, only to read its text.
  holder.innerHTML = result.content ?? '';
  return {
    text: blockText(holder),
    acts: null,
    sources: [result.site, result.author].filter((x): x is string => !!x).map((name) => ({ name })),
  };
}

/** Text with a line break after each block, as Readability's textContent runs paragraphs together. */
function blockText(el: Element): string {
  for (const block of Array.from(el.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, blockquote, br, tr'))) block.append('\n');
  return el.textContent ?? '';
}
