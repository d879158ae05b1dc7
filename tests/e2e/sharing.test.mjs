// Handing results over: share links (good, malformed, hostile), JSON export and import
// (good and bad files), CSV export.
import { readFile } from 'node:fs/promises';
import { test, expect, ready, kpi, kpiCell, field, typeInto, shot } from './harness.mjs';

const KEY = 'funnel-calculator/state';
/** Autosave waits for a pause in typing; wait until the store has the text. */
const saved = (page, text) => expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY), `saved: ${text}`).toContain(text);

test('a share link opens the same numbers in a fresh browser', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.goto(page);
  await typeInto(page, 'digital.stages.0.volume', '54321');
  await typeInto(page, 'service.name', 'Agency <b>retainer</b>');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const linkField = field(page, 'share.link');
  await expect(linkField).toHaveValue(/#s=[A-Za-z0-9_-]+$/);
  const link = await linkField.inputValue();
  await expect(page.locator('.notice', { hasText: 'copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const cac = await kpiCell(page, 'cac', 'digital').getAttribute('data-value');

  const { page: other } = await app.open(link);
  await expect(field(other, 'digital.stages.0.volume')).toHaveValue('54321');
  await expect(field(other, 'service.name')).toHaveValue('Agency <b>retainer</b>');
  // The name is text, never markup.
  await expect(other.locator('legend b')).toHaveCount(0);
  await expect(other.locator('fieldset[data-side="service"] legend')).toHaveText('Agency <b>retainer</b>');
  await expect(kpiCell(other, 'cac', 'digital')).toHaveAttribute('data-value', cac);
  // The scenario left the address, so a reload shows the (autosaved) edits.
  await expect.poll(() => new URL(other.url()).hash).toBe('');
  await saved(other, '54321');
  await other.reload();
  await ready(other);
  await expect(field(other, 'digital.stages.0.volume')).toHaveValue('54321');
});

test('opening a link keeps the pair the user had as a named scenario', async ({ app, page }) => {
  await app.goto(page);
  await typeInto(page, 'digital.stages.0.volume', '1111');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const linkField = field(page, 'share.link');
  await expect(linkField).toHaveValue(/#s=/);
  const link = await linkField.inputValue();
  await typeInto(page, 'digital.stages.0.volume', '2222');
  await saved(page, '2222');
  await page.goto(link);
  await page.reload();
  await ready(page);
  await expect(field(page, 'digital.stages.0.volume')).toHaveValue('1111');
  await expect(page.locator('.scenario-item', { hasText: 'before opening a link' })).toBeVisible();
});

test('malformed and hostile links show a message and load nothing harmful', async ({ app }) => {
  for (const fragment of ['#s=%%%not-base64', '#s=' + Buffer.from('{"version":1,"scenario":42}').toString('base64url'),
    '#s=' + Buffer.from('{"version":999,"scenario":{}}').toString('base64url'), '#s=' + 'A'.repeat(70000)]) {
    const { page } = await app.open(fragment);
    await expect(page.locator('.notice.error')).toBeVisible();
    await expect.poll(() => kpi(page, 'cac', 'digital'), `still computes after ${fragment.slice(0, 30)}`).toBeGreaterThan(0);
  }
  const hostile = { version: 1, scenario: { name: '<img src=x onerror=alert(1)>', digital: { name: '<script>alert(1)</script>', stages: [{ name: '"><svg onload=alert(1)>', volume: '10' }] } } };
  // Dialogs are counted from before the page loads.
  const context = await app.newContext();
  let dialogs = 0;
  context.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  const { page } = await app.open('#s=' + Buffer.from(JSON.stringify(hostile)).toString('base64url'), { context });
  // The hostile names are shown, as text: the app has handled the link.
  await expect(field(page, 'digital.name')).toHaveValue('<script>alert(1)</script>');
  await expect(field(page, 'digital.stages.0.name')).toHaveValue('"><svg onload=alert(1)>');
  await expect(page.locator('fieldset[data-side="digital"] legend')).toHaveText('<script>alert(1)</script>');
  await expect(page.locator('img[src="x"], fieldset script, svg[onload]')).toHaveCount(0);
  // alert() blocks the page until the dialog is dismissed: any dialog raised while the
  // names were rendered was reported before the page answered the checks above.
  expect(dialogs).toBe(0);
  await shot(page, 'hostile-link');
});

test('export JSON, import it back; a bad file gets a clear message', async ({ app, page }) => {
  await app.goto(page);
  const price = field(page, 'service.offer.price');
  await typeInto(page, 'service.offer.price', '4321');
  await expect(price).toHaveValue('4321');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const json = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(json.version).toBe(1);
  expect(json.scenario.service.offer.price).toBe('4321');

  await page.setInputFiles('input[name="import"]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "scenario": [') });
  await expect(page.locator('.notice.error', { hasText: 'broken.json' })).toBeVisible();
  await page.setInputFiles('input[name="import"]', { name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) });
  await expect(page.locator('.notice.error', { hasText: 'photo.json' })).toBeVisible();
  // A CSV picked by mistake is told so plainly, without the parser's line and column.
  await page.setInputFiles('input[name="import"]', { name: 'kpis.csv', mimeType: 'text/csv', buffer: Buffer.from('kpi,digital,service\ncac,231,2350\n') });
  const csv = page.locator('.notice.error', { hasText: 'kpis.csv' });
  await expect(csv).toContainText('not a scenario saved by this calculator');
  await expect(csv).not.toContainText('line 1');
  // Both files were refused (the messages above): nothing was loaded.
  await expect(price).toHaveValue('4321');

  await typeInto(page, 'service.offer.price', '1');
  await expect(price).toHaveValue('1');
  await page.setInputFiles('input[name="import"]', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  await expect(price).toHaveValue('4321');
  await expect(page.locator('.undo-bar', { hasText: 'Imported' })).toBeVisible();
  await shot(page, 'import');
});

test('CSV export of the KPI table', async ({ app, page }) => {
  await app.goto(page);
  await expect.poll(() => kpi(page, 'cac', 'digital')).toBeGreaterThan(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export KPI table (CSV)' }).click()]);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.charCodeAt(0), 'starts with a byte order mark for Excel').toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines[0]).toMatch(/^kpi,name,/);
  const cac = lines.find((l) => l.startsWith('cac,'));
  expect(Number(cac.split(',')[2])).toBe(Math.round((await kpi(page, 'cac', 'digital')) * 1e6) / 1e6);
});
