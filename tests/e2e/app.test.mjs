// The app shell: both funnels render with example numbers, and typing a stage volume
// changes the KPIs on screen.
import { test, expect, kpi, kpiCell, field, typeInto, shot } from './harness.mjs';

test.beforeEach(async ({ app, page }) => { await app.goto(page); });

test('both funnels render with example numbers and computed KPIs', async ({ page }) => {
  await expect(page.locator('fieldset.funnel')).toHaveCount(2);
  for (const side of ['digital', 'service']) {
    await expect.poll(() => kpi(page, 'cac', side), `${side} CAC is a positive number`).toBeGreaterThan(0);
    await expect(page.locator(`[data-kpi="of_previous"][data-funnel="${side}"][data-stage="1"]`)).toContainText('%');
  }
  // On a 1280 px laptop both stage tables fit side by side without scrolling sideways.
  await expect.poll(() => page.$$eval('fieldset.funnel .table-wrap', (ws) => ws.map((w) => w.scrollWidth - w.clientWidth)))
    .toEqual([0, 0]);
  await shot(page, 'main-wide');
});

test('typing a stage volume updates step conversion and CAC', async ({ page }) => {
  await expect.poll(() => kpi(page, 'cac', 'digital')).toBeGreaterThan(0);
  const before = await kpi(page, 'cac', 'digital');
  const customerStage = await field(page, 'digital.roles.customer').inputValue();
  const volume = field(page, `digital.stages.${customerStage}.volume`);
  const current = Number(await volume.inputValue());
  await typeInto(page, `digital.stages.${customerStage}.volume`, String(current / 2));
  await expect(volume).toHaveValue(String(current / 2));
  // Half the customers for the same cost: twice the CAC.
  await expect.poll(async () => Math.abs((await kpi(page, 'cac', 'digital')) - before * 2) / before, `CAC ${before} doubles`)
    .toBeLessThan(1e-6);
  await expect(page.locator(`[data-kpi="of_previous"][data-funnel="digital"][data-stage="${customerStage}"]`)).toContainText('%');
});

test('a wrong value shows an error next to its field, and the KPIs keep the last good numbers', async ({ page }) => {
  const cac = kpiCell(page, 'cac', 'service');
  await expect(cac).toHaveAttribute('data-value', /\d/);
  const before = await cac.getAttribute('data-value');
  await typeInto(page, 'service.stages.0.volume', 'abc');
  // The app has handled the input once it shows the error; only then the KPI is compared.
  await expect(page.locator('[id="service.stages.0.volume-error"]')).toHaveText(/number/i);
  await expect(field(page, 'service.stages.0.volume')).toHaveAttribute('aria-invalid', 'true');
  await expect(cac).toHaveAttribute('data-value', before);
  await shot(page, 'field-error');
});

test('stages: add, rename, reorder with the keyboard, remove; presets; roles follow', async ({ page }) => {
  const rows = page.locator('fieldset[data-side="service"] tbody tr[data-stage]');
  const nameInputs = page.locator('fieldset[data-side="service"] input[name$=".name"][name^="service.stages."]');
  const names = () => nameInputs.evaluateAll((ins) => ins.map((i) => i.value));
  const count = await rows.count();
  await page.locator('fieldset[data-side="service"]').getByRole('button', { name: 'Add stage' }).click();
  await expect(rows).toHaveCount(count + 1);
  await typeInto(page, `service.stages.${count}.name`, 'Referrals');
  await typeInto(page, `service.stages.${count}.volume`, '1');
  // Move it up with the keyboard: focus its "up" button and press Enter.
  await page.getByRole('button', { name: `Move stage ${count + 1} up` }).first().focus();
  await page.keyboard.press('Enter');
  await expect(nameInputs.nth(count - 1)).toHaveValue('Referrals');
  // The customer role stays on the customer stage, which moved down one place.
  await expect(field(page, 'service.roles.customer')).toHaveValue(String(count));
  await page.getByRole('button', { name: `Remove stage ${count}` }).last().click();
  await expect(rows).toHaveCount(count);
  await expect.poll(names).not.toContain('Referrals');
  // A stage model replaces the stages and keeps a working funnel.
  await page.selectOption('[name="service.preset"]', 'lifecycle');
  await expect(nameInputs.first()).toHaveValue('Subscriber');
  await expect.poll(() => nameInputs.count()).toBeGreaterThanOrEqual(6);
  await expect.poll(() => kpi(page, 'customers', 'service')).toBeGreaterThan(0);
});

// Regression (speed): Chrome's autofill reads the whole form of an input at every
// keystroke, and inputs outside any form count as one form of ~80 fields with two
// 10-stage funnels (7-8 ms a keystroke). Each typed-into input sits alone in a form.
test('each text field is alone in its form, and Enter in a field submits nothing', async ({ page }) => {
  const lonely = await page.evaluate(() => {
    const fields = [...document.querySelectorAll('main input[type="text"]')];
    return { fields: fields.length, crowded: fields.filter((f) => !(f.form && f.form.elements.length === 1)).map((f) => f.name) };
  });
  expect(lonely.fields, `${lonely.fields} fields`).toBeGreaterThanOrEqual(12);
  // The funnels' fields, the goal amount and the scenario name.
  expect(lonely.crowded).toEqual([]);
  // Enter must not submit a one-field form (a reload would lose what was typed). Each
  // submit that reaches the window (after the app's handlers) is recorded with whether
  // it was cancelled: that record is the sign the app has handled the Enter.
  await page.evaluate(() => {
    window.__sameDocument = true;
    window.__submits = [];
    addEventListener('submit', (e) => window.__submits.push({ field: e.target.querySelector('input')?.name, cancelled: e.defaultPrevented }));
  });
  const submits = () => page.evaluate(() => window.__submits);
  const input = field(page, 'digital.stages.0.volume');
  await input.fill('25000');
  await input.press('Enter');
  await expect.poll(submits).toEqual([{ field: 'digital.stages.0.volume', cancelled: true }]);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  await expect(input).toHaveValue('25000');
  const goal = field(page, 'goal.amount');
  await goal.fill('40');
  await goal.press('Enter');
  await expect.poll(submits).toEqual([
    { field: 'digital.stages.0.volume', cancelled: true },
    { field: 'goal.amount', cancelled: true },
  ]);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  await expect(goal).toHaveValue('40');
  expect(new URL(page.url()).search).toBe('');
});

// Regression (speed): every field's value was derived from the whole funnel, so each
// keystroke wrote all ~60 input values back (each write forcing a layout). A field's
// element is only written when its own value changes: a value the page holds in another
// field survives a keystroke elsewhere.
test('a keystroke in one field writes no other field', async ({ page }) => {
  const other = field(page, 'digital.stages.1.cost');
  const before = await other.inputValue();
  // Change the other field's DOM value behind the app's back (no input event).
  await other.evaluate((el) => { el.value = 'untouched'; });
  const volume = field(page, 'digital.stages.0.volume');
  // The first stage's volume is the base of every "% of first": its text shows that the
  // app has handled each keystroke (ten times the volume, then the old one back).
  const ofFirst = page.locator('.stages [data-kpi="of_first"][data-funnel="digital"][data-stage="1"]');
  const shareBefore = await ofFirst.textContent();
  await volume.press('End');
  await volume.press('1');
  await expect(ofFirst).not.toHaveText(shareBefore);
  await volume.press('Backspace');
  await expect(ofFirst).toHaveText(shareBefore);
  await expect(other).toHaveValue('untouched');
  // Its own change still reaches it: the model's value comes back when it changes.
  await other.evaluate((el) => { el.value = ''; });
  await other.fill(String(Number(before || 0) + 5));
  await expect(other).toHaveValue(String(Number(before || 0) + 5));
});
