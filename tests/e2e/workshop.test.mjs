// Workshop mode: large type, what-if controls measured against the baseline taken on
// entry, back to the baseline; printing gives a PDF with the KPI table.
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, kpi, kpiCell, field, shot, norm, SHOTS } from './harness.mjs';

const workshopOn = (page) => expect(page.locator('html')).toHaveClass(/(^|\s)workshop(\s|$)/);

test('what-ifs change the KPIs and show the change against the baseline', async ({ app, page }) => {
  await app.goto(page);
  await expect.poll(() => kpi(page, 'customers', 'digital')).toBeGreaterThan(0);
  const baseline = await kpi(page, 'customers', 'digital');
  await page.click('[name="workshop.toggle"]');
  await workshopOn(page);
  await expect(page.locator('fieldset.funnel').first(), 'editors are hidden').toBeHidden();
  await expect.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)), 'large type')
    .toBeGreaterThanOrEqual(19);

  // Five points more on the first step: more customers, and the cell says by how much.
  await page.locator('.whatif-side[data-funnel="digital"] .whatif-row').first().getByRole('button', { name: /\+5 pp/ }).click();
  await expect.poll(() => kpi(page, 'customers', 'digital')).toBeGreaterThan(baseline);
  await expect(kpiCell(page, 'customers', 'digital').locator('.delta')).toHaveText(/^\+.*vs baseline$/);
  // A change too small to show is no change: no "−0 pp" or "+$0" anywhere.
  await expect(page.locator('.delta').filter({ hasText: /^[−+][^1-9]*vs baseline$/ })).toHaveCount(0);

  // The sliders work from the keyboard too; the rate the app shows beside the slider
  // follows, so the app has handled the keys.
  const slider = field(page, 'service.whatif.step.1');
  const rateShown = page.locator('.whatif-row').filter({ has: slider }).locator('strong');
  const before = await slider.inputValue();
  const shownBefore = await rateShown.textContent();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).not.toHaveValue(before);
  await expect(rateShown).not.toHaveText(shownBefore);

  // A higher price raises revenue.
  const revenue = await kpi(page, 'revenue', 'service');
  await field(page, 'service.whatif.price').fill('8000');
  await expect.poll(() => kpi(page, 'revenue', 'service')).toBeGreaterThan(revenue);
  await shot(page, 'workshop');

  await page.getByRole('button', { name: 'Back to the baseline' }).click();
  await expect.poll(() => kpi(page, 'customers', 'digital')).toBe(baseline);
  await page.click('[name="workshop.toggle"]');
  await expect(page.locator('fieldset.funnel').first()).toBeVisible();
});

test('print to PDF gives the KPI table and the charts, without the editors', async ({ app, page }) => {
  await app.goto(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const dir = mkdtempSync(join(tmpdir(), 'funnel-pdf-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  expect(text).toMatch(/Customer acquisition cost \(CAC\)/);
  expect(text).toMatch(/LTV : CAC/);
  expect(text, 'charts are printed').toMatch(/Step conversion/);
  expect(text, 'the editors are not printed').not.toMatch(/Load a preset/);
  expect(text, 'each chart\'s data table is printed').toMatch(/Online course, break-even month/);
  // The verdict and the KPI table, then the charts, each with its data table in small type.
  const pages = Number(execFileSync('pdfinfo', [file]).toString().match(/Pages:\s+(\d+)/)[1]);
  expect(pages, 'a report of at most three pages').toBeLessThanOrEqual(3);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, join(SHOTS, 'print')]);
});

test('workshop mode speaks the reader\'s language (its texts come from the language files)', async ({ app }) => {
  const { page } = await app.open('', { locale: 'ru-RU' });
  await page.click('[name="workshop.toggle"]');
  await workshopOn(page);
  await expect(page.locator('#whatif-heading')).toHaveText('Что если…');
  await expect(page.getByRole('button', { name: 'Вернуть базовый вариант' })).toBeVisible();
  await page.locator('.whatif-side[data-funnel="digital"] .whatif-row').first().getByRole('button', { name: /\+5 pp/ }).click();
  await expect(kpiCell(page, 'customers', 'digital').locator('.delta')).toContainText(/к базовому варианту/);
});

// On a 1280×720 projector every what-if control shares the screen with the figures it
// moves (customers, CAC, LTV:CAC, payback, sales cycle, each with its change against the
// baseline), and moving it changes them there.
test('at 1280×720 each what-if control is on screen with the figures it moves', async ({ app }) => {
  const { page } = await app.open('', { viewport: { width: 1280, height: 720 } });
  await page.click('[name="workshop.toggle"]');
  await workshopOn(page);
  const figure = (id, side) => page.locator(`.whatif-figures td[data-kpi="${id}"][data-funnel="${side}"]`);
  const figures = page.locator('.whatif-figures td[data-kpi][data-funnel="digital"], .whatif-figures td[data-kpi][data-funnel="service"]');
  await expect(figures).toHaveCount(10);
  const inView = (locator) => locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    // Inside the viewport, and not covered by anything (the sticky figures included).
    const hit = document.elementFromPoint(x, y);
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && (hit === el || el.contains(hit));
  });
  const allFiguresInView = async () => (await Promise.all((await figures.all()).map(inView))).every(Boolean);

  for (const side of ['digital', 'service']) {
    const panel = page.locator(`.whatif-side[data-funnel="${side}"]`);
    const rows = panel.locator('.whatif-row');
    const steps = await rows.count();
    expect(steps, `${side} has step controls`).toBeGreaterThan(0);
    // Each control, what it is expected to move, and how to move it. Per step: the slider a fifth lower,
    // up 5 points, down 5 again, so no step comes back to its baseline rate or reaches
    // zero (which would leave every later step with nothing to move).
    const controls = [];
    for (let i = 0; i < steps; i += 1) {
      const row = rows.nth(i);
      controls.push({
        name: `${side} step ${i} slider`, el: row.locator('input[type="range"]'), kpi: 'customers',
        act: async (el) => el.fill(String(Math.round(Number(await el.inputValue()) * 0.8 * 2) / 2)),
      });
      controls.push({ name: `${side} step ${i} +5`, el: row.getByRole('button', { name: /\+5 pp/ }), kpi: 'customers', act: (el) => el.click() });
      controls.push({ name: `${side} step ${i} −5`, el: row.getByRole('button', { name: /−5 pp/ }), kpi: 'customers', act: (el) => el.click() });
    }
    controls.push({
      name: `${side} price`, el: page.locator(`[name="${side}.whatif.price"]`), kpi: 'ltv_cac',
      act: async (el) => el.fill(String(Math.round(Number(await el.inputValue()) * 1.5))),
    });
    controls.push({ name: `${side} cycle`, el: page.locator(`[name="${side}.whatif.cycle"]`), kpi: 'sales_cycle', act: (el) => el.fill('200') });
    for (const { name, el, kpi: id, act } of controls) {
      await el.scrollIntoViewIfNeeded();
      expect(await inView(el), `${name} is on screen`).toBe(true);
      expect(await allFiguresInView(), `the figures are on screen with ${name}`).toBe(true);
      const cell = figure(id, side);
      const before = await cell.getAttribute('data-value');
      await act(el);
      await expect(cell, `${name} moves ${id}`).not.toHaveAttribute('data-value', before);
      await expect(cell.locator('.delta'), `${name}: ${id} against the baseline`).toHaveText(/^[+−][^ ]*[1-9].*vs baseline(, capped by delivery capacity \(\d+\))?$/);
    }
  }
  // A low control, the service's cycle slider, with the figures beside it.
  await shot(page, 'workshop-1280x720-low-slider');
  await page.screenshot({ path: `${SHOTS}/workshop-1280x720-viewport.png` });
});

test('the workshop printout lists the what-ifs changed against the baseline, and none when nothing changed', async ({ app }) => {
  const { page } = await app.open('', { viewport: { width: 1280, height: 720 } });
  await page.click('[name="workshop.toggle"]');
  await workshopOn(page);
  const list = page.locator('.whatif-changes');
  await page.emulateMedia({ media: 'print' });
  // Nothing changed yet: no list.
  await expect(page.locator('.kpi-table')).toBeVisible();
  await expect(list).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  const rate = page.locator('.whatif-side[data-funnel="digital"] .whatif-row').first().locator('strong');
  const was = norm(await rate.textContent());
  await page.locator('.whatif-side[data-funnel="digital"] .whatif-row').first().getByRole('button', { name: /\+5 pp/ }).click();
  await expect(rate).not.toHaveText(was);
  const now = norm(await rate.textContent());
  await field(page, 'service.whatif.price').fill('6000');
  await field(page, 'service.whatif.cycle').fill('150');
  await expect(list, 'not shown on screen').toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(list).toBeVisible();
  await expect(list.locator('h2')).toHaveText('What-ifs changed against the baseline');
  // One line per what-if, in the order of the controls.
  const lines = async () => norm(await list.locator('p').innerText()).split('\n');
  await expect.poll(lines).toHaveLength(3);
  const [step, price, cycle] = await lines();
  expect(step).toBe(`Online course: Visitors → Free sign-ups: ${was} → ${now}`);
  expect(price).toMatch(/^B2B consulting: Price: \$[\d,.]+ → \$6,000(\.00)?$/);
  expect(cycle).toMatch(/^B2B consulting: Cycle length: [\d,.]+ d(ays)? → [\d,.]+ d(ays)?$/);
  await shot(page, 'workshop-print');
  // Back to the baseline: nothing to list.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Back to the baseline' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.kpi-table')).toBeVisible();
  await expect(list).toBeHidden();
});

test('the workshop printout speaks the reader\'s language', async ({ app }) => {
  const { page } = await app.open('', { locale: 'ru-RU' });
  await page.click('[name="workshop.toggle"]');
  await workshopOn(page);
  await field(page, 'service.whatif.price').fill('6000');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.whatif-changes h2')).toHaveText('Изменения «что если» относительно базового варианта');
  await expect(page.locator('.whatif-changes p')).toHaveText(/: Цена: .+ → .*6\s000/);
});

test('the service example\'s +5 pp on its first step says capacity caps it, in the chart, the workshop and the bottleneck', async ({ app, page }) => {
  await app.goto(page);
  await expect.poll(() => kpi(page, 'customers', 'service')).toBe(2);
  // The chart promises what the workshop gives: two more clients, up to the capacity of 4
  // (it used to say +6.7, scaling the customers past the capacity).
  const chart = page.locator('#chart-sensitivity-service-summary');
  await expect(chart).toContainText('+2 a month');
  await expect(chart).toContainText('Delivery capacity (4 a month) caps any step\'s gain at +2.');

  await page.click('[name="workshop.toggle"]');
  await workshopOn(page);
  await page.locator('.whatif-side[data-funnel="service"] .whatif-row').first().getByRole('button', { name: /\+5 pp/ }).click();
  await expect.poll(() => kpi(page, 'customers', 'service')).toBe(4);
  await expect(kpiCell(page, 'customers', 'service').locator('.delta'))
    .toHaveText(/^\+2( customers)? vs baseline, capped by delivery capacity \(4\)$/);

  // Out of the workshop, the change stays: the bottleneck still falls short of its
  // benchmark, and the callout says why reaching it adds nobody (it used to say that
  // every step meets its benchmark).
  await page.click('[name="workshop.toggle"]');
  const callout = page.locator('.bottleneck-callout[data-funnel="service"]');
  await expect(callout).toContainText('The Inquiries → Qualified leads step is furthest below its benchmark');
  await expect(callout).toContainText('would add 0 customers per month, as delivery capacity caps new clients at 4.');
  await expect(callout).not.toContainText('Every step meets its benchmark');
});

test('a stage that moved since the workshop began keeps its own days on the cycle slider', async ({ app, page }) => {
  await app.goto(page);
  const days = (i) => field(page, `service.stages.${i}.days`);
  await expect(days(0)).toHaveValue('3');
  // Remove the first stage, start the workshop, then undo: every stage after the first
  // now sits one place further down than in the workshop's baseline.
  await page.locator('fieldset.funnel[data-side="service"]').getByRole('button', { name: 'Remove stage 1' }).click();
  await expect(days(0)).toHaveValue('7');
  await page.click('[name="workshop.toggle"]');
  await workshopOn(page);
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(days(0)).toHaveValue('3');

  // Twice the cycle: each stage gets twice its own baseline days (positions used to pair
  // Inquiries with the days of the stage after it); the restored stage, which the
  // baseline lacks, keeps its days.
  const cycle = field(page, 'service.whatif.cycle');
  await cycle.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await expect(cycle).toHaveValue('200');
  await expect(days(1)).toHaveValue('14');
  await expect(days(2)).toHaveValue('20');
  await expect(days(3)).toHaveValue('36');
  await expect(days(4)).toHaveValue('60');
  await expect(days(0)).toHaveValue('3');
});
