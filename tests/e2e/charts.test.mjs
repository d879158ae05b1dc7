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
    // textContent: a chart far below the screen is not laid out yet, and has no innerText
    // (its accessibility is checked in a11y.test.mjs).
    assert.ok((await fig.locator('.chart-summary').textContent()).length > 20, `${id} has a summary`);
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
  // Look at the chart, as a person would: charts off screen are redrawn on the way in.
  await page.locator('[data-chart="funnel-digital"]').scrollIntoViewIfNeeded();
  await page.waitForFunction((b) => {
    const w = [...document.querySelectorAll('[data-chart="funnel-digital"] svg rect')].map((r) => Number(r.getAttribute('width'))).filter((x) => x > 0);
    return JSON.stringify(w) !== b;
  }, JSON.stringify(before));
  const after = await barWidths(page, 'funnel-digital');
  assert.ok(Math.max(...after) >= Math.max(...before) * 0.99, 'the top bar keeps its width');
  assert.notDeepEqual(after, before);
  await context.close();
});

const svgOf = (page, id) => page.$eval(`[data-chart="${id}"] svg`, (s) => s.outerHTML);
const summaryOf = (page, id) => page.locator(`[data-chart="${id}"] .chart-summary`).innerText();
/** Waits until chart `id`'s drawing shows `text`. */
const drawnWith = (page, id, text, options) => page.waitForFunction(([id, text]) =>
  document.querySelector(`[data-chart="${id}"] svg`).textContent.includes(text), [id, text], options);

/** Types `volume` into the digital funnel's first stage, with the charts a screen or more
 * below, and waits until the funnel chart's summary shows it as `shown`. */
async function typeFirstVolume(page, volume, shown) {
  await typeInto(page, 'digital.stages.0.volume', volume);
  await page.waitForFunction((shown) => document.querySelector('[data-chart="funnel-digital"] .chart-summary').textContent.includes(shown), shown);
}

// Drawing and inserting the SVGs was most of a keystroke's cost, and while someone types
// in the stage table the charts are usually a screen or more below. So a chart off screen
// keeps its drawing until it comes near the viewport; its text alternative (read by
// screen readers wherever they are) is current all the time.
test('a chart off screen is redrawn as it comes into view, its summary at once', async () => {
  const { page, context } = await open(env);
  const id = 'funnel-digital';
  const drawn = await svgOf(page, id);
  await typeFirstVolume(page, '1234567', '1,234,567');
  const top = await page.$eval(`[data-chart="${id}"]`, (f) => f.getBoundingClientRect().top / innerHeight);
  assert.ok(top > 1.5, `the chart is more than half a screen below (top at ${top.toFixed(2)} screens)`);
  await page.waitForTimeout(300);
  assert.equal(await svgOf(page, id), drawn, 'not redrawn while off screen');
  await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
  await drawnWith(page, id, '1,234,567');
  assert.match(await summaryOf(page, id), /1,234,567/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// A chart on screen is drawn in the frame after the keystroke's: the typed character,
// the tables and the chart's text alternative come first, and the drawing (plotters
// measures every label through the page) follows.
test('a chart on screen follows a keystroke in the next frame, its summary at once', async () => {
  const { page, context } = await open(env, { viewport: { width: 1280, height: 5200 } });
  const id = 'funnel-digital';
  await typeFirstVolume(page, '1234567', '1,234,567');
  await drawnWith(page, id, '1,234,567');
  await page.focus('[name="digital.stages.0.volume"]');
  await page.keyboard.press('End');
  // What the keystroke's own frame shows, read just before that frame is painted.
  await page.evaluate((id) => {
    addEventListener('keydown', () => requestAnimationFrame(() => {
      const fig = document.querySelector(`[data-chart="${id}"]`);
      window.__frame = { summary: fig.querySelector('.chart-summary').textContent, svg: fig.querySelector('svg').textContent };
    }), { capture: true, once: true });
  }, id);
  await page.keyboard.press('8');
  await page.waitForFunction(() => window.__frame !== undefined);
  const frame = await page.evaluate(() => window.__frame);
  assert.match(frame.summary, /12,345,678/, 'the summary shows the new volume in the keystroke\'s frame');
  assert.doesNotMatch(frame.svg, /12,345,678/, 'the drawing is not redone before that frame');
  await drawnWith(page, id, '12,345,678', { timeout: 2000 });
  assert.deepEqual(page.errors, []);
  await context.close();
});

// At start-up the charts learn their widths while they all count as shown, just before
// most turn out to be off screen: that redraw must still happen, or a chart drawn at the
// old width jumps when scrolled to (and a click aimed at its buttons misses).
test('a chart below the screen at start-up is drawn at its width before it is shown', async () => {
  const { page, context } = await open(env);
  const id = 'timeline';
  await page.waitForTimeout(500);
  const width = () => page.$eval(`[data-chart="${id}"] svg`, (s) => Number(s.getAttribute('width')));
  const before = await width();
  const top = await page.$eval(`[data-chart="${id}"]`, (f) => f.getBoundingClientRect().top / innerHeight);
  assert.ok(top > 1.5, `the chart starts off screen (top at ${top.toFixed(2)} screens)`);
  await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  assert.equal(await width(), before, 'not redrawn at another width when scrolled to');
  await context.close();
});

test('printing redraws the charts kept as they were off screen', async () => {
  const { page, context } = await open(env);
  const id = 'funnel-digital';
  const drawn = await svgOf(page, id);
  await typeFirstVolume(page, '7654321', '7,654,321');
  assert.equal(await svgOf(page, id), drawn, 'still the old drawing off screen');
  // page.pdf() prints: the page gets beforeprint, as with the browser's Print.
  await page.pdf({ format: 'A4' });
  assert.match(await svgOf(page, id), /7,654,321/, 'the printed chart shows the new volume');
  assert.deepEqual(page.errors, []);
  await context.close();
});

// window.print() blocks until the print dialog closes, so a redraw asked for by its own
// beforeprint would only reach the page afterwards. The Print button draws first.
test('the Print button prints charts redrawn first', async () => {
  const { page, context } = await open(env);
  const id = 'funnel-digital';
  await typeFirstVolume(page, '7654321', '7,654,321');
  assert.doesNotMatch(await svgOf(page, id), /7,654,321/, 'the chart off screen still has its old drawing');
  // What the printout would show: the chart's markup at the moment print() runs.
  await page.evaluate((id) => { window.print = () => { window.__printed = document.querySelector(`[data-chart="${id}"] svg`).outerHTML; }; }, id);
  await page.getByRole('button', { name: 'Print' }).click();
  await page.waitForFunction(() => window.__printed !== undefined);
  assert.match(await page.evaluate(() => window.__printed), /7,654,321/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('stage names are escaped in charts', async () => {
  const { page, context } = await open(env);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await typeInto(page, 'digital.stages.0.name', '<img src=x onerror=alert(1)>');
  await typeInto(page, 'service.stages.0.name', '"><script>alert(2)</script>');
  await page.locator('[data-chart="funnel-digital"]').scrollIntoViewIfNeeded();
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
