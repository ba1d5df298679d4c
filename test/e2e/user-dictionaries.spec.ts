/**
 * A user's dictionary in the dashboard (issue 17): a corpus indexed without it, then again with
 * `npm run index -- --dictionaries DIR`; the actor its entry names shows in the network with the
 * entry's code and the user's file in its trail. A server of its own (scripts/server.ts) on a
 * database of its own, stopped with its whole process group.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210) + 7;
const base = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-e2e-dict-'));
const corpus = path.join(dir, 'corpus');
const dictionaries = path.join(dir, 'dictionaries');
const env = { ...process.env, DETENTE_DB: path.join(dir, 'detente.db'), TZ: 'UTC' };
let server: ChildProcess | null = null;

function index(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/index.ts', ...args, corpus], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stderr;
}

test.beforeAll(async () => {
  mkdirSync(corpus);
  mkdirSync(dictionaries);
  writeFileSync(
    path.join(corpus, 'border.txt'),
    'Border row deepens\nVeloria accused Kestmark on Monday of shelling a border post, and Kestmark rejected the charge.\n',
  );
  writeFileSync(
    path.join(corpus, 'song.txt'),
    'A song at the border\nVeloria serenaded Kestmark on Tuesday.\n',
  );
  // written here: a made-up state, with a synonym and a code of the user's own scheme
  writeFileSync(path.join(dictionaries, 'local.actors.txt'), 'VELORIA [VLR]\n+VELORIAN\n\nKESTMARK_ [KSM]\n');
  // a verb no class knows, coded in a scheme of the user's own: its events' tone is not coded
  writeFileSync(
    path.join(dictionaries, 'local.verbs.txt'),
    '--- SERENADE  [W64]  ---\nSERENADE {SERENADES SERENADED}\n',
  );
  index();
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/status`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start');
});

test.afterAll(() => {
  // the whole group: the server and anything it started
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

async function tooltipOf(page: Page, actor: string) {
  await page.goto(base);
  await expect(page.locator('[data-complete="true"]')).toBeAttached();
  // by its name's slug: an actor the dictionary codes as a state takes its code into its id
  const node = page.locator(`[data-testid="network-svg"] [data-actor-id^="${actor}"]`);
  await expect(node).toBeVisible();
  await node.hover();
  const tip = page.locator('figure [role="tooltip"]');
  await expect(tip).toBeVisible();
  return tip;
}

test("an actor of the user's dictionary shows with its code and file after indexing again", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // without the dictionary, nothing codes Veloria
  const before = await tooltipOf(page, 'veloria');
  await expect(before).toContainText('Veloria');
  await expect(before.getByTestId('actor-code')).toHaveCount(0);

  // indexed again with it: the stored version names the dictionaries, so the article is extracted again
  const log = index('--dictionaries', dictionaries);
  expect(log).toMatch(/2 extracted/);
  const after = await tooltipOf(page, 'veloria');
  await expect(after.getByTestId('actor-code')).toHaveText(
    /^Code VLR: from the user dictionary .*local\.actors\.txt \(line 1\), VLR$/,
  );
});

test('events whose tone is not coded are a stance of their own: a box, the URL, the legend and the API', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // indexed with the dictionaries by the test above; once more here when run alone
  if (!(await (await fetch(`${base}/api/events?stance=uncoded`)).json()).events.length)
    index('--dictionaries', dictionaries);
  const body = await (await fetch(`${base}/api/events?stance=uncoded`)).json();
  expect(body.events).toHaveLength(1);
  expect(body.events[0]).toMatchObject({ trigger: 'serenaded', code: 'W64', stance: null });
  await page.goto(base);
  await expect(page.locator('[data-complete="true"]')).toBeAttached();
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('tone not coded');
  const box = page.getByRole('checkbox', { name: 'tone not coded' });
  await box.check();
  await expect(page).toHaveURL(/stance=uncoded/);
  await expect(page.locator('[aria-busy="false"][data-complete="true"]')).toBeVisible();
  const table = page.getByTestId('event-table');
  await expect(table.locator('caption')).toContainText(/^1 event/);
  await expect(table).toContainText('user code W64');
  await expect(table).toContainText('tone not coded');
});
