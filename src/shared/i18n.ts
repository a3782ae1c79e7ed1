/** The popup's locale: every string comes from _locales, and the direction from the locale. */
import browser from 'webextension-polyfill';

export const t = (key: string, substitutions?: string | string[]): string =>
  browser.i18n.getMessage(key, substitutions) || key;

/** 'rtl' for Arabic (the default locale), 'ltr' for English. */
export function uiDirection(): 'rtl' | 'ltr' {
  return browser.i18n.getMessage('@@bidi_dir') === 'ltr' ? 'ltr' : 'rtl';
}

/** The UI locale as a BCP 47 tag (ar, en-US…), for numbers and plural rules. */
export function uiLocale(): string {
  return browser.i18n.getMessage('@@ui_locale').replace('_', '-') || 'ar';
}

/** Sets lang and dir on the document and every surface that declares its own dir. */
export function localize(doc: Document): void {
  const dir = uiDirection();
  const lang = uiLocale();
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dir;
  for (const el of Array.from(doc.querySelectorAll('[dir="rtl"], [dir="ltr"]'))) {
    // Page-derived fields keep dir="auto" or their own; UI surfaces follow the locale.
    if (!el.hasAttribute('data-fixed-dir')) el.setAttribute('dir', dir);
  }
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    el.textContent = t(el.dataset.i18n!);
  }
}
