/**
 * Hiding in place, reversibly and exactly: an element is hidden with an inline
 * `display: none !important` and its original style attribute is remembered, so
 * showing it again restores the attribute byte for byte. Nothing is removed from
 * the page, no element or stylesheet is added, no other attribute is touched.
 */
/** Last in the attribute and important, so it wins over the page's own inline display. */
const HIDDEN = 'display: none !important;';

export class Hider {
  /** element → its style attribute before we touched it (null: it had none) */
  private readonly originals = new Map<Element, string | null>();

  get size(): number {
    return this.originals.size;
  }

  has(el: Element): boolean {
    return this.originals.has(el);
  }

  hide(el: Element): boolean {
    if (this.originals.has(el) || !el.isConnected) return false;
    const original = el.getAttribute('style');
    this.originals.set(el, original);
    // Attribute operations only: a CSSOM change is synced back to the attribute lazily by
    // Chromium, and could leave an empty style="" behind after the restore.
    el.setAttribute('style', original?.trim() ? `${original.trim().replace(/;?$/, ';')} ${HIDDEN}` : HIDDEN);
    return true;
  }

  /** Shows one element again, exactly as it was. */
  restore(el: Element): void {
    if (!this.originals.has(el)) return;
    const original = this.originals.get(el)!;
    if (original === null) el.removeAttribute('style');
    else el.setAttribute('style', original);
    this.originals.delete(el);
  }

  /** Shows everything again, exactly as it was. */
  restoreAll(): void {
    for (const el of [...this.originals.keys()]) this.restore(el);
  }
}
