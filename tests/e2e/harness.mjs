// Shared set-up for the end-to-end tests (@playwright/test): the fixtures every test
// file uses instead of the runner's own `test`, and small helpers.
//
// - `page` / `context`: a fresh context (empty storage) per test, at the config's
//   viewport (1280 × 900, light theme); `ready(page)` waits for the app's first render.
// - `app`: `app.open(path, contextOptions)` opens the app in another fresh context (a
//   second tab's worth of state, another locale or viewport); `app.newContext(options)`
//   for a context the test sets up before opening; `app.url(path)`. Everything it opens
//   is closed after the test.
// - `server`: the app's server. The shared one (the config's webServer) unless the file
//   asks for its own with `test.use({ serverOptions: { csp, extra } })`.
// - `pageErrors`: every uncaught page error and console error of every page the test
//   opens fails the test after it ran; `pageErrors.allow(/pattern/)` lets through the
//   ones a test provokes on purpose.
import { test as base, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

export { expect };

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST ?? join(here, '..', '..', 'dist');
export const SHOTS = join(here, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

export const test = base.extend({
  serverOptions: [null, { scope: 'worker', option: true }],
  server: [async ({ serverOptions }, use, workerInfo) => {
    if (!serverOptions) {
      await use({ url: workerInfo.project.use.baseURL });
      return;
    }
    const server = await serve(DIST, serverOptions);
    await use(server);
    await server.close();
  }, { scope: 'worker' }],

  pageErrors: [async ({}, use) => {
    const seen = [];
    // Chromium asks for /favicon.ico on the tests' own pages (the blog and probe pages),
    // which declare no icon; the app declares its own.
    const allowed = [/Failed to load resource: .* 404 .*\(http:\/\/127\.0\.0\.1:\d+\/favicon\.ico\)$/];
    const watchPage = (page) => {
      page.on('pageerror', (e) => seen.push(`pageerror at ${page.url()}: ${e}`));
      page.on('console', (m) => {
        if (m.type() === 'error') seen.push(`console error at ${page.url()}: ${m.text()} (${m.location().url})`);
      });
    };
    await use({
      watch(context) {
        context.pages().forEach(watchPage);
        context.on('page', watchPage);
      },
      allow(pattern) { allowed.push(pattern); },
    });
    const unexpected = seen.filter((e) => !allowed.some((p) => p.test(e)));
    expect(unexpected, 'no page or console errors').toEqual([]);
  }, { auto: true }],

  context: async ({ context, pageErrors }, use) => {
    pageErrors.watch(context);
    await use(context);
  },

  app: async ({ browser, server, pageErrors }, use) => {
    const contexts = [];
    const url = (path = '') => new URL(path, server.url).href;
    const newContext = async (options = {}) => {
      const context = await browser.newContext(options);
      pageErrors.watch(context);
      contexts.push(context);
      return context;
    };
    await use({
      url,
      newContext,
      /** Opens the app at `path` in `context`, or in a new one made with `options`. */
      async open(path = '', { context = null, ...options } = {}) {
        const ctx = context ?? (await newContext(options));
        const page = await ctx.newPage();
        await page.goto(url(path));
        await ready(page);
        return { page, context: ctx };
      },
      /** Opens the app at `path` in an existing page. */
      async goto(page, path = '') {
        await page.goto(url(path));
        await ready(page);
      },
    });
    for (const context of contexts) await context.close();
  },
});

/** Waits until the app has rendered (it sets data-ready on <html>). */
export async function ready(page) {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
}

/** A KPI's cell; its `data-value` is the raw number, empty when n/a. */
export const kpiCell = (page, id, side) => page.locator(`.kpi-table td[data-kpi="${id}"][data-funnel="${side}"]`);

/** The raw number of a KPI now, or null when n/a. Read it where the page has settled,
 * or inside `expect.poll`. */
export async function kpi(page, id, side) {
  const v = await kpiCell(page, id, side).getAttribute('data-value');
  return v === '' || v === null ? null : Number(v);
}

/** The input named `name`. */
export const field = (page, name) => page.locator(`[name="${name}"]`);

/** Replaces an input's text the way a person does: select all, type. */
export async function typeInto(page, name, text) {
  const input = field(page, name);
  await input.click();
  await input.press('Control+A');
  await input.pressSequentially(text);
}

export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Replaces the non-breaking spaces Intl uses as separators, for text comparisons. */
export const norm = (s) => s.replace(/[\u00a0\u202f]/g, ' ');
