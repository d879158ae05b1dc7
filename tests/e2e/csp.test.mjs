// The app runs under a strict Content-Security-Policy: no inline scripts, no inline
// styles, only its own files, plus 'wasm-unsafe-eval' (needed to compile WebAssembly).
// Sites that embed the calculator, or host it, often send such a policy; the release
// build must work under it unchanged, and report no violation while in use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, kpi, field, typeInto, DIST } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// A page with an inline script and an inline style attribute, served with the same
// header: it proves the policy really is in force, so a clean run of the app means the
// app is compliant rather than that the header went missing.
const PROBE = '<!doctype html><html><body><p id="p" style="color: red">x</p><script>window.inlineRan = true;</script></body></html>';

// This file's own server, sending the policy with every file.
test.use({ serverOptions: { csp: CSP, extra: { '/csp-probe.html': PROBE } } });

// Runs before any page script: collects every violation the browser reports. The
// event fires on the document for blocked scripts, styles and style attributes alike.
function recordViolations() {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
  });
}

async function newContext(app, options = {}) {
  const context = await app.newContext(options);
  await context.addInitScript(recordViolations);
  return context;
}

/** Violations are dispatched as tasks; two frames later every pending one has fired. */
async function violations(page) {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return page.evaluate(() => window.cspViolations);
}

test('the built index.html has no inline script, style element or style attribute', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  // Executable scripts must all come from files (a src attribute). Non-JavaScript types
  // (data blocks such as application/json) never execute and are allowed.
  for (const [tag, attrs] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
    const executable = type === '' || type === 'module' || type.includes('javascript');
    if (executable) expect(attrs, `inline script in dist/index.html: ${tag}`).toMatch(/\bsrc\s*=/i);
  }
  expect(html, 'a <style> element in dist/index.html').not.toMatch(/<style\b/i);
  expect(html, 'a style attribute in dist/index.html').not.toMatch(/\sstyle\s*=/i);
});

test('the policy is in force: an inline script and style attribute are blocked', async ({ app, pageErrors }) => {
  // The probe's blocked script and style are logged as console errors, on purpose.
  pageErrors.allow(/csp-probe\.html: (Executing inline script|Applying inline style) violates the following Content Security Policy/);
  const context = await newContext(app);
  const page = await context.newPage();
  await page.goto(app.url('csp-probe.html'));
  // The violations are reported (positive), then what they blocked is checked.
  await expect.poll(() => page.evaluate(() => window.cspViolations), 'a script-src violation')
    .toContainEqual(expect.stringMatching(/^script-src/));
  await expect.poll(() => page.evaluate(() => window.cspViolations), 'a style-src violation')
    .toContainEqual(expect.stringMatching(/^style-src/));
  expect(await page.evaluate(() => window.inlineRan)).toBeUndefined();
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('p')).color)).not.toBe('rgb(255, 0, 0)');
});

test('the app starts, computes and updates under the strict policy without a violation', async ({ app }) => {
  const context = await newContext(app);
  let page;
  try {
    ({ page } = await app.open('', { context }));
  } catch (e) {
    // Not ready: say which rule blocked what, which is the useful part of the failure.
    const [p] = context.pages();
    const seen = p ? await p.evaluate(() => window.cspViolations).catch(() => '?') : '?';
    throw new Error(`the app did not start under "${CSP}": ${e.message}\nviolations: ${JSON.stringify(seen, null, 1)}`);
  }
  await expect.poll(() => kpi(page, 'cac', 'digital'), 'digital CAC is a positive number').toBeGreaterThan(0);
  const before = await kpi(page, 'cac', 'digital');

  // Use the app a little, so styles or scripts added after start are checked too: a
  // KPI update, a field error, a new stage.
  const customerStage = await field(page, 'digital.roles.customer').inputValue();
  const volume = Number(await field(page, `digital.stages.${customerStage}.volume`).inputValue());
  await typeInto(page, `digital.stages.${customerStage}.volume`, String(volume / 2));
  await expect.poll(() => kpi(page, 'cac', 'digital')).not.toBe(before);
  await typeInto(page, 'service.stages.0.volume', 'abc');
  await expect(page.locator('[id="service.stages.0.volume-error"]')).not.toBeEmpty();
  const rows = page.locator('fieldset.funnel').first().locator('tbody tr[data-stage]');
  const count = await rows.count();
  await page.locator('fieldset.funnel').first().locator('button', { hasText: '+ Add stage' }).click();
  await expect(rows).toHaveCount(count + 1);

  expect(await violations(page)).toEqual([]);
  // Chromium also logs each violation as a console error: the pageErrors fixture fails
  // the test on those.
});

test('a Polish reader gets the Polish texts under the strict policy', async ({ app }) => {
  // The texts are fetched before the first render (connect-src falls back to 'self').
  const context = await newContext(app, { locale: 'pl-PL' });
  const { page } = await app.open('', { context });
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('h1')).toHaveText('Kalkulator lejka sprzedażowego');
  expect(await violations(page)).toEqual([]);
});

test('a PNG download the policy blocks says why and revokes its object URL', async ({ app, pageErrors }) => {
  // The blocked blob: image is the violation provoked here, logged as a console error.
  pageErrors.allow(/Loading the image 'blob:[^']*' violates the following Content Security Policy directive/);
  const context = await newContext(app);
  // Counts the object URLs made and revoked, to see that none is left behind.
  await context.addInitScript(() => {
    window.urls = { made: 0, revoked: 0 };
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (blob) => { window.urls.made += 1; return createObjectURL(blob); };
    URL.revokeObjectURL = (url) => { window.urls.revoked += 1; revokeObjectURL(url); };
  });
  const { page } = await app.open('', { context });
  const figure = page.locator('figure[data-chart="funnel-digital"]');
  await figure.getByRole('button', { name: 'Download PNG' }).click();
  await expect(page.locator('.notices [data-notice="warning"]')).toContainText("security policy does not let the page turn a chart into an image");
  expect(await violations(page)).toContainEqual(expect.stringMatching(/^img-src blocked blob/));
  expect(await page.evaluate(() => window.urls)).toEqual({ made: 1, revoked: 1 });
  // The app goes on: a second try says the same, and leaves nothing behind either.
  await figure.getByRole('button', { name: 'Download PNG' }).click();
  await expect(page.locator('.notices [data-notice="warning"]')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => window.urls)).toEqual({ made: 2, revoked: 2 });
});
