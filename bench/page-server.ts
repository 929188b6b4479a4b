// A local HTTP server for the browser section: fixed paths map to files, whatever the Host header
// says (Chromium sends every host to it through --host-resolver-rules). Anything else is a fast
// 404, so a page's external scripts and images fail at once instead of waiting on a network.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  port: number;
  close(): Promise<void>;
}

export async function startPageServer(routes: ReadonlyMap<string, string>): Promise<PageServer> {
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const file = routes.get(path);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain', connection: 'close' }).end('not found');
      return;
    }
    let body = cache.get(file);
    if (!body) cache.set(file, (body = readFileSync(file)));
    // no charset: the page's own <meta charset> decides, as it did on its site
    response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
