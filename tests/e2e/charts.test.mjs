// Charts: drawn from the live numbers, redrawn when a volume changes, hostile names shown
// as text, a text alternative for each, SVG download; screenshots at two widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, open, typeInto, shot } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** Widths of the funnel chart's bars (rect elements), top to bottom. */
const barWidths = (page, id) => page.$$eval(`[data-chart="${id}"] svg rect`, (rects) =>
  rects.map((r) => Number(r.getAttribute('width'))).filter((w) => w > 0));

test('every chart is drawn with a title and a text alternative', async () => {
  const { page, context } = await open(env);
  const ids = ['funnel-digital', 'funnel-service', 'steps', 'cycle', 'timeline', 'sensitivity-digital', 'sensitivity-service'];
  for (const id of ids) {
    const fig = page.locator(`[data-chart="${id}"]`);
    assert.equal(await fig.locator('svg[role="img"] > title').count(), 1, `${id} has an svg title`);
    assert.ok((await fig.locator('.chart-summary').innerText()).length > 20, `${id} has a summary`);
    assert.equal(await fig.locator('svg').evaluate((s) => /NaN|Infinity/.test(s.outerHTML)), false);
  }
  await page.locator('.charts').scrollIntoViewIfNeeded();
  await shot(page, 'charts-wide');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('changing a volume changes the funnel chart\'s bar', async () => {
  const { page, context } = await open(env);
  await page.uncheck('[name="charts.same_scale"]');
  const before = await barWidths(page, 'funnel-digital');
  const stage1 = Number(await page.inputValue('[name="digital.stages.1.volume"]'));
  await typeInto(page, 'digital.stages.1.volume', String(Math.round(stage1 * 2)));
  await page.waitForFunction((b) => {
    const w = [...document.querySelectorAll('[data-chart="funnel-digital"] svg rect')].map((r) => Number(r.getAttribute('width'))).filter((x) => x > 0);
    return JSON.stringify(w) !== b;
  }, JSON.stringify(before));
  const after = await barWidths(page, 'funnel-digital');
  assert.ok(Math.max(...after) >= Math.max(...before) * 0.99, 'the top bar keeps its width');
  assert.notDeepEqual(after, before);
  await context.close();
});

test('stage names are escaped in charts', async () => {
  const { page, context } = await open(env);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await typeInto(page, 'digital.stages.0.name', '<img src=x onerror=alert(1)>');
  await typeInto(page, 'service.stages.0.name', '"><script>alert(2)</script>');
  await page.waitForFunction(() => document.querySelector('[data-chart="funnel-digital"] svg').textContent.includes('<img'));
  assert.equal(await page.locator('.charts img, .charts script').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a chart downloads as SVG and as PNG', async () => {
  const { page, context } = await open(env);
  const fig = page.locator('[data-chart="timeline"]');
  const [svg] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: 'Download SVG' }).click()]);
  assert.match(svg.suggestedFilename(), /timeline\.svg$/);
  assert.match(await readFile(await svg.path(), 'utf8'), /^<svg[^>]*role="img"/);
  const [png] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: 'Download PNG' }).click()]);
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG signature');
  await context.close();
});

test('narrow phone layout: funnels stack and charts fit the screen', async () => {
  const { page, context } = await open(env, { viewport: { width: 360, height: 800 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal page scroll at 360 px (overflow ${overflow}px)`);
  const [a, b] = await page.$$eval('fieldset.funnel', (fs) => fs.map((f) => f.getBoundingClientRect().top));
  assert.ok(b > a + 100, 'the service funnel is below the digital one');
  // Charts are drawn at the width they are shown at, so their text stays legible.
  await page.locator('[data-chart="steps"]').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => Number(document.querySelector('[data-chart="steps"] svg').getAttribute('width')) <= 360);
  const drawn = await page.$eval('[data-chart="steps"] svg', (s) => [Number(s.getAttribute('width')), s.getBoundingClientRect().width]);
  assert.ok(Math.abs(drawn[0] - drawn[1]) < 40, `drawn ${drawn[0]} px, shown ${drawn[1]} px`);
  await shot(page, 'narrow');
  await page.locator('[data-chart="steps"]').screenshot({ path: 'tests/e2e/screenshots/narrow-steps.png' });
  await context.close();
});
