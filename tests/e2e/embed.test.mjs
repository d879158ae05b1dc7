// Embedding: a blog page on another origin holds the widget in an iframe; the loader
// sizes the iframe to the content; a sandboxed iframe (no storage) still computes; the
// "Embed this" dialog gives a snippet for the current scenario.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, shot, DIST } from './harness.mjs';
import { serve } from './server.mjs';

let env;
let host;
before(async () => {
  env = await launch();
  const app = env.server.url;
  // The host is another origin (another port): the loader comes from the app's server.
  host = await serve(DIST, {
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
});
after(async () => { await host?.close(); await env?.close(); });

async function hostPage(path) {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(host.url + path);
  const frame = page.frameLocator('#w');
  await frame.locator('html[data-ready="true"]').waitFor({ timeout: 15000 });
  return { page, context, frame, errors };
}

test('the loader sizes the iframe to the widget\'s content', async () => {
  const { page, context, frame, errors } = await hostPage('blog.html');
  await page.waitForFunction(() => parseInt(document.getElementById('w').style.height, 10) > 1000);
  const frameHeight = await page.$eval('#w', (f) => f.getBoundingClientRect().height);
  const content = await frame.locator('html').evaluate((h) => h.scrollHeight);
  assert.ok(Math.abs(frameHeight - content) <= 2, `iframe ${frameHeight}px for content ${content}px`);
  // Compact layout: no tagline, funnels stacked, no goal or scenario panels.
  assert.equal(await frame.locator('.tagline').isVisible(), false);
  assert.equal(await frame.locator('.scenarios').count(), 0);
  const tops = await frame.locator('fieldset.funnel').evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().top));
  assert.ok(tops[1] > tops[0] + 100, 'funnels stacked in a 600 px column');
  // No inner scroll bar: the page around grows instead.
  const inner = await frame.locator('html').evaluate((h) => h.scrollWidth - h.clientWidth);
  assert.ok(inner <= 1, `no horizontal scroll inside the widget (${inner}px)`);
  await shot(page, 'embed-host');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a sandboxed iframe without storage still computes and is resized', async () => {
  const { page, context, frame } = await hostPage('sandboxed.html');
  await frame.locator('.notice', { hasText: 'does not let the calculator save' }).waitFor();
  const cac = await frame.locator('td[data-kpi="cac"][data-funnel="digital"]').getAttribute('data-value');
  assert.ok(Number(cac) > 0);
  await page.waitForFunction(() => parseInt(document.getElementById('w').style.height, 10) > 1000);
  await context.close();
});

test('forced dark theme and the embed dialog\'s snippet', async () => {
  const { page, context } = await open(env, { path: '?embed&theme=dark' });
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(13, 17, 23)');
  // Chart text is light on the dark page.
  const fill = await page.locator('[data-chart="steps"] svg text').first().getAttribute('fill');
  const [r, g, b] = fill.match(/[0-9a-f]{2}/gi).map((h) => parseInt(h, 16));
  assert.ok(r + g + b > 3 * 160, `chart text ${fill} is light`);
  await page.getByRole('button', { name: 'Embed this' }).click();
  const code = await page.inputValue('[name="embed.code"]');
  assert.match(code, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed#s=[A-Za-z0-9_-]+"/);
  assert.match(code, /title="Sales funnel calculator"/);
  assert.match(code, /loading="lazy"/);
  assert.match(code, /allow="clipboard-write"/);
  assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
  await shot(page, 'embed-dark');
  await context.close();
});

test('the host themes the widget through its address; unsafe values are ignored', async () => {
  const { page, context } = await open(env, { path: '?embed&fc-accent=%23ff6600&fc-font=Georgia%2C%20serif&fc-bg=url(https%3A%2F%2Fevil)&fc-nope=red' });
  const vars = await page.evaluate(() => {
    const s = getComputedStyle(document.documentElement);
    return { accent: s.getPropertyValue('--fc-accent').trim(), font: s.getPropertyValue('--fc-font').trim(), bg: s.getPropertyValue('--fc-bg').trim(), nope: s.getPropertyValue('--fc-nope').trim() };
  });
  assert.equal(vars.accent, '#ff6600');
  assert.equal(vars.font, 'Georgia, serif');
  assert.doesNotMatch(vars.bg, /url/);
  assert.equal(vars.nope, '');
  assert.deepEqual(page.errors, []);
  await context.close();
});
