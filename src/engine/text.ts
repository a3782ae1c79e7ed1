/**
 * The cleaned article text: the lead and the body as a reader sees them once
 * clutter is hidden. Block elements become paragraphs (blank line between),
 * <br> becomes a line break, two <br> a paragraph break.
 */
import { BLOCK_TAGS, isElement, isInvisible, isText, tagOf } from './dom';

const PARAGRAPH = '\u0000P';
const LINE = '\u0000L';

export function cleanedText(roots: readonly Element[], skip: ReadonlySet<Element>): string {
  const out: string[] = [];
  for (const root of roots) {
    if (skip.has(root)) continue;
    out.push(PARAGRAPH);
    const stack: (Node | typeof PARAGRAPH)[] = [];
    const pushChildren = (node: Node): void => {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    };
    pushChildren(root);
    while (stack.length) {
      const node = stack.pop()!;
      if (node === PARAGRAPH) {
        out.push(PARAGRAPH);
        continue;
      }
      if (isText(node)) {
        out.push(node.data);
        continue;
      }
      if (!isElement(node) || isInvisible(node) || skip.has(node)) continue;
      const tag = tagOf(node);
      if (tag === 'BR') {
        out.push(LINE);
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        out.push(PARAGRAPH);
        stack.push(PARAGRAPH);
      }
      pushChildren(node);
    }
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
