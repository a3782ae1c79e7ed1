/**
 * naqi analyze <file.html | URL> [--url <page URL>] [--json]
 *
 * Runs the extension's engine on a saved page or a live URL and prints what the
 * extension would do: a readable report, or JSON for scripts and the benchmark.
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../engine/analyze';
import type { Analysis } from '../engine/types';

const USAGE = `usage: naqi analyze <file.html | URL> [--url <page URL>] [--json]

  <file.html | URL>  a saved HTML page, or an http(s) address to fetch
  --url <URL>        the page's own address (for links and the home-page check)
  --json             print JSON instead of a readable report
  -h, --help         this help`;

const FETCH_TIMEOUT_MS = 20_000;
const MAX_BYTES = 50 * 1024 * 1024;

class InputError extends Error {}

export interface Loaded {
  bytes: Buffer;
  url: string;
  contentType?: string;
}

export async function load(input: string): Promise<Loaded> {
  if (/^https?:\/\//i.test(input)) {
    let response: Response;
    try {
      response = await fetch(input, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    } catch (error) {
      throw new InputError(`cannot fetch ${input}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`);
    }
    if (!response.ok) throw new InputError(`cannot fetch ${input}: HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|xml/i.test(type)) throw new InputError(`${input} is not an HTML page (${type.split(';')[0]})`);
    const bytes = Buffer.from(await response.arrayBuffer());
    return { bytes, url: response.url || input, contentType: type || undefined };
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw new InputError(`no such file: ${input}`);
  }
  if (stat.isDirectory()) throw new InputError(`${input} is a folder, not an HTML file`);
  if (stat.size > MAX_BYTES) throw new InputError(`${input} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  return { bytes: fs.readFileSync(input), url: '' };
}

/** Rejects what cannot be an HTML page: empty, binary, or text with no markup. */
export function checkHtml(bytes: Buffer, name: string): void {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new InputError(`${name} is empty`);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(`${name} is a binary file, not HTML`);
  const text = bytes.subarray(0, 65536).toString('latin1');
  if (!/<\s*(?:!doctype|html|head|body|meta|title|div|p|article|main|section|span|a|h[1-6])[\s>\/]/i.test(text)) {
    throw new InputError(`${name} does not look like HTML`);
  }
}

const charsetOf = (contentType: string | undefined): string | undefined => /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];

/**
 * The page's encoding, as a browser settles it: a byte order mark, the server's charset, a
 * <meta> charset in the first 1024 bytes; else UTF-8 when the bytes are valid UTF-8. Browsers
 * also find a charset declared later, or guess from the bytes; without this last step a saved
 * UTF-8 page that declares its charset late (after 1 KB of scripts) reads as windows-1252
 * mojibake, not as the Arabic the browser shows.
 */
export function pageEncoding(bytes: Uint8Array, contentType?: string): string {
  return sniffHTMLEncoding(bytes, { transportLayerEncodingLabel: charsetOf(contentType), defaultEncoding: isUtf8(bytes) ? 'UTF-8' : 'windows-1252' });
}

export function toJson(a: Analysis): object {
  return {
    isArticle: a.isArticle,
    title: a.title,
    lang: a.lang,
    dir: a.dir,
    text: a.text,
    clutter: a.clutter.map((c) => ({ kind: c.kind, text: c.text })),
    sources: a.sources.map((s) => ({ name: s.name, canonical: s.canonical, kind: s.kind, evidence: s.evidence })),
    tags: a.tags.map((t) => (t.href ? { label: t.label, href: t.href } : { label: t.label })),
  };
}

export function toReport(a: Analysis, name: string): string {
  const lines = [
    `Naqi — ${name}`,
    `title:    ${a.title || '(none)'}`,
    `language: ${a.lang || '(undeclared)'}, ${a.dir}, ${Math.round(a.arabicShare * 100)}% Arabic letters`,
    `verdict:  ${a.isArticle ? 'article' : 'not an article'} — ${a.reason}`,
  ];
  if (!a.isArticle) {
    lines.push('', 'Naqi leaves this page alone.');
    return lines.join('\n');
  }
  lines.push('', `sources (${a.sources.length}):`);
  for (const s of a.sources) lines.push(`  - ${s.name} [${s.kind}]${s.canonical && s.canonical !== s.name ? ` = ${s.canonical}` : ''}`);
  lines.push(`tags (${a.tags.length}): ${a.tags.map((t) => t.label).join('، ')}`);
  lines.push('', `clutter hidden (${a.clutter.length}):`);
  for (const c of a.clutter) lines.push(`  - [${c.kind}] ${c.text.length > 100 ? `${c.text.slice(0, 99)}…` : c.text}`);
  lines.push('', '── cleaned article ──', a.text);
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`naqi: ${(error as Error).message}`);
    return 2;
  }
  const [command, input, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'analyze' || !input || extra.length) {
    console.error(command && command !== 'analyze' ? `naqi: unknown command '${command}'\n${USAGE}` : USAGE);
    return 2;
  }
  try {
    const loaded = await load(input);
    checkHtml(loaded.bytes, input);
    const url = parsed.values.url ?? loaded.url;
    if (url && !URL.canParse(url)) throw new InputError(`--url is not a valid address: ${url}`);
    const dom = new JSDOM(loaded.bytes, {
      url: url || undefined,
      contentType: `text/html; charset=${pageEncoding(loaded.bytes, loaded.contentType)}`,
      virtualConsole: new VirtualConsole(),
    });
    const analysis = analyze(dom.window.document, { url: url || undefined });
    console.log(parsed.values.json ? JSON.stringify(toJson(analysis), null, 2) : toReport(analysis, input));
    // No dom.window.close(): it tears the tree down recursively and overflows the stack on deeply
    // nested pages, after the result is printed. The process ends here anyway.
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`naqi: ${error.message}`);
      return 1;
    }
    console.error(`naqi: failed on ${input}: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
