// Hooks and robustness: the raw numbers behind per-stage figures and chart tables, saved
// preferences the app does not know, name fields held to the saved format's limit, and
// ad spend said plainly.
import { test, expect, field, typeInto, norm, ready } from './harness.mjs';

const KEY = 'funnel-calculator/state';

/** A per-stage figure of the stage table. */
const stageCell = (page, kpi, side, stage) =>
  page.locator(`.conv [data-kpi="${kpi}"][data-funnel="${side}"][data-stage="${stage}"]`);

/** A cell of the timeline chart's data table. */
const timelineCell = (page, kpi, side, month) =>
  page.locator(`figure[data-chart="timeline"] td[data-kpi="${kpi}"][data-funnel="${side}"]${month ? `[data-month="${month}"]` : ''}`);

/** Unfolds a funnel's optional fields (ads, fixed costs, limits). */
const openExtras = (page, side) => page.locator(`fieldset[data-side="${side}"] details.extra > summary`).click();

const value = async (locator) => Number(await locator.getAttribute('data-value'));

test('per-stage figures carry their raw numbers in data-value', async ({ page }) => {
  await page.goto('');
  await ready(page);
  // The digital example: 20 000 visitors, 640 sign-ups, 176 trials.
  await expect(stageCell(page, 'of_previous', 'digital', 1)).toHaveAttribute('data-value', String(640 / 20000));
  await expect(stageCell(page, 'of_first', 'digital', 2)).toHaveAttribute('data-value', String(176 / 20000));
  await expect(stageCell(page, 'leak', 'digital', 1)).toHaveAttribute('data-value', '19360');
  await expect(stageCell(page, 'leak', 'digital', 1)).toHaveAttribute('data-share', String(19360 / 20000));
  // The first stage has no previous one: n/a, so empty.
  await expect(stageCell(page, 'of_previous', 'digital', 0)).toHaveAttribute('data-value', '');
  await typeInto(page, 'digital.stages.1.volume', '1000');
  await expect(stageCell(page, 'of_previous', 'digital', 1)).toHaveAttribute('data-value', String(1000 / 20000));
  await expect(stageCell(page, 'leak', 'digital', 1)).toHaveAttribute('data-value', '19000');
  await expect(stageCell(page, 'of_previous', 'digital', 2)).toHaveAttribute('data-value', String(176 / 1000));
});

test('the timeline table gives the engine figures at months 6, 12 and 24 and follows the input', async ({ page }) => {
  await page.goto('');
  await ready(page);
  const figure = page.locator('figure[data-chart="timeline"]');
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('details.chart-data > summary').click();
  await expect(figure.locator('details.chart-data table')).toBeVisible();

  // Hand-worked for the digital example. It spends 1 500 (stage) + 300 (fixed) + 4 660
  // (ads) = 6 460 a month. A cohort takes 1 + 3 + 14 = 18 days (18 / 30.4375 of a
  // month) to buy, so month 1 gets that fraction less of its 28 customers and every
  // later month all 28: by month 6, 6 × 28 − 28 × 18 / 30.4375.
  const customers6 = 6 * 28 - (28 * 18) / 30.4375;
  await expect(timelineCell(page, 'timeline_cost', 'digital', 6)).toHaveAttribute('data-value', String(6 * 6460));
  await expect.poll(() => value(timelineCell(page, 'timeline_customers', 'digital', 6))).toBeCloseTo(customers6, 6);
  // Shown as the tables show counts: whole from 100 up (151.44 → "151").
  await expect(timelineCell(page, 'timeline_customers', 'digital', 6)).toHaveText(String(Math.round(customers6)));
  // The service example spends 1 500 + 1 200 + 1 500 (stages) + 500 (fixed) = 4 700.
  await expect(timelineCell(page, 'timeline_cost', 'service', 12)).toHaveAttribute('data-value', String(12 * 4700));
  for (const side of ['digital', 'service']) {
    for (const kpi of ['timeline_customers', 'timeline_revenue', 'timeline_cost', 'timeline_gross_profit']) {
      await expect(figure.locator(`td[data-kpi="${kpi}"][data-funnel="${side}"]`)).toHaveCount(3);
      for (const month of [6, 12, 24]) await expect(timelineCell(page, kpi, side, month)).toHaveAttribute('data-value', /^\d/);
    }
  }
  // The break-even month is a whole month, and by then gross profit covers the cost.
  const breakEven = await value(timelineCell(page, 'break_even_month', 'digital'));
  expect(Number.isInteger(breakEven) && breakEven >= 1 && breakEven <= 24).toBe(true);
  if (breakEven <= 24) {
    const gp = await value(timelineCell(page, 'timeline_gross_profit', 'digital', 24));
    expect(gp).toBeGreaterThanOrEqual(await value(timelineCell(page, 'timeline_cost', 'digital', 24)));
  }

  // 1 000 more fixed cost a month: 6 000 more by month 6, customers unchanged.
  await openExtras(page, 'digital');
  await typeInto(page, 'digital.fixed_cost', '1300');
  await figure.scrollIntoViewIfNeeded();
  await expect(timelineCell(page, 'timeline_cost', 'digital', 6)).toHaveAttribute('data-value', String(6 * 7460));
  await expect.poll(() => value(timelineCell(page, 'timeline_customers', 'digital', 6))).toBeCloseTo(customers6, 6);
});

test('every chart has a folded data table that printing opens', async ({ page }) => {
  await page.goto('');
  await ready(page);
  const tables = page.locator('figure.chart details.chart-data');
  await expect(tables).toHaveCount(7);
  await expect(page.locator('figure[data-chart="funnel-digital"] td[data-kpi="volume"][data-stage="0"]')).toHaveAttribute('data-value', '20000');
  await expect(page.locator('figure[data-chart="steps"] td[data-kpi="step_rate"][data-funnel="service"][data-stage="0"]')).toHaveAttribute('data-value', String(120 / 8000));
  await expect(page.locator('figure[data-chart="cycle"] td[data-kpi="stage_days"][data-funnel="service"][data-stage="4"]')).toHaveAttribute('data-value', '30');
  await expect(page.locator('figure[data-chart="sensitivity-digital"] td[data-kpi="sensitivity_gain"]').first()).toHaveAttribute('data-value', /^\d/);
  for (const t of await tables.all()) await expect(t).not.toHaveAttribute('open');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  for (const t of await tables.all()) await expect(t).toHaveAttribute('open', '');
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  for (const t of await tables.all()) await expect(t).not.toHaveAttribute('open');
  // Print media alone (as a PDF printer that sends no beforeprint) shows them too.
  const timelineTable = page.locator('figure[data-chart="timeline"] details.chart-data table');
  await expect(timelineTable).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(timelineTable).toBeVisible();
});

test('an unknown saved currency or language falls back with a message, and the app keeps working', async ({ page }) => {
  await page.goto('');
  await ready(page);
  await typeInto(page, 'digital.name', 'Kept course');
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY)).toContain('Kept course');
  // An edited (or older) saved state: a currency Intl.NumberFormat throws on, and a
  // language the app does not speak.
  await page.evaluate((k) => {
    const state = JSON.parse(localStorage.getItem(k));
    state.prefs = { ...state.prefs, currency: 'US DOLLAR', lang: 'xx' };
    localStorage.setItem(k, JSON.stringify(state));
  }, KEY);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const notices = page.locator('.notices [data-notice="warning"]');
  await expect(notices.filter({ hasText: '“US DOLLAR”' })).toContainText('amounts are shown in USD');
  await expect(notices.filter({ hasText: '“xx”' })).toContainText('English');
  await expect(field(page, 'digital.name')).toHaveValue('Kept course');
  await expect(field(page, 'settings.currency')).toHaveValue('USD');
  // It computes, in dollars, and follows input.
  await expect(page.locator('.kpi-table td[data-kpi="cac"][data-funnel="digital"]')).toContainText('$');
  const before = await page.locator('.kpi-table td[data-kpi="cac"][data-funnel="digital"]').getAttribute('data-value');
  await openExtras(page, 'digital');
  await typeInto(page, 'digital.fixed_cost', '900');
  await expect(page.locator('.kpi-table td[data-kpi="cac"][data-funnel="digital"]')).not.toHaveAttribute('data-value', before);
  // Choosing a currency works and is saved as chosen.
  await page.selectOption('[name="settings.currency"]', 'EUR');
  await expect(page.locator('.kpi-table td[data-kpi="cac"][data-funnel="digital"]')).toContainText('€');
  await expect.poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).prefs.currency, KEY)).toBe('EUR');
});

test('name inputs stop at the 80 characters a reload keeps', async ({ page }) => {
  await page.goto('');
  await ready(page);
  const long = 'N'.repeat(100);
  for (const name of ['digital.name', 'service.stages.2.name', 'scenario.name']) {
    await typeInto(page, name, long);
    await expect(field(page, name)).toHaveValue('N'.repeat(80));
  }
  // All three names saved, each exactly 80 characters long.
  const savedNames = () => page.evaluate((k) => (localStorage.getItem(k) ?? '').split(`"name":"${'N'.repeat(80)}"`).length - 1, KEY);
  await expect.poll(savedNames).toBe(3);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  for (const name of ['digital.name', 'service.stages.2.name', 'scenario.name']) {
    await expect(field(page, name)).toHaveValue('N'.repeat(80));
  }
});

test('ad spend says it is added to the marketing cost, in every language', async ({ page }) => {
  await page.goto('');
  await ready(page);
  await openExtras(page, 'digital');
  const adSpend = field(page, 'digital.top.ad_spend');
  await expect(adSpend).toHaveAccessibleName('Ad spend (added to marketing cost)');
  const hint = page.locator('fieldset[data-side="digital"] [data-hint="ad_spend"]');
  await expect(hint).toHaveText(/on top of the stage costs/);
  const cpl = page.locator('#tip-cpl');
  await expect(cpl).toHaveText(/ad spend/);
  const english = norm(await hint.textContent());
  for (const [lang, label] of [['pl', /marketingu/], ['ru', /маркетинговым/]]) {
    await page.selectOption('[name="settings.lang"]', lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(adSpend).toHaveAccessibleName(label);
    await expect(hint).not.toHaveText(english);
  }
});
