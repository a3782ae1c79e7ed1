/**
 * The numbers that shape the engine's whole policy, named in one place (as Readability does),
 * so a reader can see it at once and tests can refer to it. A number only one module uses is
 * named at the top of that module, with a line on what it means (tests/unit/engine/thresholds.test.ts
 * holds every module to that). Separate constants (not one object) so the minifier can inline them.
 */
/** A block needs this many visible characters to count as a paragraph of prose. */
export const MIN_PARAGRAPH_CHARS = 40;
/** …and at most this share of its text inside links. */
export const MAX_PARAGRAPH_LINK_DENSITY = 0.35;
/** Paragraph score is added to ancestors with these weights (parent, grandparent, …). */
export const ANCESTOR_WEIGHTS = [1, 0.5, 0.2] as readonly number[];
/** An article body has at least this much prose… */
export const MIN_ARTICLE_CHARS = 280;
/** …in at least this many paragraphs… */
export const MIN_ARTICLE_PARAGRAPHS = 2;
/** …unless one paragraph is this long on its own. */
export const LONG_SINGLE_PARAGRAPH_CHARS = 500;
/**
 * A page that declares one article (JSON-LD NewsArticle, LiveBlogPosting…, og:type=article)
 * but has too little prose in paragraphs of MIN_PARAGRAPH_CHARS is read again with pieces of
 * this many characters (live coverage, galleries: timestamped lines, captions, quotes)…
 */
export const MIN_SHORT_PIECE_CHARS = 20;
/** …and is an article when it has at least this many such pieces (and MIN_ARTICLE_CHARS in all). */
export const MIN_SHORT_PIECES = 4;
/** The body may hold at most this share of its text in links. */
export const MAX_BODY_LINK_DENSITY = 0.4;
/** Below this share of Arabic letters among all letters, a page is not Arabic. */
export const MIN_ARABIC_SHARE = 0.5;
/** A clutter label (heading such as "اقرأ أيضاً") is at most this long. */
export const MAX_LABEL_CHARS = 40;
/** A headline is matched to the page's title (contained in it, or containing it) only when both have this many characters. */
export const MIN_TITLE_MATCH_CHARS = 10;
/** A name key shorter than this is matched only whole, never as a word of a longer name (it would match everywhere). */
export const MIN_NAME_KEY_CHARS = 3;
/** A headline link: this many words at least (menus have one or two). */
export const MIN_HEADLINE_WORDS = 3;
/** A list of headline links has at least this many items. */
export const MIN_LINK_LIST_ITEMS = 3;
/** Link density from which a block counts as "mostly links". */
export const LINKY_DENSITY = 0.7;
/** An inline promo line is at most this long (a headline, not a paragraph). */
export const MAX_INLINE_PROMO_CHARS = 220;
/** Climbing from a label to the block it heads stops after this many levels. */
export const MAX_LABEL_CLIMB = 6;
/**
 * The article's scope (page-index.ts, articleScope) reaches this many levels above the body at
 * most, or up to an <article> around it: bylines, source lines and tag boxes sit there.
 */
export const ARTICLE_SCOPE_LEVELS = 4;
/** Sibling containers with this share of the top score join the body. */
export const SIBLING_SCORE_SHARE = 0.3;
/** A <form> with more text than this wraps the page (ASP.NET pages) rather than being a form. */
export const MAX_FORM_CHARS = 2000;
/**
 * Prose after a read-also label inside the body is the same story (kept) when it names again
 * this share of the article's key words (title words, words used twice)…
 */
export const SAME_STORY_KEY_WORDS = 0.4;
/** …or when this share of its content words are the article's. */
export const SAME_STORY_SHARED_WORDS = 0.2;
/**
 * The article is never cut: one decision of a rule (an element, or a run of siblings it took
 * together) may hide at most this share of the article's prose…
 */
export const MAX_DECISION_PROSE_SHARE = 0.25;
/** …and all clutter together at most this share. */
export const MAX_HIDDEN_PROSE_SHARE = 0.35;
/**
 * Before that, each rule asks whether an element it would hide holds article prose
 * (hidesArticle: never the body, a lead or the opening paragraph), by one of these policies:
 * a box, list, widget or wrapper, or a story after the body, holds none of it…
 */
export const PROSE_IN_BOX = 0;
/** …a promo line, or the story after a read-also label inside the body, under a third of it… */
export const PROSE_IN_STORY = 0.34;
/** …comment-policy boilerplate after the article's last paragraph, at most half. */
export const PROSE_IN_COMMENT_POLICY = 0.5;
/** Pages larger than this many elements are analysed on a prefix only. */
export const MAX_ELEMENTS = 200_000;
