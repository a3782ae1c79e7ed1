/**
 * What is hidden on this page and why: the items the readings found, the reader's own
 * rules for the site (boxes they picked are hidden, boxes they showed stay shown: the
 * reader wins over the engine), the early stylesheet of site memory settled against the
 * reading, and what the reading teaches the memory. The content script (index.ts) hides
 * and shows what this holds; the background keeps the rules (src/background/site-store.ts).
 */
import type { ClutterKind } from '../engine/types';
import { type LearnedItem, type Lesson, MAX_LEARNED, type Message, type RuleList } from '../shared/messages';
import { type HiddenBy, type HiddenItem, ITEM_TEXT_CHARS } from '../shared/report';
import { request } from '../shared/runtime';
import { type ReaderRules, emptyReaderRules } from '../site-rules/memory';
import { type SiteRule, buildRule, leadText, matchRule, sameRule } from '../site-rules/selector';
import { type EarlyHiding, takeOver } from './early-hiding';

export interface Item {
  el: Element;
  /** a clutter kind, or "picked" */
  kind: ClutterKind | 'picked';
  by: HiddenBy;
  /** shown again by the reader */
  shown: boolean;
  /** the site rule that names it on the site's pages, when one is safe */
  rule: SiteRule | null;
}

export class SiteChoices {
  readonly items: Item[] = [];
  /** the article body on the page, once a reading found it */
  body: Element | null = null;
  private reader: ReaderRules = emptyReaderRules();
  private memory = true;
  private early: EarlyHiding | null;
  private learned = false;
  /** what the latest reading taught the memory, until the content script sends it */
  private lesson: Lesson | null = null;

  constructor(private readonly doc: Document) {
    // The early script has run by now (document_start); taking over also closes it to a late stylesheet.
    this.early = takeOver();
  }

  /** The reader's rules for the site (read when the page is), and whether site memory is on. */
  setReaderRules(rules: ReaderRules, memory: boolean): void {
    this.reader = rules;
    this.memory = memory;
    if (this.body || this.items.length) this.applyReaderRules();
  }

  /** A reading of the page, article: its items join, the reader's rules apply, the early hiding is settled, the memory learns. */
  addReading(found: Map<Element, { kind: ClutterKind; rule: SiteRule | null }>, body: Element | null): void {
    if (body) this.body = body;
    for (const [el, { kind, rule }] of found) if (!this.itemOf(el)) this.items.push({ el, kind, by: 'engine', shown: false, rule });
    this.applyReaderRules();
    const contradicted = this.early ? this.contradicted(this.early.rules) : [];
    if (!this.learned || contradicted.length) this.learn(contradicted);
    this.learned = true;
  }

  /** A reading (or the first look) said the page is not an article: nothing is hidden early, and the memory hears it. */
  settleNotArticle(): void {
    if (this.early && this.memory) this.lesson = { article: false, confirmed: [], contradicted: [] };
    this.dropEarly();
  }

  /** Removes the early stylesheet (the caller has hidden, in the same task, what the reading confirmed). */
  dropEarly(): void {
    this.early?.style.remove();
    this.early = null;
  }

  clear(): void {
    this.items.length = 0;
    this.body = null;
    this.lesson = null;
    this.dropEarly();
  }

  kindOf(el: Element): string | null {
    return this.itemOf(el)?.kind ?? null;
  }

  /** The popup's list: each item's kind, the start of its text, and its switch. */
  listed(): HiddenItem[] {
    return this.items.map((item) => ({
      kind: item.kind,
      text: leadText(item.el, ITEM_TEXT_CHARS * 2).replace(/\s+/g, ' ').trim().slice(0, ITEM_TEXT_CHARS),
      shown: item.shown,
      by: item.by,
    }));
  }

  /**
   * The reader shows an item again (or hides it again), remembered for the site: an item
   * Naqi found gets a "show" rule (or loses it); a box the reader picked loses its "hide"
   * rule (or gets it back). True when the item changed.
   */
  async setShown(index: number, shown: boolean): Promise<boolean> {
    const item = this.items[index];
    if (!item || item.shown === shown) return false;
    item.shown = shown;
    item.rule ??= buildRule(item.el, (m) => this.outsideArticle(m));
    const list: RuleList = item.by === 'engine' ? (shown ? 'show' : 'none') : shown ? 'none' : 'hide';
    if (item.rule) {
      await this.save(list, item.rule);
      if (list === 'show') this.reader.show.push(item.rule);
    }
    return true;
  }

  /** A box the reader picked: hidden now, and on the site's other pages when a safe rule names it. */
  pick(el: Element): void {
    const known = this.itemOf(el);
    if (known) {
      known.shown = false;
      return;
    }
    const rule = buildRule(el, (m) => m === el || (this.outsideArticle(m) && (!this.body?.contains(m) || this.itemOf(m) !== null)));
    this.items.push({ el, kind: 'picked', by: 'reader', shown: false, rule });
    if (rule) void this.save('hide', rule);
  }

  /** Not the page, not the article body nor an element holding it. */
  private outsideArticle(el: Element): boolean {
    return el !== this.doc.body && el !== this.doc.documentElement && !(this.body && el.contains(this.body));
  }

  private itemOf(el: Element): Item | null {
    return this.items.find((item) => item.el === el) ?? null;
  }

  /** True for an element Naqi's reading found, or one inside it. */
  private inFound(el: Element): boolean {
    return this.items.some((item) => item.by === 'engine' && item.el.contains(el));
  }

  private applyReaderRules(): void {
    for (const rule of this.reader.hide) {
      for (const el of matchRule(this.doc, rule)) {
        if (this.outsideArticle(el) && !this.itemOf(el)) this.items.push({ el, kind: 'picked', by: 'reader', shown: false, rule });
      }
    }
    for (const rule of this.reader.show) {
      for (const el of matchRule(this.doc, rule)) {
        const item = this.itemOf(el);
        if (item) item.shown = true;
      }
    }
  }

  /** Remembered rules (not the reader's) that matched something the reading did not find, or the article. */
  private contradicted(rules: readonly SiteRule[]): SiteRule[] {
    return rules.filter(
      (rule) => !this.reader.hide.some((r) => sameRule(r, rule)) && matchRule(this.doc, rule).some((el) => !this.inFound(el) || !this.outsideArticle(el)),
    );
  }

  /**
   * Tells the memory the rules of the items found here (and not shown by the reader), and
   * which remembered rules were contradicted. Each rule was checked where the page was read:
   * the reading proposes only rules that match nothing on the copy but its clutter
   * (buildRule in copy/read.ts), so the page's thread does not match them again.
   */
  private learn(contradicted: SiteRule[]): void {
    if (!this.memory) return;
    const confirmed: LearnedItem[] = [];
    for (const item of this.items) {
      if (item.by !== 'engine' || !item.rule || item.shown || confirmed.length >= MAX_LEARNED) continue;
      if (!confirmed.some((c) => sameRule(c, item.rule!))) confirmed.push({ ...item.rule, kind: item.kind as ClutterKind });
    }
    this.lesson = { article: true, confirmed, contradicted: contradicted.slice(0, MAX_LEARNED) };
  }

  /** What the memory is to learn from this page, once: the content script sends it with the report, in the same task. */
  takeLesson(): Lesson | null {
    const lesson = this.lesson;
    this.lesson = null;
    return lesson;
  }

  private save(list: RuleList, rule: SiteRule): Promise<unknown> {
    return request({ type: 'naqi:save-rule', list, rule } satisfies Message);
  }
}
