import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURE_PAGES_DIR } from './paths.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  /** The address of a fixture page, e.g. url('seed-000-peace-talks.html'). */
  url(fileName: string): string;
  /** Every path requested so far, in order. */
  requestedPaths: string[];
  close(): Promise<void>;
}

/** Serves tests/fixtures/pages on 127.0.0.1 at a random free port. Never the live web. */
export async function startFixtureServer(root = FIXTURE_PAGES_DIR): Promise<FixtureServer> {
  const requestedPaths: string[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requestedPaths.push(pathname);
    const filePath = path.join(root, path.normalize(pathname).replace(/^([/\\])+/, ''));
    if (!filePath.startsWith(root + path.sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    readFile(filePath).then(
      (body) => {
        const type = CONTENT_TYPES[path.extname(filePath)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
      },
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (fileName) => `${origin}/${fileName}`,
    requestedPaths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
