/**
 * Writes in the browser tests: the test server requires a write token (playwright.config.ts sets
 * DETENTE_WRITE_TOKEN to this), and an upload is done when its status URL says nothing waits.
 */
import { expect, type APIRequestContext } from '@playwright/test';

export const WRITE_TOKEN = process.env.E2E_WRITE_TOKEN ?? 'e2e-write-token-3c9f1a';

/** The header that lets a request write. */
export const WRITE = { authorization: `Bearer ${WRITE_TOKEN}` };

/** Follows an upload's status URL until no document of it waits; returns the final status. */
export async function uploaded(
  request: APIRequestContext,
  statusUrl: string,
): Promise<{ state: string; documents: { id: string; state: string; events: number }[] }> {
  let body: { state: string; documents: { id: string; state: string; events: number }[] } | null = null;
  await expect
    .poll(
      async () => {
        body = (await (await request.get(statusUrl)).json()) as NonNullable<typeof body>;
        return body.state;
      },
      { timeout: 20_000 },
    )
    .not.toBe('working');
  return body!;
}
