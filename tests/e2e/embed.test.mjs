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
        '/sandboxed.html': `<!doctype html><html lang="en"><head><title>Sandboxed</title></head><body>
          <iframe id="w" sandbox="allow-scripts" src="${app}?embed" title="Sales funnel calculator" data-funnel-calculator style="width:600px;border:0;height:300px"></iframe>
          <script src="${app}embed.js"></script></body></html>`,
      },
    });
    await use(host);
    await host.close();
  }, { scope: 'worker' }],
});

async function hostPage(app, host, path) {
  const context = await app.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.goto(host.url + path);
  const frame = page.frameLocator('#w');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  // The iframe's height on the host page, in CSS px.
  const height = () => page.locator('#w').evaluate((f) => f.getBoundingClientRect().height);
  return { page, frame, height };
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
  // From the page's 300 px to the widget's length.
  await expect.poll(height, 'the iframe grows to the widget').toBeGreaterThan(1000);
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
  await expect.poll(height, 'the iframe grows to the widget').toBeGreaterThan(1000);
});

test('forced dark theme and the embed dialog\'s snippet', async ({ app }) => {
  const { page } = await app.open('?embed&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(13, 17, 23)');
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
  await expect.poll(height, 'the iframe grows to the widget').toBeGreaterThan(1000);
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
