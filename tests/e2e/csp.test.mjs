// The app runs under a strict Content-Security-Policy: no inline scripts, no inline
// styles, only its own files, plus 'wasm-unsafe-eval' (needed to compile WebAssembly).
// Sites that embed the calculator, or host it, often send such a policy; the release
// build must work under it unchanged, and report no violation while in use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, open, kpi, typeInto, DIST } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// A page with an inline script and an inline style attribute, served with the same
// header: it proves the policy really is in force, so a clean run of the app means the
// app is compliant rather than that the header went missing.
const PROBE = '<!doctype html><html><body><p id="p" style="color: red">x</p><script>window.inlineRan = true;</script></body></html>';

let env;
before(async () => { env = await launch({ csp: CSP, extra: { '/csp-probe.html': PROBE } }); });
after(async () => { await env?.close(); });

// Runs before any page script: collects every violation the browser reports. The
// event fires on the document for blocked scripts, styles and style attributes alike.
function recordViolations() {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
  });
}

async function newContext() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
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
    if (executable) assert.match(attrs, /\bsrc\s*=/i, `inline script in dist/index.html: ${tag}`);
  }
  assert.doesNotMatch(html, /<style\b/i, 'a <style> element in dist/index.html');
  assert.doesNotMatch(html, /\sstyle\s*=/i, 'a style attribute in dist/index.html');
});

test('the policy is in force: an inline script and style attribute are blocked', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + 'csp-probe.html');
  assert.equal(await page.evaluate(() => window.inlineRan), undefined);
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.getElementById('p')).color), 'rgb(255, 0, 0)');
  const seen = await violations(page);
  assert.ok(seen.some((v) => v.startsWith('script-src')), `a script-src violation, got ${JSON.stringify(seen)}`);
  assert.ok(seen.some((v) => v.startsWith('style-src')), `a style-src violation, got ${JSON.stringify(seen)}`);
  await context.close();
});

test('the app starts, computes and updates under the strict policy without a violation', async () => {
  const context = await newContext();
  let page;
  try {
    ({ page } = await open(env, { context }));
  } catch (e) {
    // Not ready: say which rule blocked what, which is the useful part of the failure.
    const [p] = context.pages();
    const seen = p ? await p.evaluate(() => window.cspViolations).catch(() => '?') : '?';
    throw new Error(`the app did not start under "${CSP}": ${e.message}\nviolations: ${JSON.stringify(seen, null, 1)}`);
  }
  const before = await kpi(page, 'cac', 'digital');
  assert.ok(before > 0, `digital CAC is a positive number, got ${before}`);

  // Use the app a little, so styles or scripts added after start are checked too: a
  // KPI update, a field error, a new stage.
  const customerStage = await page.locator('[name="digital.roles.customer"]').inputValue();
  const volume = Number(await page.inputValue(`[name="digital.stages.${customerStage}.volume"]`));
  await typeInto(page, `digital.stages.${customerStage}.volume`, String(volume / 2));
  await page.waitForFunction(
    (b) => Number(document.querySelector('td[data-kpi="cac"][data-funnel="digital"]').dataset.value) !== b,
    before,
  );
  await typeInto(page, 'service.stages.0.volume', 'abc');
  await page.locator('[id="service.stages.0.volume-error"]').waitFor();
  await page.locator('fieldset.funnel').first().locator('button', { hasText: '+ Add stage' }).click();

  assert.deepEqual(await violations(page), []);
  // Chromium also logs each violation as a console error; open() collects those.
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a Polish reader gets the Polish texts under the strict policy', async () => {
  const context = await env.browser.newContext({ locale: 'pl-PL', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordViolations);
  // The texts are fetched before the first render (connect-src falls back to 'self').
  const { page } = await open(env, { context });
  assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  assert.equal((await page.locator('h1').innerText()).trim(), 'Kalkulator lejka sprzedażowego');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});
