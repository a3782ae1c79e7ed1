/** A static file server on 127.0.0.1 for the browser tests: fixtures, and corpus pages under /corpus/. */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** With ?delay=N (ms, at most 2000), an HTML page's first kilobyte is sent at once and the rest N ms later, as a page arrives over a network. */
const FIRST_CHUNK = 1024;
const MAX_DELAY_MS = 2000;

/** Serves each mount (url prefix → folder); anything else is a 404. Never leaves the folders. */
export async function startServer(mounts: Record<string, string>): Promise<FixtureServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    const delay = Math.min(Number(url.searchParams.get('delay')) || 0, MAX_DELAY_MS);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.resolve(dir, `.${pathname.slice(prefix.length - 1)}`);
      if (!file.startsWith(path.resolve(dir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) break;
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      if (delay > 0 && file.endsWith('.html')) {
        const bytes = fs.readFileSync(file);
        res.write(bytes.subarray(0, FIRST_CHUNK));
        setTimeout(() => res.end(bytes.subarray(FIRST_CHUNK)), delay);
      } else fs.createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => `${origin}${pathname}`,
    // A browser keeps its connections alive; without closing them, close() waits minutes.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
