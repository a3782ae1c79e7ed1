/**
 * The content script's choices on one page: the reader's rules win over the reading, the
 * early stylesheet of site memory is settled against the reading (a rule that matched what
 * was not clutter is contradicted, and the memory told), and the rules of what was found
 * (checked by the reading, on the copy, to name nothing else) are taught to the memory.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClutterKind } from '../../../src/engine/types';
import type { SiteRule } from '../../../src/site-rules/selector';
import { parse } from '../../support/dom';

const sent: unknown[] = [];
// The extension's runtime, as the content script finds it (read when its modules load).
beforeAll(() => {
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      id: 'naqi',
      sendMessage: (message: unknown) => {
        sent.push(message);
        return Promise.resolve(undefined);
      },
    },
  };
});
afterEach(() => {
  sent.length = 0;
});

const PAGE = `<!doctype html><html lang="ar"><head></head><body>
  <div class="story-body"><p>الفقرة الأولى من المقال.</p><p class="note">ملاحظة من المحرر داخل المقال.</p><p>الفقرة الثانية.</p></div>
  <section class="related-news"><h3>مقالات ذات صلة</h3></section>
  <div class="weather">الطقس اليوم</div>
  <p class="note">ملاحظة خارج المقال</p>
</body></html>`;

async function setUp(early?: SiteRule[]) {
  const doc = parse(PAGE);
  // Each page has a world of its own: the hand-over starts open.
  delete (globalThis as Record<string, unknown>).__naqiEarlyHiding;
  const { handOver } = await import('../../../src/content/early-hiding');
  if (early) {
    const style = doc.createElement('style');
    doc.head.append(style);
    handOver({ style, rules: early });
  }
  const { SiteChoices } = await import('../../../src/content/site-choices');
  const choices = new SiteChoices(doc);
  const related = doc.querySelector('.related-news')!;
  const found = new Map<Element, { kind: ClutterKind; rule: SiteRule | null }>([[related, { kind: 'related', rule: { selector: 'section.related-news' } }]]);
  return { doc, choices, found, body: doc.querySelector('.story-body')! };
}


describe('SiteChoices', () => {
  it('teaches the memory the rules of the items the reading found', async () => {
    const { choices, found, body } = await setUp();
    choices.addReading(found, body);
    expect(choices.takeLesson()).toEqual({ article: true, confirmed: [{ selector: 'section.related-news', kind: 'related' }], contradicted: [] });
    // Once: the content script sends it with the report.
    expect(choices.takeLesson()).toBeNull();
  });

  it('settles the early stylesheet: removed, and a remembered rule matching article text contradicted', async () => {
    const { doc, choices, found, body } = await setUp([{ selector: 'section.related-news' }, { selector: 'p.note' }]);
    choices.addReading(found, body);
    expect(choices.takeLesson()!.contradicted).toEqual([{ selector: 'p.note' }]);
    choices.dropEarly();
    expect(doc.querySelectorAll('style')).toHaveLength(0);
  });

  it('lets the reader win: a shown rule keeps an item shown, a hidden rule adds a box, never the article', async () => {
    const { choices, found, body } = await setUp();
    choices.setReaderRules({ hide: [{ selector: 'div.weather' }, { selector: 'div.story-body' }], show: [{ selector: 'section.related-news' }] }, true);
    choices.addReading(found, body);
    expect(choices.listed().map((i) => [i.kind, i.shown, i.by])).toEqual([
      ['related', true, 'engine'],
      ['picked', false, 'reader'],
    ]);
  });

  it('closes the hand-over once the content script took over: a late stylesheet is never added', async () => {
    await setUp();
    const { handOver } = await import('../../../src/content/early-hiding');
    expect(handOver({ style: parse(PAGE).createElement('style'), rules: [] })).toBe(false);
  });

  it('tells the memory a page was not an article only when it hid something early', async () => {
    const first = await setUp();
    first.choices.settleNotArticle();
    expect(first.choices.takeLesson()).toBeNull();
    const second = await setUp([{ selector: 'section.related-news' }]);
    second.choices.settleNotArticle();
    expect(second.choices.takeLesson()).toEqual({ article: false, confirmed: [], contradicted: [] });
    expect(second.doc.querySelectorAll('style')).toHaveLength(0);
  });

  it('remembers a shown item for the site with its rule', async () => {
    const { choices, found, body } = await setUp();
    choices.addReading(found, body);
    sent.length = 0;
    expect(await choices.setShown(0, true)).toBe(true);
    expect(sent).toEqual([{ type: 'naqi:save-rule', list: 'show', rule: { selector: 'section.related-news' } }]);
    expect(await choices.setShown(0, true)).toBe(false);
    expect(await choices.setShown(7, true)).toBe(false);
  });
});
