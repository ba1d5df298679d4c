/**
 * The web server: Next.js's request handler behind Node's own HTTP server, so that the routes can
 * know who is asking. Next.js alone gives a route only headers a client can forge (it keeps a
 * client's X-Forwarded-For); this server removes any copy of its own headers a client sent, puts
 * the socket's address in `x-detente-peer` (and a client's X-Forwarded-For aside, for
 * DETENTE_TRUST_PROXY), and marks the process so that lib/api/access.ts believes them. A request
 * Node cannot read (headers over 16 KB, a broken request line) gets a JSON error, like every API
 * answer. It extracts nothing: `npm start` runs the indexer and the upload worker in another
 * process (scripts/serve.ts).
 *
 *   node --import tsx scripts/server.ts     (PORT, HOSTNAME; a built app in .next)
 */
import http from 'node:http';
import next from 'next';
import { gzipSync } from 'node:zlib';
import { FORWARDED_HEADER, PEER_HEADER, SERVER_MARK } from '@/lib/api/access';
import { makeNonce } from '@/lib/api/security';
import { nonceOf, pageKey, PageCache, withNonce } from '@/lib/server/page-cache';
import { getEngine } from '@/lib/store';

/** Headers only this server may set. */
const OWN = [PEER_HEADER, FORWARDED_HEADER];

/** Node's limit on a request's head (request line and headers). */
const MAX_HEADER_BYTES = 16 * 1024;

function jsonError(status: number, reason: string, error: string): string {
  const body = JSON.stringify({ error });
  return (
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n` +
    `Connection: close\r\n\r\n${body}`
  );
}

/**
 * The dashboard from the page cache (lib/server/page-cache.ts) when this view of this version of
 * the data was rendered before: true when answered. Otherwise a request that may be kept is set up
 * to be: it is rendered uncompressed, and its bytes are kept as they are sent.
 */
async function servePage(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pages: PageCache,
): Promise<boolean> {
  if (req.method !== 'GET' || !req.url?.startsWith('/') || (req.url !== '/' && !req.url.startsWith('/?')))
    return false;
  const url = new URL(req.url, 'http://localhost');
  const key = pageKey(req.method, url, req.headers, await (await getEngine()).version());
  if (!key) return false;
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const hit = pages.get(key);
  if (hit) {
    const { headers, body } = withNonce(hit, makeNonce());
    if (gzip) {
      const packed = gzipSync(body, { level: 1 });
      res.writeHead(hit.status, {
        ...headers,
        'content-length': String(packed.length),
        'content-encoding': 'gzip',
        vary: 'Accept-Encoding',
      });
      res.end(packed);
    } else {
      res.writeHead(hit.status, headers);
      res.end(body);
    }
    return true;
  }
  // rendered plain, so that its bytes can be kept
  delete req.headers['accept-encoding'];
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') keep(chunk);
    const out = end(chunk, ...rest);
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(res.getHeaders()))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v : String(v);
    const csp = headers['content-security-policy'];
    const nonce = nonceOf(Array.isArray(csp) ? csp[0] : csp);
    if (
      res.statusCode === 200 &&
      nonce &&
      !headers['content-encoding'] &&
      String(headers['content-type'] ?? '').startsWith('text/html')
    )
      pages.set(key, { status: 200, headers, body: Buffer.concat(chunks).toString('utf8'), nonce });
    return out;
  }) as typeof res.end;
  return false;
}

export async function startServer(options: { port: number; hostname: string }) {
  (globalThis as Record<symbol, unknown>)[SERVER_MARK] = true;
  const app = next({ dev: false, dir: process.cwd(), hostname: options.hostname, port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const pages = new PageCache(16);
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    for (const h of OWN) delete req.headers[h];
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
    const xff = req.headers['x-forwarded-for'];
    if (xff !== undefined) req.headers[FORWARDED_HEADER] = Array.isArray(xff) ? xff.join(',') : xff;
    const fail = (e: unknown) => {
      console.error('server:', e);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'internal error' }));
      }
    };
    servePage(req, res, pages)
      .then((served) => (served ? undefined : handle(req, res)))
      .catch(fail);
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW' || err.code === 'HPE_URI_OVERFLOW';
    socket.end(
      tooLarge
        ? jsonError(
            431,
            'Request Header Fields Too Large',
            `the request's address and headers are larger than ${MAX_HEADER_BYTES} bytes`,
          )
        : jsonError(400, 'Bad Request', 'the request could not be read as HTTP'),
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.hostname, resolve));
  return server;
}

// run as a script (serve.ts starts it as a child process)
if (process.argv[1] && /server\.ts$/.test(process.argv[1])) {
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOSTNAME ?? '0.0.0.0';
  startServer({ port, hostname })
    .then(() => process.stdout.write(`server: listening on http://${hostname}:${port}\n`))
    .catch((e: unknown) => {
      process.stderr.write(`server: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    });
}
