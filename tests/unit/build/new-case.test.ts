/**
 * `npm run new-case` drafts a corpus truth file from the engine's reading of a saved page, for a
 * person to correct: the truth format of ../shared/corpus/README.md, marked as a draft, and never
 * written over a truth file someone may have corrected.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftCase } from '../../../scripts/new-case';
import { FIXTURES } from '../../support/dom';

const page = path.join(FIXTURES, 'rules/teaser-box.html');
const url = 'https://news.example/transport/2024/05/01/roads-1200';
const root = path.resolve(FIXTURES, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/new-case.ts'), ...args], { encoding: 'utf8', timeout: 60_000 });

describe('new-case', () => {
  it('drafts keep from the article’s sentences, drop from its clutter, with sources, tags and a draft note', () => {
    const draft = draftCase(fs.readFileSync(page), 'teaser-box.html', url) as { keep: string[]; drop: string[]; notes: string; isArticle: boolean; sources: { kind: string }[] };
    const kept = [...fs.readFileSync(page, 'utf8').matchAll(/<p data-expect="keep">([^<]+)<\/p>/g)].map((m) => m[1]!);
    expect(draft.isArticle).toBe(true);
    expect(draft.keep).toEqual(expect.arrayContaining([kept[0], kept[kept.length - 1]]));
    expect(draft.drop.some((d) => d.includes('الجسور المعلقة'))).toBe(true);
    expect(draft.sources.map((s) => s.kind)).toContain('publisher');
    expect(draft.notes).toMatch(/^DRAFT by Naqi/);
  });

  it('says a page is not an article, and why', () => {
    const home = path.join(FIXTURES, 'non-articles', fs.readdirSync(path.join(FIXTURES, 'non-articles'))[0]!);
    const draft = draftCase(fs.readFileSync(home), 'home.html', 'https://news.example/');
    expect(Object.keys(draft)).toEqual(['file', 'url', 'isArticle', 'notes']);
    expect(draft.isArticle).toBe(false);
  });

  it('writes a new truth file, and refuses to write over one without --force', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'naqi-case-')), 'teaser-box.json');
    expect(run(page, '--url', url, '--out', out).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).file).toBe('teaser-box.html');
    fs.writeFileSync(out, '{"corrected": true}');
    const again = run(page, '--url', url, '--out', out);
    expect(again.status).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toBe('{"corrected": true}');
    expect(run(page).status).toBe(2);
  });
});
