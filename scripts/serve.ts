/**
 * Serves the dashboard and keeps the database in step: the web server (scripts/server.ts) runs as a
 * child process, while this one indexes DETENTE_CORPUS (default seeds/) and then extracts uploads
 * as they are queued, so that no request ever waits behind an extraction. The dashboard shows what
 * is indexed so far. `--index-first` waits for the corpus before serving (the browser tests use
 * it). Stopping this process stops the server.
 *
 *   npm start                          (a built app: `npm run build` first)
 *   npm run serve                      (build when the sources changed, then this)
 *   PORT=8080 DETENTE_CORPUS=/srv/news npm start
 */
import { spawn } from 'node:child_process';
import { referenceDate } from '@/lib/config';
import { uploadsFolder } from '@/lib/api/uploads';
import { runUploadWorker } from '@/lib/indexer/uploads';
import { databasePath, databaseUrl, getUploadQueue } from '@/lib/store';
import { openOrRebuild } from '@/lib/store/recover';
import { runIndex } from './index';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main() {
  const args = process.argv.slice(2);
  const indexFirst = args.includes('--index-first');
  const port = process.env.PORT ?? '3000';
  const host = process.env.HOSTNAME ?? '0.0.0.0';
  const stop = new AbortController();
  if (indexFirst) await runIndex([]);
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port, HOSTNAME: host },
  });
  const quit = (signal: NodeJS.Signals) => {
    stop.abort();
    server.kill(signal);
    process.exit(0);
  };
  process.on('SIGINT', () => quit('SIGINT'));
  process.on('SIGTERM', () => quit('SIGTERM'));
  process.on('exit', () => server.kill('SIGTERM'));
  server.on('exit', (code) => process.exit(code ?? 0));
  if (!indexFirst) {
    // the corpus and the uploads folder (what the queue lost in a crash is stored here)
    await runIndex([]).catch((e: unknown) =>
      log(`serve: indexing failed: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
  // then the upload worker, on a connection of this process: the queue the web server fills (with
  // DETENTE_DATABASE_URL, PostgreSQL's, which every instance fills and any instance's worker takes)
  const queue = databaseUrl() ? await getUploadQueue() : openOrRebuild(databasePath()).store;
  await runUploadWorker(queue, {
    folder: uploadsFolder(),
    referenceDate: referenceDate(),
    signal: stop.signal,
    scan: false,
    log: (line) => log(`worker: ${line}`),
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`serve: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
