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
import { FORWARDED_HEADER, PEER_HEADER, SERVER_MARK } from '@/lib/api/access';

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

export async function startServer(options: { port: number; hostname: string }) {
  (globalThis as Record<symbol, unknown>)[SERVER_MARK] = true;
  const app = next({ dev: false, dir: process.cwd(), hostname: options.hostname, port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    for (const h of OWN) delete req.headers[h];
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
    const xff = req.headers['x-forwarded-for'];
    if (xff !== undefined) req.headers[FORWARDED_HEADER] = Array.isArray(xff) ? xff.join(',') : xff;
    handle(req, res).catch((e: unknown) => {
      console.error('server:', e);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'internal error' }));
      }
    });
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
