/**
 * Releases are reproducible: building the same commit again gives byte-identical extension
 * zips, and the source archive of a commit is the same archive every time. Stores (and anyone
 * checking a release) can rebuild what they were given.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSourceZip } from '../../../scripts/release';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'naqi-release-'));

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist/chrome/manifest.json'))) throw new Error('dist/ missing: run `npm run build` first');
  // A second build of the same tree, elsewhere.
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/build.ts')], {
    cwd: root,
    env: { ...process.env, NAQI_DIST: path.join(scratch, 'dist') },
    stdio: 'pipe',
  });
}, 120_000);
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('a second build of the same tree', () => {
  it.each(['chrome', 'firefox'])('writes the same naqi-%s zip, byte for byte, named for package.json’s version', (browser) => {
    const name = `naqi-${browser}-${version}.zip`;
    const again = fs.readFileSync(path.join(scratch, 'dist', name));
    expect(again.equals(fs.readFileSync(path.join(root, 'dist', name)))).toBe(true);
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(again)['manifest.json']));
    expect(manifest.version).toBe(version);
  });
});

describe('the source archive', () => {
  it('is the same archive every time for one commit, holding what a reviewer needs to build', () => {
    const one = writeSourceZip(path.join(scratch, 'one.zip'));
    const two = writeSourceZip(path.join(scratch, 'two.zip'));
    expect(fs.readFileSync(one).equals(fs.readFileSync(two))).toBe(true);
    const names = Object.keys(unzipSync(fs.readFileSync(one)));
    for (const needed of ['package.json', 'package-lock.json', 'README.md', 'manifest.json', 'scripts/build.ts', 'src/content/index.ts']) {
      expect(names).toContain(`naqi-${version}/${needed}`);
    }
    // Only the project's own files: no build output, no dependencies, no corpus pages.
    const top = new Set(names.map((n) => n.split('/')[1]));
    for (const outside of ['dist', 'node_modules', 'shared', 'corpus']) expect(top).not.toContain(outside);
  });
});
