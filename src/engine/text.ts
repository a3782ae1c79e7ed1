/**
 * The cleaned article text: the lead and the body as a reader sees them once
 * clutter is hidden. Block elements become paragraphs (blank line between),
 * <br> becomes a line break, two <br> a paragraph break.
 */
import { BLOCK_TAGS, DESCEND, SKIP, isElement, isInvisible, isText, tagOf, walk } from './dom';

const PARAGRAPH = '\u0000P';
const LINE = '\u0000L';

export function cleanedText(roots: readonly Element[], skip: ReadonlySet<Element>): string {
  const out: string[] = [];
  for (const root of roots) {
    if (skip.has(root)) continue;
    out.push(PARAGRAPH);
    walk(
      root,
      (node) => {
        if (isText(node)) out.push(node.data);
        if (!isElement(node) || isInvisible(node) || skip.has(node)) return SKIP;
        const tag = tagOf(node);
        if (tag === 'BR') {
          out.push(LINE);
          return SKIP;
        }
        if (BLOCK_TAGS.has(tag)) out.push(PARAGRAPH);
        return DESCEND;
      },
      (el) => {
        if (BLOCK_TAGS.has(tagOf(el))) out.push(PARAGRAPH);
      },
    );
  }
  return format(out.join(''));
}

/** Collapses spaces, turns markers into newlines, drops empty paragraphs. */
function format(raw: string): string {
  const paragraphs: string[] = [];
  for (const para of raw.split(PARAGRAPH)) {
    // Two line breaks in a row separate paragraphs, as <br><br> does on screen.
    for (const chunk of para.split(new RegExp(`${LINE}\\s*${LINE}`))) {
      const lines = chunk
        .split(LINE)
        .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
        .filter(Boolean);
      if (lines.length) paragraphs.push(lines.join('\n'));
    }
  }
  return paragraphs.join('\n\n');
}
