// Shared set-up for the end-to-end tests: one Chromium per test file, a fresh context
// (empty storage) per test, the release build served on loopback.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST ?? join(here, '..', '..', 'dist');
export const SHOTS = join(here, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

// Without the background-networking flags Chromium keeps trying hosts this closed
// network refuses; --no-sandbox because CI runs as root.
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** `args`: Chromium flags added to the usual ones. */
export async function launch(serveOptions = {}, { args = [] } = {}) {
  const server = await serve(DIST, serveOptions);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...ARGS, ...args],
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens the app in a fresh context and waits for the first render. Page errors fail. */
export async function open(env, { path = '', viewport = { width: 1280, height: 900 }, context = null, colorScheme = 'light' } = {}) {
  const ctx = context ?? (await env.browser.newContext({ viewport, colorScheme }));
  const page = await ctx.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(env.server.url + path);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
  return { page, context: ctx };
}

/** The raw number of a KPI (`data-value`), or null when n/a. */
export async function kpi(page, id, side) {
  const v = await page.getAttribute(`td[data-kpi="${id}"][data-funnel="${side}"]`, 'data-value');
  return v === '' || v === null ? null : Number(v);
}

/** Replaces an input's text the way a person does: select all, type. */
export async function typeInto(page, name, text) {
  const input = page.locator(`[name="${name}"]`);
  await input.click();
  await input.press('Control+A');
  await input.pressSequentially(text);
}

export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Replaces the non-breaking spaces Intl uses as separators, for text comparisons. */
export const norm = (s) => s.replace(/[\u00a0\u202f]/g, ' ');
