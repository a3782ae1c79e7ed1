/**
 * Every tunable number of the engine is named, with a line on what it means: the numbers that
 * shape the whole policy in src/engine/constants.ts, a number only one module uses at the top of
 * that module. A named number with no comment above it is a threshold nobody can tune.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../support/dom';

const ENGINE = path.resolve(FIXTURES, '../../src/engine');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

/** `const NAME = 12`, `export const NAME = 0.35`, `const NAME = [1, 0.5]`: a named number at the top level. */
const NAMED_NUMBER = /^(?:export )?const [A-Z][A-Z0-9_]* = (?:-?[\d.][\d_.]*|\[[\d., ]+\])(?:;| as )/;

describe('the engine’s thresholds', () => {
  it('each named number at the top of a module has a comment above it saying what it means', () => {
    const bare: string[] = [];
    for (const file of files(ENGINE)) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!NAMED_NUMBER.test(line)) return;
        // Codes named together (node types, categories) share the comment above the group.
        let above = i - 1;
        while (above >= 0 && (lines[above]!.trim() === '' || NAMED_NUMBER.test(lines[above]!))) above--;
        if (!lines[above]?.trim().endsWith('*/')) bare.push(`${path.relative(ENGINE, file)}:${i + 1} ${line.trim()}`);
      });
    }
    expect(bare).toEqual([]);
  });
});
