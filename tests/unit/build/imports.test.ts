/**
 * The source tree's shape: no module imports one that imports it (directly or round a longer
 * cycle), and the engine stays pure — it imports only itself and its data, never the shells,
 * the extension APIs or a library of the browser's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../support/dom';

const SRC = path.resolve(FIXTURES, '../../src');
const modules = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? modules(path.join(dir, e.name)) : /\.ts$/.test(e.name) ? [path.join(dir, e.name)] : []));

/** Every import and re-export of a module: relative ones resolved to files, packages by name. */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)/g)].map((m) => {
    const spec = m[1] ?? m[2]!;
    if (!spec.startsWith('.')) return spec;
    const target = path.resolve(path.dirname(file), spec);
    return [`${target}.ts`, path.join(target, 'index.ts'), target].find((c) => fs.existsSync(c)) ?? target;
  });
}

const graph = new Map(modules(SRC).map((f) => [f, importsOf(f)]));

describe('imports', () => {
  it('form no cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      state.set(file, 'open');
      for (const dep of graph.get(file) ?? []) {
        if (!graph.has(dep)) continue;
        if (state.get(dep) === 'open') cycles.push([...trail.slice(trail.indexOf(dep)), dep].map((f) => path.relative(SRC, f)).join(' → '));
        else if (!state.has(dep)) visit(dep, [...trail, dep]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles).toEqual([]);
  });

  it('keep the engine pure: it imports only the engine and its data', () => {
    const outside: string[] = [];
    for (const [file, deps] of graph) {
      if (!file.startsWith(path.join(SRC, 'engine'))) continue;
      for (const dep of deps) {
        const inside = dep.startsWith(path.join(SRC, 'engine')) || dep.startsWith(path.join(SRC, 'data'));
        if (!inside) outside.push(`${path.relative(SRC, file)} → ${dep.startsWith('/') ? path.relative(SRC, dep) : dep}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
