/** The engine's public result types. */

/** Every kind of clutter, in the order reports list them. */
export const CLUTTER_KINDS = [
  'read-also', // "اقرأ أيضاً" boxes and inline "إقرأ المزيد <link>" lines
  'related', // related / similar / chosen-for-you headline lists
  'most-read', // most read / most watched / latest lists
  'other-story', // a second story glued under the article
  'share', // share bars, follow-us and newsletter prompts
  'comments', // comment forms and comment-policy boilerplate
  'ad', // labelled ads and sponsored-content widgets
] as const;

export type ClutterKind = (typeof CLUTTER_KINDS)[number];

/**
 * Which rule found an element (`naqi analyze` prints it): the rule's file under
 * src/engine/clutter/, and after a slash the part of that file, when it holds more than one.
 */
export const RULE_IDS = [
  'comment-policy',
  'inline-promos/line',
  'inline-promos/teaser-box',
  'labelled/line',
  'labelled/box',
  'link-lists',
  'other-story/label-then',
  'other-story/after-body',
  'skip-link',
  'widgets',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** A clutter element as hiding needs it. */
export interface ClutterFinding {
  element: Element;
  kind: ClutterKind;
  rule: RuleId;
}

/** A clutter element as reports show it. */
export interface ClutterItem extends ClutterFinding {
  /** the item's visible text, whitespace collapsed and clipped (for reports, not for matching) */
  text: string;
}

export type SourceKind = 'publisher' | 'agency' | 'credited-outlet' | 'cited';

export interface Source {
  name: string;
  canonical: string;
  kind: SourceKind;
  evidence: string;
}

export interface Tag {
  label: string;
  href?: string;
}

/** What hiding needs: the verdict and the clutter (`analyzeClutter`). */
export interface ClutterAnalysis {
  isArticle: boolean;
  /** why the verdict is what it is, in a few words */
  reason: string;
  title: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  /** share of Arabic letters among the letters of the page's main text (0..1) */
  arabicShare: number;
  /** the main text is Arabic (not only Arabic script: Persian, Urdu, Kurdish and Pashto are not) */
  isArabic: boolean;
  /** the element holding the article's paragraphs, when one was found */
  body: Element | null;
  /** paragraphs that belong to the article outside `body` (a lead kept apart) */
  lead: Element[];
  clutter: ClutterFinding[];
}

/** The whole reading of a page (`analyze`): the verdict, the clutter and the article's details. */
export interface Analysis extends ClutterAnalysis {
  clutter: ClutterItem[];
  /** the article as a reader sees it once clutter is hidden; paragraphs split by blank lines */
  text: string;
  sources: Source[];
  tags: Tag[];
}

export interface AnalyzeOptions {
  /** the page's URL; defaults to the document's own URL */
  url?: string;
}
