// Never lose work: autosave and reload, unreadable saved data kept aside, blocked
// storage, two tabs, named scenarios with undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, kpi, typeInto, shot } from './harness.mjs';

const KEY = 'funnel-calculator/state';
let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const value = (page, name) => page.inputValue(`[name="${name}"]`);
/** Autosave waits for a pause in typing; wait until the store has the text. */
const saved = (page, text) => page.waitForFunction(
  ([k, t]) => (localStorage.getItem(k) ?? '').includes(t), [KEY, text]);

test('edits survive a reload and a closed tab', async () => {
  const { page, context } = await open(env);
  await typeInto(page, 'service.stages.0.volume', '7777');
  await typeInto(page, 'digital.name', 'My course');
  await saved(page, '7777');
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await value(page, 'service.stages.0.volume'), '7777');
  assert.equal(await value(page, 'digital.name'), 'My course');
  // A closed tab: a new page in the same profile.
  await page.close();
  const again = await context.newPage();
  await again.goto(env.server.url);
  await again.waitForSelector('html[data-ready="true"]');
  assert.equal(await value(again, 'service.stages.0.volume'), '7777');
  await context.close();
});

test('unreadable saved data is kept under a backup key and reported; the app works', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(([k]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, '{"version":1,"current":garbage');
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY]);
  const { page } = await open(env, { context });
  const notice = page.locator('.notice.warning', { hasText: 'could not be read' });
  await notice.waitFor();
  const text = await notice.innerText();
  const backupKey = text.match(/“([^”]+)”/)[1];
  const kept = await page.evaluate((k) => localStorage.getItem(k), backupKey);
  assert.equal(kept, '{"version":1,"current":garbage');
  assert.ok((await kpi(page, 'cac', 'digital')) > 0);
  await shot(page, 'corrupt-storage');
  // Editing saves a fresh state; the backup stays.
  await typeInto(page, 'digital.stages.0.volume', '12000');
  await saved(page, '12000');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backupKey), kept);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('with localStorage blocked the app computes and says it cannot save', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const { page } = await open(env, { context });
  await page.locator('.notice', { hasText: 'does not let the calculator save' }).waitFor();
  const customerStage = await page.inputValue('[name="digital.roles.customer"]');
  await typeInto(page, `digital.stages.${customerStage}.volume`, '20');
  await page.waitForFunction(() => document.querySelector('td[data-kpi="customers"][data-funnel="digital"]').dataset.value === '20');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('another tab\'s change is announced instead of silently overwritten', async () => {
  const { page: a, context } = await open(env);
  const b = await context.newPage();
  await b.goto(env.server.url);
  await b.waitForSelector('html[data-ready="true"]');
  await typeInto(a, 'digital.stages.0.volume', '31337');
  await saved(a, '31337');
  const banner = b.locator('.other-tab');
  await banner.waitFor();
  await b.getByRole('button', { name: "Load the other tab's version" }).click();
  assert.equal(await value(b, 'digital.stages.0.volume'), '31337');
  await context.close();
});

test('named scenarios: save, change, open, rename, delete and undo', async () => {
  const { page, context } = await open(env);
  await typeInto(page, 'scenario.name', 'Baseline');
  await page.getByRole('button', { name: 'Save as named scenario' }).click();
  await page.locator('.scenario-item', { hasText: 'Baseline' }).waitFor();
  const original = await value(page, 'digital.stages.0.volume');
  await typeInto(page, 'digital.stages.0.volume', '99');
  await page.locator('.scenario-item', { hasText: 'Baseline' }).getByRole('button', { name: 'Open' }).click();
  assert.equal(await value(page, 'digital.stages.0.volume'), original);
  // Undo brings back the pair that was replaced.
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  assert.equal(await value(page, 'digital.stages.0.volume'), '99');
  // Duplicate, rename the copy, delete it and undo the delete.
  await page.locator('.scenario-item').first().getByRole('button', { name: 'Duplicate' }).click();
  await page.locator('.scenario-item', { hasText: 'Baseline copy' }).waitFor();
  await page.locator('.scenario-item').nth(1).getByRole('button', { name: 'Rename' }).click();
  await typeInto(page, 'scenarios.1.name', 'Stretch goal');
  await page.keyboard.press('Enter');
  await page.locator('.scenario-item', { hasText: 'Stretch goal' }).waitFor();
  await page.locator('.scenario-item', { hasText: 'Stretch goal' }).getByRole('button', { name: 'Delete' }).click();
  assert.equal(await page.locator('.scenario-item', { hasText: 'Stretch goal' }).count(), 0);
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await page.locator('.scenario-item', { hasText: 'Stretch goal' }).waitFor();
  // Saved scenarios survive a reload.
  await saved(page, 'Stretch goal');
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.locator('.scenario-item').count(), 2);
  await shot(page, 'scenarios');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('reset to examples can be undone', async () => {
  const { page, context } = await open(env);
  await typeInto(page, 'service.offer.price', '12345');
  await page.getByRole('button', { name: 'Reset to examples' }).click();
  assert.notEqual(await value(page, 'service.offer.price'), '12345');
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  assert.equal(await value(page, 'service.offer.price'), '12345');
  await context.close();
});
