/**
 * Every tunable number of the engine is named, with a line on what it means: the numbers that
 * shape the whole policy in src/engine/constants.ts, a number only one module uses at the top of
 * that module. A named number with no comment above it is a threshold nobody can tune, and a
 * number written where it is used is one nobody finds.
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

  it('no number but 0, 1 and 2 is written in the code itself (character codes are written in hex)', () => {
    const inline: string[] = [];
    for (const file of files(ENGINE)) {
      if (path.basename(file) === 'constants.ts') continue;
      codeOnly(fs.readFileSync(file, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          if (/^(?:export )?const [A-Z][A-Z0-9_]* =/.test(line)) return;
          const numbers = numbersIn(line).filter((n) => !['0', '1', '2'].includes(n));
          if (numbers.length) inline.push(`${path.relative(ENGINE, file)}:${i + 1} ${numbers.join(', ')}: ${line.trim()}`);
        });
    }
    expect(inline).toEqual([]);
  });

  it('the check reads code, not comments, strings or patterns', () => {
    const code = codeOnly("const a = 'x 40'; // 50\n/* 60 */ f(/[^/]{1,12}/g, `t 70 ${n + 80}`, 0x20)");
    expect(numbersIn(code)).toEqual(['80']);
  });
});

/** The decimal numbers written in a line of code (0x20 is a character code, not a number of ours). */
const numbersIn = (line: string): string[] => [...line.matchAll(/(?<![\w$.])\d[\d_]*(?:\.\d+)?(?![\w.])/g)].map((m) => m[0]);

/**
 * The source with comments, string literals, template text and regular-expression literals
 * blanked (line breaks kept, so that line numbers hold): numbers in them are not thresholds.
 */
function codeOnly(source: string): string {
  let out = '';
  let i = 0;
  let depth = 0;
  // The brace depth at which each open `${` of a template literal closes.
  const templates: number[] = [];
  const blank = (from: number, to: number): void => {
    out += source.slice(from, to).replace(/[^\n]/g, ' ');
    i = to;
  };
  /** From just after a quote or a template's `}` to past its closing quote or its next `${`. */
  const templateText = (from: number): void => {
    let j = from;
    while (j < source.length && source[j] !== '`') {
      if (source[j] === '\\') j += 2;
      else if (source[j] === '$' && source[j + 1] === '{') {
        templates.push(depth);
        depth++;
        return blank(from - 1, j + 2);
      } else j++;
    }
    blank(from - 1, j + 1);
  };
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') blank(i, source.indexOf('\n', i) < 0 ? source.length : source.indexOf('\n', i));
    else if (c === '/' && next === '*') blank(i, source.indexOf('*/', i + 2) + 2);
    else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      blank(i, j + 1);
    } else if (c === '`') templateText(i + 1);
    else if (c === '}' && templates.length && templates[templates.length - 1] === depth - 1) {
      templates.pop();
      depth--;
      templateText(i + 1);
    } else if (c === '/' && /(?:[(,=:[!&|?{};+\-*%<>~^]|\breturn|^)\s*$/.test(out)) {
      // A regular expression: to its closing slash outside a character class, then its flags.
      let j = i + 1;
      let inClass = false;
      while (j < source.length && (inClass || source[j] !== '/')) {
        if (source[j] === '\\') j++;
        else if (source[j] === '[') inClass = true;
        else if (source[j] === ']') inClass = false;
        j++;
      }
      j++;
      while (/[a-z]/.test(source[j] ?? '')) j++;
      blank(i, j);
    } else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      out += c;
      i++;
    }
  }
  return out;
}

