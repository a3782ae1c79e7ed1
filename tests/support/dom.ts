/** Parsing pages for unit tests: jsdom, scripts off, console quiet. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function parse(html: string, url = 'https://news.example/section/2024/03/12/story-1234'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export function fixture(relative: string, url?: string): Document {
  return parse(fs.readFileSync(path.join(FIXTURES, relative), 'utf8'), url);
}

export function fixtureNames(folder: string): string[] {
  return fs.readdirSync(path.join(FIXTURES, folder)).filter((f) => f.endsWith('.html')).sort();
}
