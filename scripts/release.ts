/**
 * `npm run release`: what goes to the stores, from one commit.
 *
 *   1. the tests (`npm test`: build, type-check, unit and corpus tiers, both real browsers)
 *   2. `web-ext lint` on the Firefox build, warnings as errors
 *   3. dist/naqi-chrome-<version>.zip and dist/naqi-firefox-<version>.zip (written by the build)
 *      and dist/naqi-source-<version>.zip, the source addons.mozilla.org asks for
 *
 * One version number, package.json's, names the zips and goes into both manifests. Every
 * archive is reproducible: the same commit gives byte-identical zips
 * (tests/unit/build/reproducible.test.ts). A release is of a commit, so uncommitted changes
 * stop it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The source archive: every file git tracks at HEAD, as `git archive` writes it (entries in
 * tree order, each stamped with the commit's time), so one commit gives one archive. The corpus
 * pages are never in it: they are not the project's and live outside the repository.
 */
export function writeSourceZip(file: string, commit = 'HEAD'): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync('git', ['archive', '--format=zip', `--prefix=naqi-${version}/`, '-o', file, commit], { cwd: root });
  return file;
}

function run(command: string, args: string[]): void {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

function main(): void {
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
  if (dirty && !process.argv.includes('--allow-dirty')) {
    console.error(`Uncommitted changes; a release is of a commit (or pass --allow-dirty for a trial run):\n${dirty}`);
    process.exit(1);
  }
  run('npm', ['test']);
  run('npm', ['run', 'lint:firefox']);
  const files = [
    ...['chrome', 'firefox'].map((b) => path.join(root, 'dist', `naqi-${b}-${version}.zip`)),
    writeSourceZip(path.join(root, 'dist', `naqi-source-${version}.zip`)),
  ];
  console.log(`\nNaqi ${version}:`);
  for (const f of files) {
    const sha = createHash('sha256').update(fs.readFileSync(f)).digest('hex');
    console.log(`  ${path.relative(root, f)}  ${(fs.statSync(f).size / 1024).toFixed(0)} KB  sha256 ${sha}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
