// Answer first: the verdict (which funnel works better, and why) is on the first screen
// at every size and in every language; results from older input are never silent;
// destructive actions can be undone.
import { test, expect, kpi, kpiCell, field, typeInto, shot } from './harness.mjs';
import { join } from 'node:path';
import { SHOTS } from './harness.mjs';

const verdict = (page) => page.locator('[data-verdict]');
const figure = (page, id, side) => verdict(page).locator(`td[data-kpi="${id}"][data-funnel="${side}"]`);

/** The verdict's box lies inside the viewport (its top at or below 0, its bottom above
 * the fold). */
async function onFirstScreen(page) {
  return page.evaluate(() => {
    const r = document.querySelector('[data-verdict]').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.height > 100;
  });
}

const SIZES = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];
const LANGS = [
  { locale: 'en-US', heading: 'Which funnel works better', call: /works better/ },
  { locale: 'pl-PL', heading: 'Który lejek działa lepiej', call: /działa „/ },
  { locale: 'ru-RU', heading: 'Какая воронка работает лучше', call: /работает «/ },
];

for (const size of SIZES) {
  for (const lang of LANGS) {
    test(`the verdict is on the first screen: ${size.name}, ${lang.locale}`, async ({ app }) => {
      const { name, ...options } = size;
      const { page } = await app.open('', { ...options, locale: lang.locale });
      await expect(verdict(page).locator('h2')).toHaveText(lang.heading);
      await expect(verdict(page).locator('.verdict-call')).toHaveText(lang.call);
      await expect.poll(() => onFirstScreen(page), 'the whole verdict is in the viewport').toBe(true);
      await page.screenshot({ path: join(SHOTS, `verdict-${name}-${lang.locale}.png`) });
    });
  }
}

test('the verdict fits the first screen of a 720 px embed column', async ({ app }) => {
  const { page } = await app.open('?embed', { viewport: { width: 720, height: 900 } });
  await expect(verdict(page).locator('.verdict-call')).toHaveText(/works better/);
  await expect.poll(() => onFirstScreen(page), 'the whole verdict is in the viewport').toBe(true);
  await page.screenshot({ path: join(SHOTS, 'verdict-embed-720.png') });
});

test('the verdict names the winner and why, with the same figures as the KPI table', async ({ app, page }) => {
  await app.goto(page);
  // The examples: the course wins customers far more cheaply, consulting earns more
  // per client (both from the engine; this checks they reach the words).
  await expect(verdict(page).locator('.verdict-call')).toHaveText(/^Online course works better/);
  await expect(verdict(page).locator('.verdict-wins')).toHaveText(/Online course wins customers \d+(\.\d)?× cheaper/);
  await expect(verdict(page).locator('.verdict-wins')).toHaveText(/B2B consulting earns [\d.]+× more per client/);
  for (const id of ['customers', 'cac', 'clv', 'ltv_cac', 'payback', 'sales_cycle']) {
    for (const side of ['digital', 'service']) {
      await expect(figure(page, id, side)).toHaveAttribute('data-value', (await kpiCell(page, id, side).getAttribute('data-value')) ?? '');
    }
  }
  // Net value: customers × CLV − total cost.
  const net = Number(await figure(page, 'net_value', 'digital').getAttribute('data-value'));
  const expected = (await kpi(page, 'customers', 'digital')) * (await kpi(page, 'clv', 'digital')) - (await kpi(page, 'total_cost', 'digital'));
  expect(Math.abs(net - expected)).toBeLessThan(1e-6 * expected);
  // A better mark only where values compare: the month's total cost never gets one.
  await expect(kpiCell(page, 'total_cost', 'digital')).not.toHaveClass(/better/);
  await expect(kpiCell(page, 'total_cost', 'service')).not.toHaveClass(/better/);
  await expect(page.locator('.kpi-table thead th').last()).toHaveText('Difference (B2B consulting − Online course)');

  // Make consulting far more valuable: the call turns around.
  await typeInto(page, 'service.offer.price', '40000');
  await expect(verdict(page).locator('.verdict-call')).toHaveText(/^B2B consulting works better/);
  await expect(figure(page, 'net_value', 'service')).toHaveClass(/better/);
});

test('results from older input are marked stale until the field is fixed', async ({ app, page }) => {
  await app.goto(page);
  await expect(page.locator('[data-stale]')).toHaveCount(0);
  await typeInto(page, 'digital.offer.margin_pct', '150');
  await expect(page.locator('[id="digital.offer.margin_pct-error"]')).not.toBeEmpty();
  for (const region of ['[data-verdict]', 'section.kpis', 'section.charts']) {
    await expect(page.locator(region)).toHaveAttribute('data-stale', 'true');
  }
  const note = verdict(page).locator('.stale-note');
  await expect(note).toContainText('Fields to fix: 1');
  // Row figures of the broken funnel are not shown from its last valid numbers.
  await expect(page.locator('[data-kpi="of_previous"][data-funnel="digital"][data-stage="1"]')).toHaveText('');
  await shot(page, 'stale');
  await note.getByRole('link').click();
  await expect(field(page, 'digital.offer.margin_pct')).toBeFocused();
  await typeInto(page, 'digital.offer.margin_pct', '90');
  await expect(page.locator('[data-stale]')).toHaveCount(0);
  await expect(note).toHaveCount(0);
  await expect(page.locator('[data-kpi="of_previous"][data-funnel="digital"][data-stage="1"]')).toContainText('%');
});

test('a moved stage never shows another row\'s figures', async ({ app, page }) => {
  await app.goto(page);
  // Add a stage after "Paying members" with volume 10 and move it up: 10 < 28 is fine,
  // but then 28 follows 10, which is an error until accepted.
  await page.locator('fieldset.funnel').first().getByRole('button', { name: /add stage/i }).click();
  const rows = page.locator('fieldset.funnel').first().locator('tbody tr[data-stage]');
  await expect(rows).toHaveCount(5);
  await typeInto(page, 'digital.stages.4.volume', '10');
  await rows.nth(4).getByRole('button', { name: /up/i }).click();
  await expect(field(page, 'digital.stages.3.volume')).toHaveValue('10');
  await expect(verdict(page)).toHaveAttribute('data-stale', 'true');
  await expect(page.locator('[data-kpi="of_previous"][data-funnel="digital"][data-stage="4"]')).toHaveText('');
});

test('loading a preset and removing a stage can be undone, by button and by Ctrl+Z', async ({ app, page }) => {
  await app.goto(page);
  const rows = page.locator('fieldset.funnel').first().locator('tbody tr[data-stage]');
  await expect(rows).toHaveCount(4);
  await page.selectOption('[name="digital.preset"]', 'classic');
  await expect(rows).toHaveCount(6);
  await expect(field(page, 'digital.stages.0.name')).not.toHaveValue('Visitors');
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(4);
  await expect(field(page, 'digital.stages.0.name')).toHaveValue('Visitors');
  await expect(field(page, 'digital.stages.0.volume')).toHaveValue('20000');

  // Ctrl+Z on the preset menu (not a text field) undoes the preset load too.
  await page.selectOption('[name="digital.preset"]', 'classic');
  await expect(rows).toHaveCount(6);
  await field(page, 'digital.preset').focus();
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(4);

  await rows.nth(1).getByRole('button', { name: /remove/i }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.locator('.undo-bar')).toContainText('Free sign-ups');
  // Outside a text field Ctrl+Z is the app's undo.
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(4);
  await expect(field(page, 'digital.stages.1.name')).toHaveValue('Free sign-ups');

  // Undo is offered only until the pair changes again: then it would discard that too.
  await rows.nth(1).getByRole('button', { name: /remove/i }).click();
  await expect(page.locator('.undo-bar')).toBeVisible();
  await typeInto(page, 'digital.stages.0.volume', '21000');
  await expect(page.locator('.undo-bar')).toHaveCount(0);
});

test('a skip link takes keyboard users past the editors to the key figures', async ({ app, page }) => {
  await app.goto(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the key figures' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#kpi-heading')).toBeFocused();
});

test('until the wasm has started, the page shows the title and a loading note in the reader\'s language', async ({ app }) => {
  const context = await app.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  // Hold the wasm back, as a slow connection does, until the note has been checked.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(app.url(''));
  const note = page.locator('#fc-loading');
  await expect(note.locator('.loading-title')).toHaveText('Kalkulator lejka sprzedażowego');
  await expect(note).toContainText('Wczytywanie kalkulatora');
  expect(await note.evaluate((n) => n.getBoundingClientRect().height)).toBeGreaterThan(300);
  release();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(note).toHaveCount(0);
  await expect(page.locator('h1')).toHaveCount(1);
});

for (const width of [360, 390]) {
  for (const locale of ['en-US', 'pl-PL', 'ru-RU']) {
    test(`no sideways scrolling at ${width} px in ${locale}`, async ({ app }) => {
      const { page } = await app.open('', { viewport: { width, height: 800 }, locale, isMobile: true, hasTouch: true });
      await expect(verdict(page).locator('.verdict-call')).not.toBeEmpty();
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'page wider than the screen by').toBeLessThanOrEqual(0);
      // Fields are at least 16 px, or phones zoom in at every tap.
      const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('input, select')].map((e) => parseFloat(getComputedStyle(e).fontSize))));
      expect(smallest).toBeGreaterThanOrEqual(16);
    });
  }
}
