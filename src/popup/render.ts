/**
 * Rendering the popup from a report. Page-derived strings go in with textContent
 * and setAttribute only — never as markup — and links only when they are http(s),
 * opened in a new tab without an opener.
 */
import { CLUTTER_KINDS } from '../engine/types';
import { type HiddenItem, type PageReport, type SourceChip, type TagChip, safeHttpUrl } from '../shared/report';

export type Translate = (key: string, substitutions?: string | string[]) => string;

/** Arabic read at about 612 characters a minute. */
export const ARABIC_CHARS_PER_MINUTE = 612;
/** Chip text longer than this is cut with an ellipsis; the full text stays in the tooltip. */
export const MAX_CHIP_CHARS = 40;

const KIND_KEYS: Record<SourceChip['kind'], string> = {
  publisher: 'kindPublisher',
  agency: 'kindAgency',
  'credited-outlet': 'kindCreditedOutlet',
  cited: 'kindCited',
};

export function formatNumber(n: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(n);
  } catch {
    return String(n);
  }
}

export function readingTime(chars: number, locale: string, t: Translate): string {
  const minutes = Math.round(chars / ARABIC_CHARS_PER_MINUTE);
  if (minutes < 1) return t('readingTime_zero');
  let category: string = 'other';
  try {
    category = new Intl.PluralRules(locale).select(minutes);
  } catch {
    // Plural rules unavailable: the generic form reads fine.
  }
  return t(`readingTime_${category}`, formatNumber(minutes, locale));
}

/** "3 اقرأ أيضاً، 2 قوائم ذات صلة" */
export function hiddenSummary(report: PageReport, locale: string, t: Translate): string {
  const parts = CLUTTER_KINDS.filter((k) => report.clutterByKind[k]).map(
    (k) => `${formatNumber(report.clutterByKind[k]!, locale)} ${t(`clutter_${k.replace(/-/g, '_')}`)}`,
  );
  const hidden = report.clutterCount - report.unmatched;
  const summary = parts.length ? t('clutterCount', [formatNumber(hidden, locale), parts.join(t('listSeparator'))]) : t('hiddenNone');
  // Found is not always hidden: an item the page could not be matched with for certain stays visible, and the reader is told.
  return report.unmatched ? `${summary} ${t('clutterUnmatched', [formatNumber(report.clutterCount, locale), formatNumber(report.unmatched, locale)])}` : summary;
}

const clip = (text: string): string => (text.length > MAX_CHIP_CHARS ? `${text.slice(0, MAX_CHIP_CHARS - 1)}…` : text);

export function sourceChip(doc: Document, source: SourceChip, t: Translate): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = `chip chip--${source.kind}`;
  li.setAttribute('title', source.canonical && source.canonical !== source.name ? `${source.name} — ${source.canonical}` : source.name);
  const kind = doc.createElement('span');
  kind.className = 'chip-kind';
  kind.textContent = t(KIND_KEYS[source.kind]);
  const name = doc.createElement('bdi');
  name.className = 'chip-text';
  name.textContent = clip(source.name);
  li.append(kind, name);
  return li;
}

export function tagChip(doc: Document, tag: TagChip): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'chip chip--tag';
  const href = safeHttpUrl(tag.href);
  const inner = doc.createElement(href ? 'a' : 'span');
  if (href) {
    inner.setAttribute('href', href);
    inner.setAttribute('target', '_blank');
    inner.setAttribute('rel', 'noopener noreferrer');
  }
  inner.className = 'chip-text';
  inner.setAttribute('dir', 'auto');
  inner.setAttribute('title', tag.label);
  inner.textContent = clip(tag.label);
  li.append(inner);
  return li;
}

export function fillChips<T>(list: HTMLElement, items: readonly T[], make: (item: T) => HTMLElement, empty: string): void {
  list.replaceChildren(...items.map(make));
  if (!items.length) {
    const li = list.ownerDocument.createElement('li');
    li.className = 'chip-empty';
    li.textContent = empty;
    list.append(li);
  }
}

/** One hidden item: its kind, the start of its text, and its "show" switch (checked: shown again on this site). */
export function itemRow(doc: Document, item: HiddenItem, index: number, t: Translate): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'item';
  li.dataset.shown = String(item.shown);
  const kind = doc.createElement('span');
  kind.className = 'item-kind';
  kind.textContent = t(`clutter_${item.kind.replace(/-/g, '_')}`);
  const text = doc.createElement('bdi');
  text.className = 'item-text';
  text.setAttribute('dir', 'auto');
  text.setAttribute('title', item.text);
  text.textContent = item.text;
  const label = doc.createElement('label');
  label.className = 'switch';
  const input = doc.createElement('input');
  input.type = 'checkbox';
  input.setAttribute('role', 'switch');
  input.checked = item.shown;
  input.dataset.index = String(index);
  input.setAttribute('aria-label', `${t('itemShow')}: ${item.text}`);
  label.append(input);
  li.append(kind, text, label);
  return li;
}
