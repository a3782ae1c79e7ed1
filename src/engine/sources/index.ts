/**
 * Sources of an article, in order of importance: the publisher, then each agency
 * and outlet credited for the story, then outlets only cited in its text.
 * Deduplicated by registry entry or normalised name; a credit naming the
 * publisher itself is folded into the publisher.
 */
import { normalizeArabic } from '../arabic';
import { MIN_NAME_KEY_CHARS } from '../constants';
import { closestWhere } from '../dom';
import type { PageFacts } from '../page-facts';
import { type Block, articleScope, inArticleOf } from '../page-index';
import type { Source } from '../types';
import { findCitations } from './cited';
import { findCredits } from './credits';
import { findPublisher, publisherKeys } from './publisher';
import { type RegistryEntry, lookup } from './registry';

/** Short blocks read before the body for bylines and source lines… */
const META_BLOCKS = 8;
/** …and after it. */
const AFTER_BLOCKS = 6;
const H1 = new Set(['H1']);

export interface SourceInputs extends PageFacts {
  body: Element;
  lead: readonly Element[];
  hidden: ReadonlySet<Element>;
}

export function findSources(inputs: SourceInputs): Source[] {
  const { page, body, lead, hidden } = inputs;
  const hiddenBoxes = [...hidden];
  const isHidden = (el: Element): boolean => hiddenBoxes.some((box) => page.contains(box, el));
  const inArticle = (b: Block): boolean => inArticleOf(page, body, lead, b.element);
  const articleBlocks = page.blocks.filter((b) => inArticle(b) && !isHidden(b.element));
  const scope = articleScope(body);
  const first = articleBlocks[0];
  const last = articleBlocks[articleBlocks.length - 1];
  const heading = page.firstHeading(scope, H1) ?? page.firstHeading(null, H1);
  const metaBlocks = first
    ? page.blocks
        .filter((b) => b.index < first.index && page.contains(scope, b.element) && !inArticle(b) && !isHidden(b.element))
        .filter((b) => !heading || page.precedes(heading, b.element))
        // Microdata naming the site itself is not a byline.
        .filter((b) => !closestWhere(b.element, (a) => a.getAttribute('itemprop') === 'publisher'))
        .slice(-META_BLOCKS)
    : [];
  const afterBlocks = last
    ? page.blocks.filter((b) => b.index > last.index && page.contains(scope, b.element) && !inArticle(b) && !isHidden(b.element)).slice(0, AFTER_BLOCKS)
    : [];

  const publisher = findPublisher(inputs);
  const ownNames = publisherKeys(inputs, publisher);
  const out: Source[] = publisher ? [publisher] : [];
  const seen = new Set<string>();
  const publisherEntry = publisher ? lookup(publisher.name) : undefined;
  if (publisherEntry) seen.add(publisherEntry.canonical);
  const keyOf = (name: string, entry?: RegistryEntry): string => entry?.canonical ?? normalizeArabic(name);
  const isOwn = (name: string): boolean => {
    const n = normalizeArabic(name);
    return ownNames.some((own) => own === n || (n.length >= MIN_NAME_KEY_CHARS && (own.startsWith(`${n} `) || own.endsWith(` ${n}`))));
  };
  const add = (source: Source, entry?: RegistryEntry): void => {
    const key = keyOf(source.name, entry);
    // A distinct registry entry is another outlet even when the names overlap (CNN vs CNN Arabic).
    if (seen.has(key) || (!(entry && entry !== publisherEntry) && isOwn(source.name))) return;
    seen.add(key);
    out.push(source);
  };

  const credits = findCredits({ articleBlocks, metaBlocks, afterBlocks });
  for (const kind of ['agency', 'credited-outlet'] as const) {
    for (const c of credits) {
      if (c.kind === kind) add({ name: c.name, canonical: c.entry?.canonical ?? c.name, kind, evidence: c.evidence }, c.entry);
    }
  }
  for (const c of findCitations(articleBlocks)) {
    add({ name: c.name, canonical: c.entry.canonical, kind: 'cited', evidence: c.evidence }, c.entry);
  }
  return out;
}
