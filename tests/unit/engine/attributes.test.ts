/**
 * A copy of the page carries only the attributes in READ_ATTRIBUTES: every attribute
 * the engine's code reads by name must be listed there, or the engine would read a
 * copy differently from the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { READ_ATTRIBUTES } from '../../../src/engine/attributes';

const ENGINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/engine');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') ? [fs.readFileSync(full, 'utf8')] : [];
  });
}

/** Attribute names the code reads: getAttribute('x'), hasAttribute('x'), a name compared in an attribute loop, a selector '…[x]…'. */
const READS = [/\b(?:get|has)Attribute\(\s*'([^']+)'/g, /(?<![.\w])name === '([^']+)'/g, /'[^'\n]*?\[([a-z][a-z:-]*)(?:[~|^$*]?=[^\]'\n]*)?\][^'\n]*'/g];

describe('READ_ATTRIBUTES', () => {
  const code = sources(ENGINE).join('\n');
  const read = new Set(READS.flatMap((re) => Array.from(code.matchAll(re), (m) => m[1]!.toLowerCase())));

  it('finds the engine reading attributes by name (the scan works)', () => {
    expect(read).toContain('itemprop');
    expect(read).toContain('href');
  });

  it('lists every attribute the engine reads', () => {
    expect([...read].filter((name) => !READ_ATTRIBUTES.includes(name))).toEqual([]);
  });

  it('lists the attributes read through a list of names: hiding attributes, <meta> keys', () => {
    for (const name of ['hidden', 'aria-hidden', 'style', 'property', 'name', 'http-equiv', 'content']) expect(READ_ATTRIBUTES).toContain(name);
  });
});
