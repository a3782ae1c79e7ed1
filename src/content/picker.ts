/**
 * "Hide something else": an element picker on the page. Hovering outlines the block under
 * the pointer, with its text length and kind; a click hides it (the caller remembers it for
 * the site); Escape or the close button leaves. Arrow keys or the wheel widen to the parent
 * or narrow back to the child. On touch, a tap selects and a second tap on the same block
 * confirms. A block that holds the article body, or the whole page, is refused with a
 * one-line reason.
 *
 * The picker draws in a closed shadow root, on top of the page, and writes only text
 * (textContent) into it; it listens in the capture phase and stops the events it uses, so
 * the page's own handlers never see the picking clicks. Torn down by its AbortSignal.
 */

export interface PickerOptions {
  /** the article body, when the page is an article: no block holding it can be picked */
  body: Element | null;
  /** the clutter kind of a block Naqi already found, if any */
  kindOf: (el: Element) => string | null;
  /** a picked block */
  onPick: (el: Element) => void;
  /** the picker closed (picked, Escape, or the close button) */
  onClose: () => void;
  /** the page's language for the picker's text: a message by key, with substitutions */
  message: (key: string, substitutions?: string[]) => string;
  rtl: boolean;
}

const Z_TOP = '2147483647';
const ACCENT = '#0f766e';
const REFUSED = '#b91c1c';

export function startPicker(doc: Document, options: PickerOptions, signal: AbortSignal): void {
  const host = doc.createElement('div');
  host.style.cssText = `all: initial; position: fixed; inset: 0; z-index: ${Z_TOP}; pointer-events: none;`;
  const root = host.attachShadow({ mode: 'closed' });
  const dir = options.rtl ? 'rtl' : 'ltr';

  const box = doc.createElement('div');
  box.style.cssText = `position: fixed; box-sizing: border-box; border: 2px solid ${ACCENT}; background: rgba(15,118,110,.12); border-radius: 3px; pointer-events: none; display: none;`;
  const tip = doc.createElement('div');
  tip.dir = dir;
  tip.style.cssText = `position: fixed; max-width: 90vw; padding: 4px 8px; border-radius: 4px; font: 13px/1.4 system-ui, sans-serif; color: #fff; background: ${ACCENT}; pointer-events: none; display: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;`;
  const bar = doc.createElement('div');
  bar.dir = dir;
  bar.setAttribute('role', 'status');
  bar.style.cssText = `position: fixed; inset-inline: 0; top: 0; display: flex; gap: 12px; align-items: center; justify-content: space-between; padding: 8px 12px; font: 14px/1.5 system-ui, sans-serif; color: #fff; background: #134e4a; pointer-events: auto;`;
  const hint = doc.createElement('span');
  hint.textContent = options.message('pickerHint');
  // Visible controls for what keys and the wheel do (phones have neither).
  const button = (key: string): HTMLButtonElement => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = options.message(key);
    b.style.cssText = 'min-width: 44px; min-height: 44px; padding: 0 12px; font: inherit; color: #134e4a; background: #fff; border: 0; border-radius: 6px; cursor: pointer;';
    return b;
  };
  const wider = button('pickerWider');
  const narrower = button('pickerNarrower');
  const close = button('pickerClose');
  const controls = doc.createElement('span');
  controls.style.cssText = 'display: flex; gap: 8px; flex-wrap: wrap;';
  controls.append(wider, narrower, close);
  bar.append(hint, controls);
  root.append(box, tip, bar);
  doc.documentElement.append(host);

  /** The block under the pointer, and the path from it to where widening went. */
  let base: Element | null = null;
  let current: Element | null = null;
  let touchSelected: Element | null = null;
  let lastPointer = 'mouse';

  const refusal = (el: Element): string | null => {
    if (el === doc.documentElement || el === doc.body) return options.message('pickerRefusePage');
    if (options.body && el.contains(options.body)) return options.message('pickerRefuseArticle');
    return null;
  };

  const show = (el: Element | null, refusedNow = false): void => {
    current = el;
    if (!el) {
      box.style.display = 'none';
      tip.style.display = 'none';
      return;
    }
    const rect = el.getBoundingClientRect();
    const refused = refusal(el);
    const color = refused ? REFUSED : ACCENT;
    Object.assign(box.style, { display: 'block', left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px`, borderColor: color });
    const chars = String((el.textContent ?? '').replace(/\s+/g, '').length);
    const kind = options.kindOf(el);
    tip.textContent = refused && refusedNow ? refused : [el.localName, options.message('pickerChars', [chars]), kind ?? ''].filter(Boolean).join(' · ');
    const below = rect.bottom + 30 < innerHeight;
    Object.assign(tip.style, { display: 'block', background: color, top: `${Math.max(56, below ? rect.bottom + 4 : rect.top - 28)}px` });
    // Under the block's start: its right edge on a right-to-left page.
    const width = tip.offsetWidth;
    const left = options.rtl ? rect.right - width : rect.left;
    tip.style.left = `${Math.max(4, Math.min(left, innerWidth - width - 4))}px`;
  };

  const own = (target: EventTarget | null): boolean => target === host;
  const blockAt = (x: number, y: number): Element | null => {
    const el = doc.elementFromPoint(x, y);
    return el && !own(el) ? el : null;
  };

  const widen = (): void => {
    const parent = current?.parentElement;
    if (parent && parent !== doc.documentElement) show(parent);
  };
  const narrow = (): void => {
    if (!current || !base || current === base) return;
    // One step back down the way widening came: the child of `current` that holds `base`.
    let child: Element | null = base;
    while (child && child.parentElement !== current) child = child.parentElement;
    if (child) show(child);
  };

  const pick = (el: Element): void => {
    const refused = refusal(el);
    if (refused) return show(el, true);
    options.onPick(el);
    stop();
  };

  const swallow = (event: Event): void => {
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  };

  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, passive = false): void =>
    doc.addEventListener(type, handler as EventListener, { capture: true, passive, signal: done.signal });

  const done = new AbortController();
  const stop = (): void => {
    if (done.signal.aborted) return;
    done.abort();
    host.remove();
    options.onClose();
  };
  signal.addEventListener('abort', stop, { once: true });
  const onButton = (b: HTMLButtonElement, action: () => void): void =>
    b.addEventListener('click', (event) => {
      event.stopPropagation();
      action();
    });
  onButton(close, stop);
  onButton(wider, () => widen());
  onButton(narrower, () => narrow());

  listen('pointermove', (event) => {
    lastPointer = event.pointerType || 'mouse';
    if (lastPointer === 'touch') return;
    const el = blockAt(event.clientX, event.clientY);
    if (el && el !== base) {
      base = el;
      show(el);
    }
  });
  listen('pointerdown', (event) => {
    lastPointer = event.pointerType || 'mouse';
    if (!own(event.target)) swallow(event);
  });
  for (const type of ['mousedown', 'mouseup', 'pointerup'] as const) listen(type, (event) => !own(event.target) && event.cancelable && swallow(event));
  // A tap's touchend is kept from the page but not cancelled: cancelling it would cancel the tap's click.
  listen('touchend', (event) => {
    if (own(event.target)) return;
    event.stopPropagation();
    event.stopImmediatePropagation();
  });
  listen('click', (event) => {
    if (own(event.target)) return;
    swallow(event);
    if (lastPointer !== 'touch') return current ? pick(current) : undefined;
    // Touch: a tap selects the block under the finger; a second tap inside the selected block confirms it.
    const el = blockAt(event.clientX, event.clientY);
    if (touchSelected && current === touchSelected && el && current.contains(el)) return pick(current);
    if (!el) return;
    base = el;
    show(el);
    touchSelected = el;
  });
  listen('keydown', (event) => {
    const keys: Record<string, () => void> = { Escape: stop, ArrowUp: widen, ArrowDown: narrow, Enter: () => current && pick(current) };
    const action = keys[event.key];
    if (!action) return;
    swallow(event);
    action();
  });
  listen('wheel', (event) => {
    if (!current) return;
    swallow(event);
    if (event.deltaY < 0) widen();
    else narrow();
  });
  listen('scroll', () => show(current), true);
}
