import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Browser tests run in Debian's Chromium (never a downloaded browser) against the project's server
// (scripts/serve.ts: the web server and the upload worker), on a database of their own, indexed
// from seeds/ before the server starts.
const port = Number(process.env.E2E_PORT ?? 3210);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const database = process.env.E2E_DB ?? path.join(os.tmpdir(), `detente-e2e-${process.pid}`, 'detente.db');

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // node runs the serve script directly (no npx in between); it stops `next start` when stopped
    command: 'node --import tsx scripts/serve.ts --index-first',
    url: `http://127.0.0.1:${port}/api/status`,
    reuseExistingServer: false,
    timeout: 90_000,
    env: {
      DETENTE_CORPUS: process.env.DETENTE_CORPUS ?? 'seeds',
      DETENTE_DB: database,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NODE_ENV: 'production',
      // the page ships a sample of 5 events and the browser fetches the rest: every browser test
      // goes through that path (the seed gives more than 5)
      DETENTE_FIRST_PAINT_EVENTS: '5',
      // writes need the token (test/e2e/writes.ts): the dashboard's upload asks for it
      DETENTE_WRITE_TOKEN: process.env.E2E_WRITE_TOKEN ?? 'e2e-write-token-3c9f1a',
      // each test is a client of its own through X-Forwarded-For, as behind one proxy, so that the
      // rate-limit test's bucket is not the other tests' (lib/api/access.ts)
      DETENTE_TRUST_PROXY: '1',
    },
  },
});
