// Charts: drawn from the live numbers, redrawn when a volume changes, hostile names shown
// as text, a text alternative for each, SVG download; screenshots at two widths.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, typeInto, field, shot, SHOTS } from './harness.mjs';

/** Widths of the funnel chart's bars (rect elements), top to bottom. */
const barWidths = (page, id) => page.$$eval(`[data-chart="${id}"] svg rect`, (rects) =>
  rects.map((r) => Number(r.getAttribute('width'))).filter((w) => w > 0));
const svgOf = (page, id) => page.locator(`[data-chart="${id}"] svg`).evaluate((s) => s.outerHTML);
const summary = (page, id) => page.locator(`[data-chart="${id}"] .chart-summary`);
/** Waits until chart `id`'s drawing shows `text`. */
const drawnWith = (page, id, text, options) => expect.poll(
  () => page.locator(`[data-chart="${id}"] svg`).evaluate((s) => s.textContent), options,
).toContain(text);
/** Waits until chart `id` is drawn at the width it is shown at (widths go in 20 px
 * steps): the start-up measurement of the columns has reached it, so it will not be
 * redrawn at another width later. */
const drawnAtShownWidth = (page, id, message) => expect.poll(() => page.locator(`[data-chart="${id}"] svg`).evaluate((s) => {
  const shown = s.getBoundingClientRect().width;
  const drawn = Number(s.getAttribute('width'));
  return drawn <= shown && shown - drawn < 20;
}), message).toBe(true);
/** Where chart `id` is, in screens from the top of the viewport. */
const screensDown = (page, id) => page.locator(`[data-chart="${id}"]`).evaluate((f) => f.getBoundingClientRect().top / innerHeight);

/** Types `volume` into the digital funnel's first stage, with the charts a screen or more
 * below, and waits until the funnel chart's summary shows it as `shown`. */
async function typeFirstVolume(page, volume, shown) {
  await typeInto(page, 'digital.stages.0.volume', volume);
  await expect(summary(page, 'funnel-digital')).toContainText(shown);
}

/** Resolves once the app would have redrawn a chart on screen for a change it already
 * shows in its text: it asks for that redraw with requestAnimationFrame and draws in a
 * task queued from there (`after_paint`, src/ui/charts.rs). A frame callback asked for
 * now runs after the app's, and a task queued from it runs after the app's task and the
 * updates that task makes. So a drawing that is still the old one here was not redone. */
const pastAppRedraw = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));

/** Scrolls chart `id` into view and resolves once the app has seen it come near the
 * screen and done what that makes it do. The app watches each chart's drawing with an
 * IntersectionObserver (margin: half a screen); one made now, with the same margin, is
 * told in the same task, after it, and then `pastAppRedraw` covers the redraw. */
async function scrollIntoAppView(page, id) {
  const host = page.locator(`[data-chart="${id}"] .chart-svg`);
  await host.evaluate((el) => {
    window.__near = new Promise((ok) => {
      new IntersectionObserver((seen, observer) => {
        if (!seen[seen.length - 1].isIntersecting) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(ok, 0));
      }, { rootMargin: '50% 0px' }).observe(el);
    });
  });
  await host.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.__near);
}

test('every chart is drawn with a title and a text alternative', async ({ app, page }) => {
  await app.goto(page);
  const ids = ['funnel-digital', 'funnel-service', 'steps', 'cycle', 'timeline', 'sensitivity-digital', 'sensitivity-service'];
  for (const id of ids) {
    const fig = page.locator(`[data-chart="${id}"]`);
    await expect(fig.locator('svg[role="img"] > title'), `${id} has an svg title`).toHaveCount(1);
    // textContent: a chart far below the screen is not laid out yet, and has no innerText
    // (its accessibility is checked in a11y.test.mjs).
    await expect.poll(async () => (await fig.locator('.chart-summary').textContent()).length, `${id} has a summary`)
      .toBeGreaterThan(20);
    expect(await fig.locator('svg').evaluate((s) => /NaN|Infinity/.test(s.outerHTML)), `${id} has no NaN or Infinity`).toBe(false);
  }
  await page.locator('.charts').scrollIntoViewIfNeeded();
  await shot(page, 'charts-wide');
});

test('changing a volume changes the funnel chart\'s bar', async ({ app, page }) => {
  await app.goto(page);
  const scale = field(page, 'charts.same_scale');
  await scale.uncheck();
  await expect(scale).not.toBeChecked();
  const before = await barWidths(page, 'funnel-digital');
  const stage1 = Number(await field(page, 'digital.stages.1.volume').inputValue());
  const doubled = Math.round(stage1 * 2);
  await typeInto(page, 'digital.stages.1.volume', String(doubled));
  // Look at the chart, as a person would: charts off screen are redrawn on the way in.
  await page.locator('[data-chart="funnel-digital"]').scrollIntoViewIfNeeded();
  // The drawing shows the new volume: it is the redrawn one.
  await drawnWith(page, 'funnel-digital', new Intl.NumberFormat('en-US').format(doubled));
  const after = await barWidths(page, 'funnel-digital');
  expect(Math.max(...after), 'the top bar keeps its width').toBeGreaterThanOrEqual(Math.max(...before) * 0.99);
  expect(after).not.toEqual(before);
});

// Drawing and inserting the SVGs was most of a keystroke's cost, and while someone types
// in the stage table the charts are usually a screen or more below. So a chart off screen
// keeps its drawing until it comes near the viewport; its text alternative (read by
// screen readers wherever they are) is current all the time.
test('a chart off screen is redrawn as it comes into view, its summary at once', async ({ app, page }) => {
  await app.goto(page);
  const id = 'funnel-digital';
  // Settled first: at start-up a chart is redrawn once the column widths are known.
  await drawnAtShownWidth(page, id, 'drawn at its shown width');
  const drawn = await svgOf(page, id);
  await typeFirstVolume(page, '1234567', '1,234,567');
  const top = await screensDown(page, id);
  expect(top, `the chart is more than half a screen below (top at ${top.toFixed(2)} screens)`).toBeGreaterThan(1.5);
  // The summary shows the new volume; past the point where the app would redraw a chart
  // on screen, this one still has its old drawing.
  await pastAppRedraw(page);
  expect(await svgOf(page, id), 'not redrawn while off screen').toBe(drawn);
  await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
  await drawnWith(page, id, '1,234,567');
  await expect(summary(page, id)).toContainText('1,234,567');
});

// A chart on screen is drawn in the frame after the keystroke's: the typed character,
// the tables and the chart's text alternative come first, and the drawing (plotters
// measures every label through the page) follows.
test('a chart on screen follows a keystroke in the next frame, its summary at once', async ({ app }) => {
  const { page } = await app.open('', { viewport: { width: 1280, height: 5200 } });
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
  await expect.poll(() => page.evaluate(() => window.__frame ?? null), 'the keystroke\'s frame came').not.toBeNull();
  const frame = await page.evaluate(() => window.__frame);
  expect(frame.summary, 'the summary shows the new volume in the keystroke\'s frame').toMatch(/12,345,678/);
  expect(frame.svg, 'the drawing is not redone before that frame').not.toMatch(/12,345,678/);
  // It is redone right after: past `pastAppRedraw`, the point the off-screen tests take as
  // "a chart on screen would have been redrawn by now", it is.
  await pastAppRedraw(page);
  expect(await page.locator(`[data-chart="${id}"] svg`).textContent(), 'drawn once that frame is painted').toMatch(/12,345,678/);
});

// At start-up the charts learn their widths while they all count as shown, just before
// most turn out to be off screen: that redraw must still happen, or a chart drawn at the
// old width jumps when scrolled to (and a click aimed at its buttons misses).
test('a chart below the screen at start-up is drawn at its width before it is shown', async ({ app, page }) => {
  await app.goto(page);
  const id = 'timeline';
  const svg = page.locator(`[data-chart="${id}"] svg`);
  const width = () => svg.evaluate((s) => Number(s.getAttribute('width')));
  // Drawn at the width it is shown at, while off screen: the start-up measurement has
  // reached it.
  await drawnAtShownWidth(page, id, 'the timeline is drawn at its shown width before it is scrolled to');
  const before = await width();
  const top = await screensDown(page, id);
  expect(top, `the chart starts off screen (top at ${top.toFixed(2)} screens)`).toBeGreaterThan(1.5);
  await scrollIntoAppView(page, id);
  expect(await width(), 'not redrawn at another width when scrolled to').toBe(before);
});

test('printing redraws the charts kept as they were off screen', async ({ app, page }) => {
  await app.goto(page);
  const id = 'funnel-digital';
  const drawn = await svgOf(page, id);
  await typeFirstVolume(page, '7654321', '7,654,321');
  await pastAppRedraw(page);
  expect(await svgOf(page, id), 'still the old drawing off screen').toBe(drawn);
  // page.pdf() prints: the page gets beforeprint, as with the browser's Print. It
  // resolves once the page is printed, so the drawing now is the printed one.
  await page.pdf({ format: 'A4' });
  expect(await svgOf(page, id), 'the printed chart shows the new volume').toMatch(/7,654,321/);
});

// window.print() blocks until the print dialog closes, so a redraw asked for by its own
// beforeprint would only reach the page afterwards. The Print button draws first.
test('the Print button prints charts redrawn first', async ({ app, page }) => {
  await app.goto(page);
  const id = 'funnel-digital';
  await typeFirstVolume(page, '7654321', '7,654,321');
  await pastAppRedraw(page);
  expect(await svgOf(page, id), 'the chart off screen still has its old drawing').not.toMatch(/7,654,321/);
  // What the printout would show: the chart's markup at the moment print() runs.
  await page.evaluate((id) => { window.print = () => { window.__printed = document.querySelector(`[data-chart="${id}"] svg`).outerHTML; }; }, id);
  await page.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => page.evaluate(() => window.__printed ?? null), 'print() ran').not.toBeNull();
  expect(await page.evaluate(() => window.__printed)).toMatch(/7,654,321/);
});

test('stage names are escaped in charts', async ({ app }) => {
  // Dialogs and requests are watched from before the page loads.
  const context = await app.newContext();
  let dialogs = 0;
  context.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  // <img src=x>, wherever it were parsed (even detached), would fetch /x.
  const imageFetches = [];
  context.on('request', (r) => { if (new URL(r.url()).pathname === '/x') imageFetches.push(r.url()); });
  const { page } = await app.open('', { context });
  await typeInto(page, 'digital.stages.0.name', '<img src=x onerror=alert(1)>');
  await typeInto(page, 'service.stages.0.name', '"><script>alert(2)</script>');
  await page.locator('[data-chart="funnel-digital"]').scrollIntoViewIfNeeded();
  // Both names are drawn, as text: the app has handled them.
  await drawnWith(page, 'funnel-digital', '<img');
  await drawnWith(page, 'funnel-service', '<script>');
  await expect(page.locator('.charts img, .charts script')).toHaveCount(0);
  // alert() blocks the page until the dialog is dismissed, so any dialog raised while
  // drawing was reported before the page answered the polls above.
  expect(dialogs).toBe(0);
  expect(imageFetches).toEqual([]);
});

test('a chart downloads as SVG and as PNG', async ({ app, page }) => {
  await app.goto(page);
  const fig = page.locator('[data-chart="timeline"]');
  const [svg] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svg.suggestedFilename()).toMatch(/timeline\.svg$/);
  expect(await readFile(await svg.path(), 'utf8')).toMatch(/^<svg[^>]*role="img"/);
  const [png] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: 'Download PNG' }).click()]);
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(1, 4)], 'a PNG signature').toEqual([0x50, 0x4e, 0x47]);
});

test('narrow phone layout: funnels stack and charts fit the screen', async ({ app }) => {
  const { page } = await app.open('', { viewport: { width: 360, height: 800 } });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no horizontal page scroll at 360 px')
    .toBeLessThanOrEqual(1);
  const [a, b] = await page.$$eval('fieldset.funnel', (fs) => fs.map((f) => f.getBoundingClientRect().top));
  expect(b, 'the service funnel is below the digital one').toBeGreaterThan(a + 100);
  // Charts are drawn at the width they are shown at, so their text stays legible.
  const steps = page.locator('[data-chart="steps"] svg');
  await steps.scrollIntoViewIfNeeded();
  await expect.poll(() => steps.evaluate((s) => Number(s.getAttribute('width')))).toBeLessThanOrEqual(360);
  const [drawn, shown] = await steps.evaluate((s) => [Number(s.getAttribute('width')), s.getBoundingClientRect().width]);
  expect(Math.abs(drawn - shown), `drawn ${drawn} px, shown ${shown} px`).toBeLessThan(40);
  await shot(page, 'narrow');
  await page.locator('[data-chart="steps"]').screenshot({ path: join(SHOTS, 'narrow-steps.png') });
});
