/**
 * Hiding is reversible and exact (src/content/hider.ts): showing an element again gives back
 * its style attribute byte for byte — absent, empty, with or without a final semicolon,
 * holding its own display — and touches nothing else.
 */
import { describe, expect, it } from 'vitest';
import { Hider } from '../../../src/content/hider';
import { parse } from '../../support/dom';

const ORIGINALS = [null, '', 'color: red', 'color: red;', ' color:red ; ', 'display: flex !important', 'DISPLAY:BLOCK'];

describe('Hider', () => {
  it.each(ORIGINALS)('hides an element styled %j, and restores that attribute exactly', (original) => {
    const doc = parse('<body><div id="box" class="a" data-x="1">x</div></body>');
    const el = doc.getElementById('box')!;
    if (original !== null) el.setAttribute('style', original);
    const before = el.outerHTML;
    const hider = new Hider();
    expect(hider.hide(el)).toBe(true);
    expect(el.getAttribute('style')).toMatch(/display: none !important;$/);
    // Its own rules stay in place before ours, which come last and win.
    if (original?.trim()) expect(el.getAttribute('style')!.startsWith(original.trim())).toBe(true);
    hider.restore(el);
    expect(el.outerHTML).toBe(before);
    expect(el.hasAttribute('style')).toBe(original !== null);
  });

  it('hides an element once, restores everything it hid, and nothing it did not', () => {
    const doc = parse('<body><p id="a">a</p><p id="b" style="color: blue">b</p><p id="c" style="margin: 0">c</p></body>');
    const [a, b, c] = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!);
    const before = doc.body.innerHTML;
    const hider = new Hider();
    hider.hide(a!);
    expect(hider.hide(a!)).toBe(false);
    hider.hide(b!);
    expect(hider.size).toBe(2);
    expect(hider.has(c!)).toBe(false);
    hider.restore(c!);
    hider.restoreAll();
    expect(hider.size).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('leaves an element the page removed alone', () => {
    const doc = parse('<body><p id="a">a</p></body>');
    const el = doc.getElementById('a')!;
    el.remove();
    const hider = new Hider();
    expect(hider.hide(el)).toBe(false);
    expect(el.hasAttribute('style')).toBe(false);
  });
});
