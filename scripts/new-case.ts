/**
 * npm run new-case -- <page.html> --url <page URL> [--out <truth.json>] [--force]
 *
 * Drafts a corpus truth file (the format of ../shared/corpus/README.md) from the engine's own
 * reading of a saved page, for a person to correct — as Readability's generate-testcase.js
 * does. Every field is Naqi's answer, not the truth: read the page, then fix `keep` (sentences
 * the article must keep: the first, the last, and some between), `drop` (clutter that must go),
 * `sources`, `tags` and `isArticle`, and replace the notes. A draft left uncorrected only
 * teaches the tests what the engine already does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../src/engine/analyze';

const USAGE = 'usage: npm run new-case -- <page.html> --url <page URL> [--out <truth.json>] [--force]';
/** Sentences drafted as keep: the first of each paragraph up to this many, and the article's last. */
const MAX_KEEP = 12;
/** A drop snippet is the start of a clutter item's text. */
const DROP_CHARS = 60;

const version = (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string }).version;
const sentences = (paragraph: string): string[] => paragraph.split(/(?<=[.!?؟])\s+/).map((s) => s.trim()).filter((s) => s.length >= 20);

export function draftCase(html: string | Buffer, file: string, url: string): Record<string, unknown> {
  const doc = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() }).window.document;
  const a = analyze(doc, { url });
  const paragraphs = a.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  const first = paragraphs.map((p) => sentences(p)[0]).filter((s): s is string => !!s).slice(0, MAX_KEEP);
  const last = sentences(paragraphs[paragraphs.length - 1] ?? '').pop();
  const note = `DRAFT by Naqi ${version} (npm run new-case) on ${new Date().toISOString().slice(0, 10)}: every field is the engine's own reading of the page. Check each against the page, correct it, and replace this note with what the page holds.`;
  if (!a.isArticle) return { file, url, isArticle: false, notes: `${note} Verdict: ${a.reason}.` };
  return {
    file,
    url,
    isArticle: true,
    title: a.title,
    keep: [...new Set([...first, ...(last ? [last] : [])])],
    drop: [...new Set(a.clutter.map((c) => c.text.slice(0, DROP_CHARS).trim()).filter(Boolean))],
    sources: a.sources.map(({ name, canonical, kind, evidence }) => ({ name, canonical, kind, evidence })),
    optionalSources: [],
    photoCredits: [],
    tags: a.tags.map((t) => t.label),
    tagEvidence: 'drafted from the engine’s tags: say where they come from',
    clutterKinds: [...new Set(a.clutter.map((c) => c.kind))],
    notes: note,
  };
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { url: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } } });
  } catch (error) {
    console.error(`new-case: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [page, ...extra] = parsed.positionals;
  const url = parsed.values.url;
  if (!page || extra.length || !url || !URL.canParse(url)) {
    console.error(USAGE);
    return 2;
  }
  if (!fs.existsSync(page)) {
    console.error(`new-case: no such page: ${page}`);
    return 1;
  }
  const json = `${JSON.stringify(draftCase(fs.readFileSync(page), path.basename(page), url), null, 2)}\n`;
  const out = parsed.values.out;
  if (!out) {
    process.stdout.write(json);
    return 0;
  }
  if (fs.existsSync(out) && !parsed.values.force) {
    console.error(`new-case: ${out} exists (a truth file someone corrected?); --force replaces it`);
    return 1;
  }
  fs.writeFileSync(out, json);
  console.error(`new-case: drafted ${out} — now correct it by reading the page`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) process.exitCode = main(process.argv.slice(2));
