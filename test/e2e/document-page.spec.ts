import { expect, test } from '@playwright/test';

test("an article's page shows its events and its time expressions, resolved against its date", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/documents/000_af00a7cc2cefd3e2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Détente');
  const doc = page.locator('article[data-document-id="000_af00a7cc2cefd3e2"]');
  await expect(doc.getByRole('heading', { level: 2 })).toHaveText(
    'Putin, Trump aim for cooperation, Kremlin says',
  );
  await expect(doc.locator('time')).toHaveAttribute('datetime', '2016-11-15');

  const cells = (selector: string, n: number) =>
    doc
      .locator(`${selector} tbody tr`)
      .evaluateAll(
        (trs, k) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, k).map((td) => td.textContent)),
        n,
      );
  const timexes = await cells('table.timexes', 3);
  expect(timexes).toContainEqual(['Monday', 'DATE', '2016-11-14']);
  expect(timexes).toContainEqual(['January', 'DATE', '2017-01']);
  expect(timexes).toContainEqual(['over 200 years', 'DURATION', 'P200Y']);

  const events = await cells('table.events', 6);
  expect(events).toContainEqual([
    'congratulated',
    'praise',
    'Vladimir Putin',
    'Donald Trump',
    'cooperative',
    '2016-11-14',
  ]);

  // the text is shown with the expressions marked, and the value on hover
  await expect(doc.locator('mark.timex', { hasText: 'Monday' })).toHaveAttribute('title', 'DATE 2016-11-14');
  expect(errors).toEqual([]);
});
