// The app shell: both funnels render with example numbers, and typing a stage volume
// changes the KPIs on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, kpi, typeInto, shot } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('both funnels render with example numbers and computed KPIs', async () => {
  const { page, context } = await open(env);
  assert.equal(await page.locator('fieldset.funnel').count(), 2);
  for (const side of ['digital', 'service']) {
    const cac = await kpi(page, 'cac', side);
    assert.ok(cac > 0, `${side} CAC is a positive number, got ${cac}`);
    const ofPrev = await page.locator(`[data-kpi="of_previous"][data-funnel="${side}"][data-stage="1"]`).innerText();
    assert.match(ofPrev, /%/);
  }
  // On a 1280 px laptop both stage tables fit side by side without scrolling sideways.
  const overflow = await page.$$eval('fieldset.funnel .table-wrap', (ws) => ws.map((w) => w.scrollWidth - w.clientWidth));
  assert.deepEqual(overflow, [0, 0]);
  await shot(page, 'main-wide');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('typing a stage volume updates step conversion and CAC', async () => {
  const { page, context } = await open(env);
  const before = await kpi(page, 'cac', 'digital');
  const customerStage = await page.locator('[name="digital.roles.customer"]').inputValue();
  const current = Number(await page.inputValue(`[name="digital.stages.${customerStage}.volume"]`));
  await typeInto(page, `digital.stages.${customerStage}.volume`, String(current / 2));
  await page.waitForFunction(
    (b) => Number(document.querySelector('td[data-kpi="cac"][data-funnel="digital"]').dataset.value) !== b,
    before,
  );
  const after = await kpi(page, 'cac', 'digital');
  // Half the customers for the same cost: twice the CAC.
  assert.ok(Math.abs(after - before * 2) < 1e-6 * before, `CAC ${before} → ${after}`);
  const step = await page.locator(`[data-kpi="of_previous"][data-funnel="digital"][data-stage="${customerStage}"]`).innerText();
  assert.match(step, /%/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a wrong value shows an error next to its field, and the KPIs keep the last good numbers', async () => {
  const { page, context } = await open(env);
  const before = await kpi(page, 'cac', 'service');
  await typeInto(page, 'service.stages.0.volume', 'abc');
  const error = page.locator('[id="service.stages.0.volume-error"]');
  await error.waitFor();
  assert.match(await error.innerText(), /number/i);
  assert.equal(await page.getAttribute('[name="service.stages.0.volume"]', 'aria-invalid'), 'true');
  assert.equal(await kpi(page, 'cac', 'service'), before);
  await shot(page, 'field-error');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('stages: add, rename, reorder with the keyboard, remove; presets; roles follow', async () => {
  const { page, context } = await open(env);
  const rows = () => page.locator('fieldset[data-side="service"] tbody tr[data-stage]');
  const names = () => page.$$eval('fieldset[data-side="service"] input[name$=".name"][name^="service.stages."]', (ins) => ins.map((i) => i.value));
  const count = await rows().count();
  await page.locator('fieldset[data-side="service"]').getByRole('button', { name: 'Add stage' }).click();
  assert.equal(await rows().count(), count + 1);
  await typeInto(page, `service.stages.${count}.name`, 'Referrals');
  await typeInto(page, `service.stages.${count}.volume`, '1');
  // Move it up with the keyboard: focus its "up" button and press Enter.
  await page.getByRole('button', { name: `Move stage ${count + 1} up` }).first().focus();
  await page.keyboard.press('Enter');
  let list = await names();
  assert.equal(list[count - 1], 'Referrals');
  // The customer role stays on the customer stage, which moved down one place.
  assert.equal(await page.inputValue('[name="service.roles.customer"]'), String(count));
  await page.getByRole('button', { name: `Remove stage ${count}` }).last().click();
  list = await names();
  assert.equal(list.includes('Referrals'), false);
  assert.equal(await rows().count(), count);
  // A stage model replaces the stages and keeps a working funnel.
  await page.selectOption('[name="service.preset"]', 'lifecycle');
  list = await names();
  assert.equal(list[0], 'Subscriber');
  assert.ok(list.length >= 6);
  assert.ok((await kpi(page, 'customers', 'service')) > 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// Regression (speed): Chrome's autofill reads the whole form of an input at every
// keystroke, and inputs outside any form count as one form of ~80 fields with two
// 10-stage funnels (7-8 ms a keystroke). Each typed-into input sits alone in a form.
test('each text field is alone in its form, and Enter in a field submits nothing', async () => {
  const { page, context } = await open(env);
  const lonely = await page.evaluate(() => {
    const fields = [...document.querySelectorAll('main input[type="text"]')];
    return { fields: fields.length, crowded: fields.filter((f) => !(f.form && f.form.elements.length === 1)).map((f) => f.name) };
  });
  assert.ok(lonely.fields >= 12, `${lonely.fields} fields`);
  // The funnels' fields, the goal amount and the scenario name.
  assert.deepEqual(lonely.crowded, []);
  // Enter must not submit a one-field form (a reload would lose what was typed).
  await page.evaluate(() => { window.__sameDocument = true; });
  const input = page.locator('[name="digital.stages.0.volume"]');
  await input.fill('25000');
  await input.press('Enter');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  assert.equal(await input.inputValue(), '25000');
  await page.locator('[name="goal.amount"]').fill('40');
  await page.locator('[name="goal.amount"]').press('Enter');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  assert.equal(await page.locator('[name="goal.amount"]').inputValue(), '40');
  assert.equal(new URL(page.url()).search, '');
  assert.deepEqual(page.errors, []);
  await context.close();
});

// Regression (speed): every field's value was derived from the whole funnel, so each
// keystroke wrote all ~60 input values back (each write forcing a layout). A field's
// element is only written when its own value changes: a value the page holds in another
// field survives a keystroke elsewhere.
test('a keystroke in one field writes no other field', async () => {
  const { page, context } = await open(env);
  const other = '[name="digital.stages.1.cost"]';
  const before = await page.inputValue(other);
  // Change the other field's DOM value behind the app's back (no input event).
  await page.evaluate((sel) => { document.querySelector(sel).value = 'untouched'; }, other);
  await page.locator('[name="digital.stages.0.volume"]').press('End');
  await page.locator('[name="digital.stages.0.volume"]').press('1');
  await page.locator('[name="digital.stages.0.volume"]').press('Backspace');
  await page.waitForTimeout(100);
  assert.equal(await page.inputValue(other), 'untouched');
  // Its own change still reaches it: the model's value comes back when it changes.
  await page.evaluate((sel) => { document.querySelector(sel).value = ''; }, other);
  await page.fill(other, String(Number(before || 0) + 5));
  assert.equal(await page.inputValue(other), String(Number(before || 0) + 5));
  assert.deepEqual(page.errors, []);
  await context.close();
});
