/**
 * Hiding in place, reversibly and exactly: an element is hidden with an inline
 * `display: none !important` and its original style attribute is remembered, so
 * showing it again restores the attribute byte for byte. Nothing is removed from
 * the page, no element or stylesheet is added, no other attribute is touched.
 */
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
    const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (!style) return false;
    this.originals.set(el, el.getAttribute('style'));
    style.setProperty('display', 'none', 'important');
    return true;
  }

  /** Shows everything again, exactly as it was. */
  restoreAll(): void {
    for (const [el, original] of this.originals) {
      if (original === null) el.removeAttribute('style');
      else el.setAttribute('style', original);
    }
    this.originals.clear();
  }
}
