// Embedding: a blog page on another origin holds the widget in an iframe; the loader
// sizes the iframe to the content, and follows it as it shrinks and grows; a sandboxed
// iframe (no storage) still computes; the "Embed this" dialog gives a snippet for the
// current scenario.
import { test as base, expect, shot, field, DIST } from './harness.mjs';
import { serve } from './server.mjs';

// The host is another origin (another port): the loader comes from the app's server.
const test = base.extend({
  host: [async ({ server }, use) => {
    const app = server.url;
    const host = await serve(DIST, {
      extra: {
        '/blog.html': `<!doctype html><html lang="en"><head><title>Blog</title></head><body>
          <article style="width:600px;margin:0 auto"><h1>Why funnels leak</h1><p>Some text.</p>
          <iframe id="w" src="${app}?embed" title="Sales funnel calculator" data-funnel-calculator style="width:100%;border:0;height:300px"></iframe>
          <p id="after">After the widget.</p></article>
          <script src="${app}embed.js"></script></body></html>`,
        // A blog's 720 px column, the width the issue measured.
        '/column.html': `<!doctype html><html lang="en"><head><title>Blog</title></head><body style="margin:0">
          <article style="width:720px;margin:0 auto"><h1>Why funnels leak</h1><p>Some text.</p>
          <iframe id="w" src="${app}?embed" title="Sales funnel calculator" data-funnel-calculator style="width:100%;border:0;height:300px"></iframe>
          <p id="after">After the widget.</p></article>
          <script src="${app}embed.js"></script></body></html>`,
        '/sandboxed.html': `<!doctype html><html lang="en"><head><title>Sandboxed</title></head><body>
          <iframe id="w" sandbox="allow-scripts" src="${app}?embed" title="Sales funnel calculator" data-funnel-calculator style="width:600px;border:0;height:300px"></iframe>
          <script src="${app}embed.js"></script></body></html>`,
      },
    });
    await use(host);
    await host.close();
  }, { scope: 'worker' }],
});

async function hostPage(app, host, path, options = {}) {
  const context = await app.newContext({ viewport: { width: 800, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(host.url + path);
  const frame = page.frameLocator('#w');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  // The iframe's height on the host page, in CSS px.
  const height = () => page.locator('#w').evaluate((f) => f.getBoundingClientRect().height);
  return { page, frame, height };
}

/** Opens the widget's expander whose summary reads `label` (the embed folds the editors,
 * the full KPI table and the charts), and waits until it is open. */
async function unfold(frame, label) {
  const details = frame.locator('details.fold').filter({ has: frame.locator('summary', { hasText: label }) });
  await details.locator(':scope > summary').click();
  await expect(details).toHaveAttribute('open', '');
  return details;
}

const serviceRows = (frame) => frame.locator('fieldset[data-side="service"] tbody tr[data-stage]');

/** Removes `count` stages of the service funnel in the widget, from the second-last up. */
async function removeStages(frame, count) {
  const rows = serviceRows(frame);
  const stages = await rows.count();
  expect(stages, 'stages to remove').toBeGreaterThanOrEqual(count + 2);
  for (let n = stages; n > stages - count; n -= 1) {
    await frame.locator('fieldset[data-side="service"]').getByRole('button', { name: `Remove stage ${n - 1}`, exact: true }).click();
    await expect(rows).toHaveCount(n - 1);
  }
}

/** Adds `count` stages to the service funnel in the widget. */
async function addStages(frame, count) {
  const rows = serviceRows(frame);
  const stages = await rows.count();
  for (let n = stages; n < stages + count; n += 1) {
    await frame.locator('fieldset[data-side="service"]').getByRole('button', { name: 'Add stage' }).click();
    await expect(rows).toHaveCount(n + 1);
  }
}

test('the loader sizes the iframe to the widget\'s content, and grows it as stages are added', async ({ app, host }) => {
  const { page, frame, height } = await hostPage(app, host, 'blog.html');
  // From the page's 300 px to the widget's length, the verdict and the folded parts.
  await expect.poll(height, 'the iframe grows to the widget').toBeGreaterThan(600);
  await unfold(frame, 'Edit the funnels');
  // All of the widget is shown: the body's content (overflow included) with its margins,
  // measured apart from the figure the app reports (the root's laid-out height), fits.
  const content = () => frame.locator('body').evaluate((b) => {
    const cs = getComputedStyle(b);
    return b.scrollHeight + parseFloat(cs.marginTop) + parseFloat(cs.marginBottom);
  });
  await expect.poll(async () => (await height()) - (await content()), 'the widget fits in the iframe').toBeGreaterThanOrEqual(0);
  // Compact layout: no tagline, funnels stacked, no goal or scenario panels.
  await expect(frame.locator('.tagline')).toBeHidden();
  await expect(frame.locator('.scenarios')).toHaveCount(0);
  const tops = await frame.locator('fieldset.funnel').evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().top));
  expect(tops[1], 'funnels stacked in a 600 px column').toBeGreaterThan(tops[0] + 100);
  // No inner scroll bar: the page around grows instead.
  const inner = await frame.locator('html').evaluate((h) => h.scrollWidth - h.clientWidth);
  expect(inner, 'no horizontal scroll inside the widget').toBeLessThanOrEqual(1);
  await shot(page, 'embed-host');
  // More stages, a longer widget: the iframe grows with it, and all of it still fits.
  const before = await height();
  await addStages(frame, 3);
  await expect.poll(height, `the iframe grows from ${before}px as three stages are added`).toBeGreaterThan(before);
  await expect.poll(async () => (await height()) - (await content()), 'the longer widget fits in the iframe').toBeGreaterThanOrEqual(0);
});

test('the iframe shrinks after stages are removed, and grows back as they are added', async ({ app, host }) => {
  const { frame, height } = await hostPage(app, host, 'blog.html');
  await unfold(frame, 'Edit the funnels');
  await expect.poll(height, 'the iframe grows to the widget').toBeGreaterThan(1000);
  const full = await height();
  await removeStages(frame, 3);
  await expect.poll(height, `the iframe shrinks from ${full}px after three stages are removed`).toBeLessThan(full);
  const shrunk = await height();
  await addStages(frame, 3);
  await expect.poll(height, `the iframe grows from ${shrunk}px as the stages are added back`).toBeGreaterThan(shrunk);
});

test('a sandboxed iframe without storage still computes and is resized', async ({ app, host }) => {
  const { frame, height } = await hostPage(app, host, 'sandboxed.html');
  await expect(frame.locator('.notice', { hasText: 'does not let the calculator save' })).toBeVisible();
  await expect.poll(async () => Number(await frame.locator('.kpi-table td[data-kpi="cac"][data-funnel="digital"]').getAttribute('data-value')))
    .toBeGreaterThan(0);
  await expect.poll(height, 'the iframe grows to the widget').toBeGreaterThan(600);
});

test('forced dark theme and the embed dialog\'s snippet', async ({ app }) => {
  const { page } = await app.open('?embed&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(13, 17, 23)');
  await unfold(page, 'Show the charts');
  await expect(page.locator('[data-chart="steps"] svg text').first()).toBeAttached();
  // Chart text is light on the dark page.
  const fill = await page.locator('[data-chart="steps"] svg text').first().getAttribute('fill');
  const [r, g, b] = fill.match(/[0-9a-f]{2}/gi).map((h) => parseInt(h, 16));
  expect(r + g + b, `chart text ${fill} is light`).toBeGreaterThan(3 * 160);
  await page.getByRole('button', { name: 'Embed this' }).click();
  const codeField = field(page, 'embed.code');
  await expect(codeField).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed#s=[A-Za-z0-9_-]+"/);
  const code = await codeField.inputValue();
  expect(code).toMatch(/title="Sales funnel calculator"/);
  expect(code).toMatch(/loading="lazy"/);
  expect(code).toMatch(/allow="clipboard-write"/);
  expect(code).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
  await shot(page, 'embed-dark');
});

test('the host themes the widget through its address; unsafe values are ignored', async ({ app }) => {
  const { page } = await app.open('?embed&fc-accent=%23ff6600&fc-font=Georgia%2C%20serif&fc-bg=url(https%3A%2F%2Fevil)&fc-nope=red');
  const vars = () => page.evaluate(() => {
    const s = getComputedStyle(document.documentElement);
    return { accent: s.getPropertyValue('--fc-accent').trim(), font: s.getPropertyValue('--fc-font').trim(), bg: s.getPropertyValue('--fc-bg').trim(), nope: s.getPropertyValue('--fc-nope').trim() };
  });
  // The safe ones are applied (positive), then the unsafe ones checked.
  await expect.poll(async () => (await vars()).accent).toBe('#ff6600');
  const { font, bg, nope } = await vars();
  expect(font).toBe('Georgia, serif');
  expect(bg).not.toMatch(/url/);
  expect(nope).toBe('');
});

test('the frame keeps its height (within 5 %) while the reader scrolls through the charts', async ({ app, host }) => {
  const { page, frame, height } = await hostPage(app, host, 'blog.html');
  await unfold(frame, 'Show the charts');
  await expect.poll(height, 'the iframe grows to the widget').toBeGreaterThan(1000);
  // The charts near the screen are drawn once unfolded; the height is taken after that.
  await expect(frame.locator('[data-chart="funnel-digital"] .chart-svg svg')).toBeAttached();
  await expect.poll(async () => (await height()) - (await frame.locator('html').evaluate((h) => h.getBoundingClientRect().height)), 'the frame follows the widget').toBeGreaterThanOrEqual(-1);
  const before = await height();
  // Scroll the blog page down through the whole widget, as a reader does, a screen at a
  // time, letting each screen render.
  for (let y = 0; y < before + 900; y += 700) {
    await page.evaluate((to) => { scrollTo(0, to); return new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))); }, y);
  }
  // Every chart has been drawn on its way through the screen.
  await expect(frame.locator('figure.chart .chart-svg svg')).toHaveCount(7);
  const after = await height();
  expect(Math.abs(after - before) / before, `${before} px before scrolling, ${after} px after`).toBeLessThan(0.05);
});

// The widget in a 720 px blog column fits about one and a half of the reader's screens
// until the reader unfolds more: the verdict first, the editors, the full KPI table and
// the charts behind expanders.
for (const { locale, editors } of [
  { locale: 'en-US', editors: 'Edit the funnels' },
  { locale: 'ru-RU', editors: 'Изменить воронки' },
]) {
  test(`default frame height in a 720 px column is at most 1.5 screens (${locale})`, async ({ app, host }) => {
    const { page, frame, height } = await hostPage(app, host, 'column.html', { locale, viewport: { width: 1000, height: 900 } });
    // The reader's language is in (Russian comes from its own file), and the frame has
    // taken the widget's height.
    await expect(frame.locator('summary', { hasText: editors })).toBeVisible();
    await expect(frame.locator('[data-verdict] td[data-kpi="cac"][data-funnel="digital"]')).not.toHaveAttribute('data-value', '');
    await expect.poll(height, 'the iframe grows to the widget').toBeGreaterThan(500);
    const laidOut = () => frame.locator('html').evaluate((h) => h.getBoundingClientRect().height);
    await expect.poll(async () => Math.abs((await height()) - (await laidOut())), 'the frame has the widget\'s height').toBeLessThanOrEqual(1);
    const h = await height();
    expect(h, `default frame height ${h} px in a 900 px window`).toBeLessThanOrEqual(1.5 * 900);
    // The verdict is whole within the frame's first screen.
    const verdict = await frame.locator('[data-verdict]').evaluate((v) => v.getBoundingClientRect().bottom);
    expect(verdict, 'the verdict ends within the first screen').toBeLessThanOrEqual(900);
    await shot(page, `embed-column-${locale}`);
  });
}

test('unfolding the editors grows the frame, a stage field can be edited there and the verdict follows', async ({ app, host }) => {
  const { page, frame, height } = await hostPage(app, host, 'column.html', { viewport: { width: 1000, height: 900 } });
  const volume = frame.locator('[name="digital.stages.3.volume"]');
  await expect(volume, 'the editors start folded').toBeHidden();
  await expect.poll(height).toBeGreaterThan(500);
  const folded = await height();
  const summary = frame.locator('summary', { hasText: 'Edit the funnels' });
  // A keyboard user opens it as a button.
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(volume).toBeVisible();
  await expect.poll(height, `the frame grows from ${folded} px`).toBeGreaterThan(folded + 500);
  await volume.fill('56');
  await expect(frame.locator('[data-verdict] td[data-kpi="customers"][data-funnel="digital"]')).toHaveAttribute('data-value', '56');
  // Folding it again gives the height back.
  await summary.click();
  await expect(volume).toBeHidden();
  await expect.poll(height, 'the frame shrinks when the editors are folded').toBeLessThan(folded + 50);
});

test('the stale note\'s link opens the folded editor at the invalid field', async ({ app, host }) => {
  const { frame } = await hostPage(app, host, 'column.html', { viewport: { width: 1000, height: 900 } });
  const details = await unfold(frame, 'Edit the funnels');
  const price = frame.locator('[name="service.offer.price"]');
  await price.fill('abc');
  await details.locator(':scope > summary').click();
  await expect(price).toBeHidden();
  await frame.locator('[data-verdict]').getByRole('link', { name: 'Go to the first one' }).click();
  await expect(details).toHaveAttribute('open', '');
  await expect(price).toBeVisible();
  await expect(price).toBeFocused();
});
