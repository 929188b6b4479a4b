// The browsers' only network: a local HTTP server that answers for any host. Chromium reaches
// it through --host-resolver-rules (the Host header names the site), Firefox through its HTTP
// proxy setting (absolute-URI requests). Known pages are served as saved; everything else
// (images, CSS, fonts, remote scripts, HTTPS tunnels) gets an empty answer at once and is
// never forwarded, so no traffic leaves the machine.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

/**
 * @typedef {{ host: string, path: string, file: string }} Route
 * @typedef {{ port: number, origin: string, requests: { host: string, path: string, served: boolean }[], close(): Promise<void> }} PageServer
 */

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes) {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match ? match[1].toLowerCase() : undefined;
}

/** Host and path of a request, whether it came as `GET /path` + Host or as a proxy's `GET http://host/path`. */
export function requestTarget(req) {
  const base = `http://${req.headers.host ?? 'unknown.invalid'}`;
  const url = new URL(req.url ?? '/', base);
  return { host: url.hostname.toLowerCase(), path: url.pathname };
}

/**
 * @param {Route[]} routes
 * @returns {Promise<PageServer>}
 */
export async function startPageServer(routes) {
  /** @type {Map<string, { body: Buffer, type: string }>} */
  const pages = new Map();
  for (const route of routes) {
    const body = readFileSync(route.file);
    // The header repeats what the page declares; the bytes go out untouched (GBK stays GBK).
    const charset = declaredCharset(body) ?? 'utf-8';
    pages.set(`${route.host.toLowerCase()}${route.path}`, { body, type: `text/html; charset=${charset}` });
  }
  /** @type {PageServer['requests']} */
  const requests = [];

  const server = createServer((req, res) => {
    const { host, path } = requestTarget(req);
    const page = req.method === 'GET' || req.method === 'HEAD' ? pages.get(host + path) : undefined;
    requests.push({ host, path, served: Boolean(page) });
    if (!page) {
      res.writeHead(404, { 'content-length': '0', 'cache-control': 'no-store' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': page.type, 'content-length': String(page.body.length), 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : page.body);
  });
  // HTTPS through the proxy (Firefox) asks for a tunnel: refuse it, nothing is forwarded.
  server.on('connect', (req, socket) => {
    requests.push({ host: String(req.url), path: '(CONNECT)', served: false });
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
