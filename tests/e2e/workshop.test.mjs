// Workshop mode: large type, what-if controls measured against the baseline taken on
// entry, back to the baseline; printing gives a PDF with the KPI table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, open, kpi, shot } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('what-ifs change the KPIs and show the change against the baseline', async () => {
  const { page, context } = await open(env);
  const baseline = await kpi(page, 'customers', 'digital');
  await page.click('[name="workshop.toggle"]');
  await page.waitForFunction(() => document.documentElement.classList.contains('workshop'));
  assert.equal(await page.locator('fieldset.funnel').first().isVisible(), false, 'editors are hidden');
  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  assert.ok(fontSize >= 19, `large type (${fontSize}px)`);

  // Five points more on the first step: more customers, and the cell says by how much.
  await page.locator('.whatif-side[data-funnel="digital"] .whatif-row').first().getByRole('button', { name: /\+5 pp/ }).click();
  await page.waitForFunction((b) => Number(document.querySelector('td[data-kpi="customers"][data-funnel="digital"]').dataset.value) > b, baseline);
  assert.match(await page.locator('td[data-kpi="customers"][data-funnel="digital"] .delta').innerText(), /^\+.*vs baseline$/);

  // The sliders work from the keyboard too.
  const slider = page.locator('[name="service.whatif.step.1"]');
  const before = await slider.inputValue();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await slider.inputValue(), before);

  // A higher price raises revenue.
  const revenue = await kpi(page, 'revenue', 'service');
  await page.locator('[name="service.whatif.price"]').fill('8000');
  await page.waitForFunction((r) => Number(document.querySelector('td[data-kpi="revenue"][data-funnel="service"]').dataset.value) > r, revenue);
  await shot(page, 'workshop');

  await page.getByRole('button', { name: 'Back to the baseline' }).click();
  await page.waitForFunction((b) => Number(document.querySelector('td[data-kpi="customers"][data-funnel="digital"]').dataset.value) === b, baseline);
  await page.click('[name="workshop.toggle"]');
  assert.equal(await page.locator('fieldset.funnel').first().isVisible(), true);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('print to PDF gives the KPI table and the charts, without the editors', async () => {
  const { page, context } = await open(env);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const dir = mkdtempSync(join(tmpdir(), 'funnel-pdf-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  assert.match(text, /Customer acquisition cost \(CAC\)/);
  assert.match(text, /LTV : CAC/);
  assert.match(text, /Step conversion/, 'charts are printed');
  assert.doesNotMatch(text, /Load a preset/, 'the editors are not printed');
  const pages = Number(execFileSync('pdfinfo', [file]).toString().match(/Pages:\s+(\d+)/)[1]);
  assert.ok(pages <= 2, `a one- or two-page report (${pages} pages)`);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, join(process.env.SHOTS ?? 'tests/e2e/screenshots', 'print')]);
  await context.close();
});

test('workshop mode speaks the reader\'s language (its texts come from the language files)', async () => {
  const context = await env.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
  const { page } = await open(env, { context });
  await page.click('[name="workshop.toggle"]');
  await page.waitForFunction(() => document.documentElement.classList.contains('workshop'));
  assert.equal((await page.locator('#whatif-heading').innerText()).trim(), 'Что если…');
  await page.getByRole('button', { name: 'Вернуть базовый вариант' }).waitFor();
  await page.locator('.whatif-side[data-funnel="digital"] .whatif-row').first().getByRole('button', { name: /\+5 pp/ }).click();
  await page.waitForFunction(() => /к базовому варианту/.test(document.querySelector('td[data-kpi="customers"][data-funnel="digital"] .delta')?.innerText ?? ''));
  assert.deepEqual(page.errors, []);
  await context.close();
});
