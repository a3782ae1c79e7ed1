/** The built command line (dist/cli/naqi.js) and the built library (dist/lib). */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(root, 'dist/cli/naqi.js');
const article = path.join(root, 'tests/fixtures/pages/article-basic.html');
const naqi = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30_000 });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'naqi-cli-'));

describe('naqi analyze', () => {
  it('prints JSON of exactly the documented shape', () => {
    const run = naqi('analyze', article, '--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['isArticle', 'title', 'lang', 'dir', 'text', 'clutter', 'sources', 'tags']);
    expect(out.isArticle).toBe(true);
    expect(out.dir).toBe('rtl');
    expect(out.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
    expect(out.text).not.toContain('البلدية تبدأ صيانة شبكة المياه');
    for (const item of out.clutter) expect(Object.keys(item)).toEqual(['kind', 'text']);
    expect(out.clutter.map((c: { kind: string }) => c.kind)).toEqual(expect.arrayContaining(['read-also', 'related', 'most-read']));
  });

  it('prints a readable report by default', () => {
    const run = naqi('analyze', article);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('verdict:  article');
    expect(run.stdout).toMatch(/\[read-also\] اقرأ أيضاً: البلدية/);
    expect(run.stdout).toContain('── cleaned article ──');
  });

  it('uses --url as the page address (a home page address is not an article)', () => {
    const run = naqi('analyze', article, '--url', 'https://news.example/', '--json');
    expect(JSON.parse(run.stdout).isArticle).toBe(false);
  });

  const bad: [string, () => string, RegExp][] = [
    ['a missing file', () => path.join(tmp, 'nope.html'), /no such file/],
    ['an empty file', () => (fs.writeFileSync(path.join(tmp, 'empty.html'), ''), path.join(tmp, 'empty.html')), /is empty/],
    ['a binary file', () => (fs.writeFileSync(path.join(tmp, 'bin.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), path.join(tmp, 'bin.html')), /binary/],
    ['text that is not HTML', () => (fs.writeFileSync(path.join(tmp, 'notes.txt'), 'just some words\n'), path.join(tmp, 'notes.txt')), /does not look like HTML/],
    ['an unreachable URL', () => 'http://127.0.0.1:1/page', /cannot fetch/],
  ];
  it.each(bad)('gives a one-line error and a non-zero exit for %s', (_name, input, message) => {
    const run = naqi('analyze', input());
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  describe('reads a saved page in the encoding the browser would', () => {
    const lead = `<head>${'<script src="https://ads.example/x.js"></script>'.repeat(30)}`;
    const page = (charsetMeta: string) =>
      `${lead}${charsetMeta}<title>وزارة العمل تعلن تفاصيل سفر العمال</title></head><body><p>قالت وزارة العمل اليوم إن العمال سيسافرون الشهر المقبل.</p></body>`;

    it('UTF-8 bytes whose charset is declared after the first 1024 bytes (browsers find it; the prescan does not)', () => {
      const file = path.join(tmp, 'late-meta.html');
      fs.writeFileSync(file, page('<meta http-equiv="Content-Type" content="charset=utf-8">'));
      expect(lead.length).toBeGreaterThan(1024);
      expect(JSON.parse(naqi('analyze', file, '--json').stdout).title).toBe('وزارة العمل تعلن تفاصيل سفر العمال');
    });

    it('a legacy Arabic page declared windows-1256 in time', () => {
      const file = path.join(tmp, 'cp1256.html');
      const text = page('');
      // windows-1256 bytes for the Arabic letters used here, ASCII as is.
      const cp1256: Record<string, number> = { ا: 0xc7, ب: 0xc8, ت: 0xca, ح: 0xcd, د: 0xcf, ر: 0xd1, ز: 0xd2, س: 0xd3, ش: 0xd4, ص: 0xd5, ع: 0xda, ف: 0xdd, ق: 0xde, ل: 0xe1, م: 0xe3, ن: 0xe4, ه: 0xe5, و: 0xe6, ي: 0xed, ة: 0xc9, ك: 0xdf, ء: 0xc1, إ: 0xc5 };
      const declared = `<meta charset="windows-1256">${text}`;
      fs.writeFileSync(file, Buffer.from([...declared].map((c) => cp1256[c] ?? c.charCodeAt(0))));
      expect(JSON.parse(naqi('analyze', file, '--json').stdout).title).toBe('وزارة العمل تعلن تفاصيل سفر العمال');
    });
  });

  it('exits 0 after printing the result for a page nested 5,000 levels deep', () => {
    const deep = path.join(tmp, 'deep.html');
    const body = `${'<div>'.repeat(5000)}<p>نص عربي قصير في صفحة عميقة جداً</p>${'</div>'.repeat(5000)}`;
    fs.writeFileSync(deep, `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>صفحة عميقة</title></head><body>${body}</body></html>`);
    const run = naqi('analyze', deep, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).title).toBe('صفحة عميقة');
  });

  it('rejects unknown commands with usage', () => {
    const run = naqi('clean', article);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: naqi analyze');
  });
});

describe("import { analyze } from 'naqi'", () => {
  it('works in Node on a jsdom Document after the build', () => {
    const script = `
      import { analyze } from 'naqi';
      import { JSDOM } from 'jsdom';
      import fs from 'node:fs';
      const doc = new JSDOM(fs.readFileSync(${JSON.stringify(article)}, 'utf8')).window.document;
      const a = analyze(doc);
      console.log(JSON.stringify({ isArticle: a.isArticle, clutter: a.clutter.length }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ isArticle: true, clutter: expect.any(Number) });
    expect(JSON.parse(out).clutter).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(root, 'dist/lib/types/index.d.ts'))).toBe(true);
  });
});
