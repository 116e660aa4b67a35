import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LoggedRequest {
  method: string;
  /** Absolute URL for plain HTTP, `host:port` for HTTPS tunnels (CONNECT). */
  target: string;
}

export interface RequestLogger {
  /** host:port to give the browser as its HTTP and HTTPS proxy. */
  host: string;
  port: number;
  /** Every request that reached the proxy: each one left the loopback address. */
  requests: LoggedRequest[];
  close(): Promise<void>;
}

/**
 * A recording proxy that answers every request with an error and never forwards anything. Browsers are
 * configured to send every request except those to 127.0.0.1 through it, so `requests` lists every attempt
 * by the browser, its pages or the extension to reach any other host (the fixture pages reference none).
 */
export async function startRequestLogger(): Promise<RequestLogger> {
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    requests.push({ method: request.method ?? 'GET', target: request.url ?? '' });
    response
      .writeHead(403, { 'content-type': 'text/plain' })
      .end('Blocked by the Crosscheck e2e request logger');
  });
  server.on('connect', (request, socket: Socket) => {
    requests.push({ method: 'CONNECT', target: request.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
