// Goal mode: a target gives the volume each stage needs and the budget, side by side.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, typeInto, shot } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const attr = (page, sel) => page.getAttribute(sel, 'data-value').then(Number);

test('a customers target scales every stage by the step rates', async () => {
  const { page, context } = await open(env);
  await typeInto(page, 'goal.amount', '100');
  const customerStage = Number(await page.inputValue('[name="digital.roles.customer"]'));
  await page.waitForFunction((i) => document.querySelector(`td[data-kpi="goal_volume"][data-funnel="digital"][data-stage="${i}"]`)?.dataset.value === '100', customerStage);
  // The stage before the customer stage needs 100 / (its step rate).
  const prev = Number(await page.inputValue(`[name="digital.stages.${customerStage - 1}.volume"]`));
  const cust = Number(await page.inputValue(`[name="digital.stages.${customerStage}.volume"]`));
  const needed = await attr(page, `td[data-kpi="goal_volume"][data-funnel="digital"][data-stage="${customerStage - 1}"]`);
  assert.ok(Math.abs(needed - 100 / (cust / prev)) < 1e-6, `needed ${needed}`);
  const budget = await attr(page, 'td[data-kpi="goal_budget"][data-funnel="digital"]');
  assert.ok(budget > 0);
  // Twice the target, about twice the variable budget.
  await typeInto(page, 'goal.amount', '200');
  await page.waitForFunction((b) => Number(document.querySelector('td[data-kpi="goal_budget"][data-funnel="digital"]').dataset.value) > b, budget);
  await page.locator('.goal').scrollIntoViewIfNeeded();
  await shot(page, 'goal');
  await context.close();
});

test('an MRR target on a one-time funnel says why it cannot be planned; bad amounts get a message', async () => {
  const { page, context } = await open(env);
  await page.selectOption('[name="goal.kind"]', 'mrr');
  await typeInto(page, 'goal.amount', '5000');
  await page.locator('[data-goal-error="service"]', { hasText: 'subscription' }).waitFor();
  assert.ok(await attr(page, 'td[data-kpi="goal_budget"][data-funnel="digital"]') > 0);
  await typeInto(page, 'goal.amount', 'lots');
  await page.locator('[id="goal.amount-error"]').filter({ hasText: /number/i }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});
