/**
 * Serves the dashboard and keeps the database in step with the corpus: `next start` runs as a child
 * process while this one indexes DETENTE_CORPUS (default seeds/), so indexing a large folder never
 * blocks a request; the dashboard shows what is indexed so far. `--index-first` waits for the index
 * before serving (the browser tests use it). Stopping this process stops the server.
 *
 *   npm run serve                      (build, then this)
 *   PORT=8080 DETENTE_CORPUS=/srv/news npm run serve
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { runIndex } from './index';

async function main() {
  const args = process.argv.slice(2);
  const indexFirst = args.includes('--index-first');
  const port = process.env.PORT ?? '3000';
  const host = process.env.HOSTNAME ?? '0.0.0.0';
  const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
  if (indexFirst) await runIndex([]);
  const server = spawn(process.execPath, [next, 'start', '--port', port, '--hostname', host], {
    stdio: 'inherit',
  });
  const stop = (signal: NodeJS.Signals) => {
    server.kill(signal);
    process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('exit', () => server.kill('SIGTERM'));
  server.on('exit', (code) => process.exit(code ?? 0));
  if (!indexFirst) {
    runIndex([]).catch((e: unknown) =>
      process.stderr.write(`serve: indexing failed: ${e instanceof Error ? e.message : String(e)}\n`),
    );
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`serve: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
