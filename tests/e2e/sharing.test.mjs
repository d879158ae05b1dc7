// Handing results over: share links (good, malformed, hostile), JSON export and import
// (good and bad files), CSV export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, open, kpi, typeInto, shot } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const value = (page, name) => page.inputValue(`[name="${name}"]`);

test('a share link opens the same numbers in a fresh browser', async () => {
  const { page, context } = await open(env);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await typeInto(page, 'digital.stages.0.volume', '54321');
  await typeInto(page, 'service.name', 'Agency <b>retainer</b>');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.inputValue('[name="share.link"]');
  assert.match(link, /#s=[A-Za-z0-9_-]+$/);
  await page.locator('.notice', { hasText: 'copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  const cac = await kpi(page, 'cac', 'digital');

  const fresh = await env.browser.newContext();
  const { page: other } = await open(env, { context: fresh, path: link.slice(env.server.url.length) });
  assert.equal(await value(other, 'digital.stages.0.volume'), '54321');
  assert.equal(await value(other, 'service.name'), 'Agency <b>retainer</b>');
  // The name is text, never markup.
  assert.equal(await other.locator('legend b').count(), 0);
  assert.equal(await kpi(other, 'cac', 'digital'), cac);
  // The scenario left the address, so a reload shows the (autosaved) edits.
  assert.equal(new URL(other.url()).hash, '');
  await other.reload();
  await other.waitForSelector('html[data-ready="true"]');
  assert.equal(await value(other, 'digital.stages.0.volume'), '54321');
  await fresh.close();
  await context.close();
});

test('opening a link keeps the pair the user had as a named scenario', async () => {
  const { page, context } = await open(env);
  await typeInto(page, 'digital.stages.0.volume', '1111');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.inputValue('[name="share.link"]');
  await typeInto(page, 'digital.stages.0.volume', '2222');
  await page.waitForFunction(() => (localStorage.getItem('funnel-calculator/state') ?? '').includes('2222'));
  await page.goto(link);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await value(page, 'digital.stages.0.volume'), '1111');
  await page.locator('.scenario-item', { hasText: 'before opening a link' }).waitFor();
  await context.close();
});

test('malformed and hostile links show a message and load nothing harmful', async () => {
  for (const fragment of ['#s=%%%not-base64', '#s=' + Buffer.from('{"version":1,"scenario":42}').toString('base64url'),
    '#s=' + Buffer.from('{"version":999,"scenario":{}}').toString('base64url'), '#s=' + 'A'.repeat(70000)]) {
    const { page, context } = await open(env, { path: fragment });
    await page.locator('.notice.error').waitFor();
    assert.ok((await kpi(page, 'cac', 'digital')) > 0, `still computes after ${fragment.slice(0, 30)}`);
    assert.deepEqual(page.errors, []);
    await context.close();
  }
  const hostile = { version: 1, scenario: { name: '<img src=x onerror=alert(1)>', digital: { name: '<script>alert(1)</script>', stages: [{ name: '"><svg onload=alert(1)>', volume: '10' }] } } };
  const { page, context } = await open(env, { path: '#s=' + Buffer.from(JSON.stringify(hostile)).toString('base64url') });
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  assert.equal(await value(page, 'digital.name'), '<script>alert(1)</script>');
  assert.equal(await page.locator('img[src="x"], fieldset script, svg[onload]').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  await shot(page, 'hostile-link');
  await context.close();
});

test('export JSON, import it back; a bad file gets a clear message', async () => {
  const { page, context } = await open(env);
  await typeInto(page, 'service.offer.price', '4321');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const json = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(json.version, 1);
  assert.equal(json.scenario.service.offer.price, '4321');

  await page.setInputFiles('input[name="import"]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "scenario": [') });
  await page.locator('.notice.error', { hasText: 'broken.json' }).waitFor();
  await page.setInputFiles('input[name="import"]', { name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) });
  await page.locator('.notice.error', { hasText: 'photo.json' }).waitFor();
  assert.equal(await value(page, 'service.offer.price'), '4321');

  await typeInto(page, 'service.offer.price', '1');
  await page.setInputFiles('input[name="import"]', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  await page.waitForFunction(() => document.querySelector('[name="service.offer.price"]').value === '4321');
  await page.locator('.undo-bar', { hasText: 'Imported' }).waitFor();
  await shot(page, 'import');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('CSV export of the KPI table', async () => {
  const { page, context } = await open(env);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export KPI table (CSV)' }).click()]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.equal(csv.charCodeAt(0), 0xfeff, 'starts with a byte order mark for Excel');
  const lines = csv.slice(1).trim().split('\r\n');
  assert.match(lines[0], /^kpi,name,/);
  const cac = lines.find((l) => l.startsWith('cac,'));
  assert.equal(Number(cac.split(',')[2]), Math.round((await kpi(page, 'cac', 'digital')) * 1e6) / 1e6);
  await context.close();
});
