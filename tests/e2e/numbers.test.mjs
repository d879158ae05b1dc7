// Numbers as the reader sees them: one formatter for tables and charts, percent signs
// and money decimals per language and column, the leak's sign written once, examples
// priced in the chosen currency, and a CSV whose numbers are numbers.
import { readFile } from 'node:fs/promises';
import { test, expect, kpi, kpiCell, field, typeInto, shot, norm } from './harness.mjs';

const cellText = async (locator) => norm(await locator.innerText()).trim();

test('the CSV holds a negative ROI as a number and Polish n/a reasons', async ({ app }) => {
  const { page } = await app.open('', { locale: 'pl-PL' });
  // A price of 1 cannot pay for the month's costs: ROI below zero.
  await typeInto(page, 'digital.offer.price', '1');
  await expect.poll(() => kpi(page, 'roi', 'digital')).toBeLessThan(0);
  const naShown = await cellText(kpiCell(page, 'new_mrr', 'service'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Eksportuj tabelę KPI (CSV)' }).click(),
  ]);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
  const rows = Object.fromEntries(csv.trim().split('\r\n').map((l) => l.split(';')).map((f) => [f[0], f]));
  const roi = rows.roi[2];
  expect(roi, 'a number, not a guarded text').toMatch(/^-\d+(,\d+)?$/);
  expect(Number(roi.replace(',', '.'))).toBeCloseTo(await kpi(page, 'roi', 'digital'), 5);
  // The n/a reason is the one the Polish page shows, not the English one.
  expect(rows.new_mrr[3]).toBe(naShown);
  expect(rows.new_mrr[3]).toContain('subskrypcj');
  expect(csv).not.toContain('not a subscription');
});

test('a growing stage writes its leak sign once', async ({ page, app }) => {
  await app.goto(page);
  await page.locator('fieldset:has([name="digital.accept_growth"]) details.extra summary').click();
  await page.locator('[name="digital.accept_growth"]').check();
  await typeInto(page, 'digital.stages.1.volume', '30000');
  const leak = page.locator('.leak[data-funnel="digital"][data-stage="1"]');
  await expect(leak).toHaveText('+10,000 (50%)');
  const body = await page.locator('body').innerText();
  expect(body).not.toContain('−-');
  expect(body).not.toContain('--');
  expect(body).not.toContain('+-');
  await shot(page, 'numbers-growing-stage');
});

for (const [locale, spaced] of [['en-US', false], ['pl-PL', true], ['ru-RU', true]]) {
  test(`percent signs follow the language (${locale})`, async ({ app }) => {
    const { page } = await app.open('', { locale });
    const lcr = kpiCell(page, 'lcr', 'digital');
    const step = page.locator('.of-previous[data-funnel="digital"][data-stage="1"]');
    for (const cell of [lcr, step]) {
      await expect(cell).toHaveText(/\d/);
      const text = await cell.innerText();
      // "3,2 %" (a no-break space) in Polish and Russian, "3.2%" in English; a "✓ better"
      // mark may follow.
      if (spaced) expect(text).toMatch(/^[\d,]+\u00a0%/);
      else expect(text).toMatch(/^[\d.]+%/);
    }
  });
}

test('money has the same decimals down each KPI column', async ({ page, app }) => {
  await app.goto(page);
  await expect(kpiCell(page, 'cac', 'digital')).toHaveText(/\$/);
  for (const side of ['digital', 'service', 'difference']) {
    const texts = await page.locator(`.kpi-table td[data-funnel="${side}"]`).evaluateAll((cells) =>
      cells.map((c) => c.textContent).filter((t) => t.includes('$')));
    expect(texts.length, `${side} has money`).toBeGreaterThan(1);
    const decimals = texts.map((t) => (t.match(/\$[\d,]+(?:\.(\d+))?/)?.[1] ?? '').length);
    expect(new Set(decimals).size, `${side}: ${texts.join(' | ')}`).toBe(1);
  }
  // The verdict's figures too, per funnel.
  for (const side of ['digital', 'service']) {
    const texts = await page.locator(`[data-verdict] td[data-funnel="${side}"]`).evaluateAll((cells) =>
      cells.map((c) => c.textContent).filter((t) => t.includes('$')));
    const decimals = texts.map((t) => (t.match(/\$[\d,]+(?:\.(\d+))?/)?.[1] ?? '').length);
    expect(new Set(decimals).size, `verdict ${side}: ${texts.join(' | ')}`).toBe(1);
  }
});

test('RUB prices the untouched examples in roubles and keeps typed numbers', async ({ page, app }) => {
  await app.goto(page);
  await typeInto(page, 'service.offer.price', '5000');
  await page.selectOption('[name="settings.currency"]', 'RUB');
  await expect(kpiCell(page, 'cac', 'digital')).toContainText('RUB');
  // The untouched course example is re-priced: a 3,500 RUB membership, not 39 RUB.
  await expect(field(page, 'digital.offer.price')).toHaveValue('3500');
  await expect(field(page, 'digital.top.ad_spend')).toHaveValue('420000');
  // The consulting funnel holds the user's own price: kept, only the symbol changes.
  await expect(field(page, 'service.offer.price')).toHaveValue('5000');
  // A Russian reader's first visit shows the examples in roubles.
  const ru = (await app.open('', { locale: 'ru-RU' })).page;
  await expect(field(ru, 'digital.offer.price')).toHaveValue('3500');
  await expect(field(ru, 'service.offer.price')).toHaveValue('360000');
});

test('a chart label and its table cell agree on 12.5%', async ({ page, app }) => {
  await app.goto(page);
  await typeInto(page, 'digital.stages.1.volume', '2500');
  const cell = page.locator('.of-previous[data-funnel="digital"][data-stage="1"]');
  await expect(cell).toHaveText('12.5%');
  const chart = page.locator('[data-chart="steps"]');
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(() => chart.locator('svg').evaluate((s) => s.textContent)).toContain('12.5%');
});
