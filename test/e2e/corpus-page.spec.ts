import { expect, test } from '@playwright/test';

test('the page lists the seed article and its time expressions, resolved against its date', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Détente');
  const doc = page.locator('article[data-document-id="000_af00a7cc2cefd3e2"]');
  await expect(doc.getByRole('heading', { level: 2 })).toHaveText(
    'Putin, Trump aim for cooperation, Kremlin says',
  );
  await expect(doc.locator('time')).toHaveAttribute('datetime', '2016-11-15');

  const rows = doc.locator('table.timexes tbody tr');
  const table = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)),
  );
  expect(table).toContainEqual(['Monday', 'DATE', '2016-11-14']);
  expect(table).toContainEqual(['January', 'DATE', '2017-01']);
  expect(table).toContainEqual(['over 200 years', 'DURATION', 'P200Y']);

  // the text is shown with the expressions marked, and the value on hover
  const monday = doc.locator('mark.timex', { hasText: 'Monday' });
  await expect(monday).toHaveAttribute('title', 'DATE 2016-11-14');
  expect(errors).toEqual([]);
});
