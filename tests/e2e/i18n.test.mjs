// Languages and money: the browser's language is picked up, the reader can switch,
// numbers and money follow the locale, the choice survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, kpi, shot, norm } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const text = async (page, sel) => norm(await page.locator(sel).first().innerText());

test('a Polish browser gets Polish text, złoty and decimal commas', async () => {
  const context = await env.browser.newContext({ locale: 'pl-PL', viewport: { width: 1280, height: 900 } });
  const { page } = await open(env, { context });
  assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  assert.equal(await text(page, 'h1'), 'Kalkulator lejka sprzedażowego');
  // A first visit shows the examples in Polish too.
  assert.notEqual(await page.inputValue('[name="digital.stages.0.name"]'), 'Visitors');
  assert.notEqual(await page.inputValue('[name="digital.name"]'), 'Online course');
  const cac = await kpi(page, 'cac', 'digital');
  const shown = await text(page, 'td[data-kpi="cac"][data-funnel="digital"]');
  assert.match(shown, /zł/);
  // Polish groups thousands with a (no-break) space and uses a decimal comma.
  const expected = new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN', maximumFractionDigits: 0 }).format(cac);
  assert.ok(shown.startsWith(norm(expected)), `${shown} starts with ${expected}`);
  const lcr = await text(page, 'td[data-kpi="lcr"][data-funnel="digital"]');
  assert.match(lcr, /^\d+,\d+\s?%/);
  await shot(page, 'polish');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('switching to Russian translates everything and is remembered', async () => {
  const { page, context } = await open(env);
  await page.selectOption('[name="settings.lang"]', 'ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  assert.equal(await text(page, 'h1'), 'Калькулятор воронки продаж');
  assert.match(await text(page, 'td[data-kpi="cac"][data-funnel="digital"]'), /₽/);
  // Chart text follows the language too (textContent: the chart, below the screen, is
  // not laid out yet and has no innerText).
  assert.match(await page.locator('[data-chart="steps"] .chart-title').textContent(), /[а-яА-Я]/);
  // Errors next to fields are in Russian.
  await page.fill('[name="digital.stages.0.volume"]', 'abc');
  assert.match(await page.locator('[id="digital.stages.0.volume-error"]').innerText(), /[а-яА-Я]/);
  await page.fill('[name="digital.stages.0.volume"]', '20000');
  await page.selectOption('[name="settings.currency"]', 'EUR');
  assert.match(await text(page, 'td[data-kpi="cac"][data-funnel="digital"]'), /€/);
  await page.waitForFunction(() => (localStorage.getItem('funnel-calculator/state') ?? '').includes('"ru"'));
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.match(await text(page, 'td[data-kpi="cac"][data-funnel="digital"]'), /€/);
  await shot(page, 'russian');
  assert.deepEqual(page.errors, []);
  await context.close();
});

// Polish and Russian texts are separate files (src/ui/i18n/*.txt), fetched only by the
// readers who need them (issue 7's size budget).
const languageFiles = (context) => {
  const seen = [];
  context.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/i18n/')) seen.push(path.slice(path.indexOf('/i18n/')));
  });
  return seen;
};

test('an English reader fetches no language file; a Polish one only Polish, before the first render', async () => {
  const en = await env.browser.newContext({ locale: 'en-US' });
  const enFiles = languageFiles(en);
  const first = await open(env, { context: en });
  assert.equal(await text(first.page, 'h1'), 'Sales funnel calculator');
  assert.deepEqual(enFiles, []);
  await en.close();

  const pl = await env.browser.newContext({ locale: 'pl-PL' });
  const plFiles = languageFiles(pl);
  // The first heading the page ever shows: Polish, not English replaced a moment later.
  await pl.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const h1 = document.querySelector('h1');
      if (h1?.textContent) {
        window.__firstHeading = h1.textContent;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const { page } = await open(env, { context: pl });
  assert.equal(await page.evaluate(() => window.__firstHeading), 'Kalkulator lejka sprzedażowego');
  assert.deepEqual(plFiles, ['/i18n/pl.txt']);
  assert.deepEqual(page.errors, []);
  await pl.close();
});

test('a language file that cannot be fetched leaves the page in English, says so, and keeps the choice', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  await context.route('**/i18n/*.txt', (route) => route.abort());
  const { page } = await open(env, { context });
  await page.selectOption('[name="settings.lang"]', 'ru');
  const notice = page.locator('.notice', { hasText: 'could not be loaded' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /Русский|russian/i);
  // Still English and still working.
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await text(page, 'h1'), 'Sales funnel calculator');
  await page.fill('[name="digital.stages.0.volume"]', '30000');
  await page.waitForFunction(() => document.querySelector('td[data-kpi="customers"][data-funnel="digital"]')?.dataset.value !== undefined);
  // The choice is kept: once the file can be had, the next visit is in Russian.
  await page.waitForFunction(() => (localStorage.getItem('funnel-calculator/state') ?? '').includes('"ru"'));
  await context.unroute('**/i18n/*.txt');
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.equal(await text(page, 'h1'), 'Калькулятор воронки продаж');
  // Only the blocked fetch may have logged an error.
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e)), []);
  await context.close();
});
