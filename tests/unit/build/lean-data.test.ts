/**
 * The data the extension's bundles carry (scripts/lean-data.ts): documentation left out,
 * and the phrase and word lists already in matching form, so that no page pays for
 * normalising them — except what must be matched as written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leanData } from '../../../scripts/lean-data';
import { labelKey, normalizeArabic } from '../../../src/engine/arabic';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/data');
const read = (name: string) => fs.readFileSync(path.join(dataDir, name), 'utf8');
const lean = (name: string) => JSON.parse(leanData(name, read(name)));

describe('lean data', () => {
  it('ships the function words in matching form and the other languages\' letters as written', () => {
    const source = JSON.parse(read('languages.json'));
    const shipped = lean('languages.json');
    expect(shipped.normalized).toBe(true);
    expect(shipped.$comment).toBeUndefined();
    expect(shipped.otherLetters).toBe(source.otherLetters);
    // Normalising would fold ې (Pashto, Uyghur) to ي.
    expect(shipped.otherLetters).toContain('\u06d0');
    expect(shipped.arabicFunctionWords).toEqual(source.arabicFunctionWords.map(normalizeArabic));
    expect(shipped.otherFunctionWords.fa).toEqual(source.otherFunctionWords.fa.map(normalizeArabic));
    expect(shipped.topicStopwords).toEqual(source.topicStopwords.map(normalizeArabic));
  });

  it('ships phrases as label keys', () => {
    const source = JSON.parse(read('phrases.json'));
    const shipped = lean('phrases.json');
    expect(shipped.normalized).toBe(true);
    expect(shipped.clutter['read-also'].start).toEqual(source.clutter['read-also'].start.map(labelKey));
  });

  it('leaves other data as written, without its documentation', () => {
    expect(read('agencies.json')).toContain('$comment');
    const shipped = lean('agencies.json');
    expect(shipped.normalized).toBeUndefined();
    expect(JSON.stringify(shipped)).not.toContain('$comment');
  });
});
