// Goal mode: a target gives the volume each stage needs and the budget, side by side.
import { test, expect, field, typeInto, shot } from './harness.mjs';

const cell = (page, sel) => page.locator(sel);
const attr = (page, sel) => cell(page, sel).getAttribute('data-value').then(Number);

test('a customers target scales every stage by the step rates', async ({ app, page }) => {
  await app.goto(page);
  await typeInto(page, 'goal.amount', '100');
  const customerStage = Number(await field(page, 'digital.roles.customer').inputValue());
  await expect(cell(page, `td[data-kpi="goal_volume"][data-funnel="digital"][data-stage="${customerStage}"]`))
    .toHaveAttribute('data-value', '100');
  // The stage before the customer stage needs 100 / (its step rate).
  const prev = Number(await field(page, `digital.stages.${customerStage - 1}.volume`).inputValue());
  const cust = Number(await field(page, `digital.stages.${customerStage}.volume`).inputValue());
  const neededSel = `td[data-kpi="goal_volume"][data-funnel="digital"][data-stage="${customerStage - 1}"]`;
  await expect.poll(async () => Math.abs((await attr(page, neededSel)) - 100 / (cust / prev)), 'the stage before needs 100 / its step rate')
    .toBeLessThan(1e-6);
  const budgetSel = 'td[data-kpi="goal_budget"][data-funnel="digital"]';
  await expect.poll(() => attr(page, budgetSel)).toBeGreaterThan(0);
  const budget = await attr(page, budgetSel);
  // Twice the target, about twice the variable budget.
  await typeInto(page, 'goal.amount', '200');
  await expect.poll(() => attr(page, budgetSel)).toBeGreaterThan(budget);
  await page.locator('.goal').scrollIntoViewIfNeeded();
  await shot(page, 'goal');
});

test('an MRR target on a one-time funnel says why it cannot be planned; bad amounts get a message', async ({ app, page }) => {
  await app.goto(page);
  await page.selectOption('[name="goal.kind"]', 'mrr');
  await typeInto(page, 'goal.amount', '5000');
  await expect(page.locator('[data-goal-error="service"]', { hasText: 'subscription' })).toBeVisible();
  await expect.poll(() => attr(page, 'td[data-kpi="goal_budget"][data-funnel="digital"]')).toBeGreaterThan(0);
  await typeInto(page, 'goal.amount', 'lots');
  await expect(page.locator('[id="goal.amount-error"]')).toHaveText(/number/i);
});
