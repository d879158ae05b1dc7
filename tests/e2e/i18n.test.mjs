// Languages and money: the browser's language is picked up, the reader can switch,
// numbers and money follow the locale, the choice survives a reload.
import { test, expect, ready, kpi, kpiCell, field, shot, norm } from './harness.mjs';

const text = async (page, sel) => norm(await page.locator(sel).first().innerText());
const KEY = 'funnel-calculator/state';
const saved = (page, text) => expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY), `saved: ${text}`).toContain(text);

test('a Polish browser gets Polish text, złoty and decimal commas', async ({ app }) => {
  const { page } = await app.open('', { locale: 'pl-PL' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('h1')).toHaveText('Kalkulator lejka sprzedażowego');
  await expect(page).toHaveTitle('Kalkulator lejka sprzedażowego');
  // A first visit shows the examples in Polish too.
  await expect(field(page, 'digital.stages.0.name')).not.toHaveValue('Visitors');
  await expect(field(page, 'digital.name')).not.toHaveValue('Online course');
  await expect(kpiCell(page, 'cac', 'digital')).toContainText('zł');
  const cac = await kpi(page, 'cac', 'digital');
  const shown = await text(page, '.kpi-table td[data-kpi="cac"][data-funnel="digital"]');
  // Polish groups thousands with a (no-break) space and uses a decimal comma; the column's
  // money shares its decimals (none, or two when some amount has cents).
  const digits = (shown.match(/^[\d ]+,(\d+)/)?.[1] ?? '').length;
  const expected = new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cac);
  expect(shown.startsWith(norm(expected)), `${shown} starts with ${expected}`).toBe(true);
  expect(await text(page, '.kpi-table td[data-kpi="lcr"][data-funnel="digital"]')).toMatch(/^\d+,\d+\s?%/);
  await shot(page, 'polish');
});

test('switching to Russian translates everything and is remembered', async ({ app, page }) => {
  await app.goto(page);
  const cac = kpiCell(page, 'cac', 'digital');
  await page.selectOption('[name="settings.lang"]', 'ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1')).toHaveText('Калькулятор воронки продаж');
  await expect(cac).toContainText('₽');
  // Chart text follows the language too (textContent: the chart, below the screen, is
  // not laid out yet and has no innerText).
  await expect(page.locator('[data-chart="steps"] .chart-title')).toHaveText(/[а-яА-Я]/);
  // Errors next to fields are in Russian.
  await page.fill('[name="digital.stages.0.volume"]', 'abc');
  await expect(page.locator('[id="digital.stages.0.volume-error"]')).toHaveText(/[а-яА-Я]/);
  await page.fill('[name="digital.stages.0.volume"]', '20000');
  await page.selectOption('[name="settings.currency"]', 'EUR');
  await expect(cac).toContainText('€');
  // Both choices saved: the language was saved before the currency was picked.
  await saved(page, '"ru"');
  await saved(page, '"EUR"');
  await page.reload();
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(cac).toContainText('€');
  await shot(page, 'russian');
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

test('an English reader fetches no language file; a Polish one only Polish, before the first render', async ({ app }) => {
  const en = await app.newContext({ locale: 'en-US' });
  const enFiles = languageFiles(en);
  const { page: first } = await app.open('', { context: en });
  // Rendered (the texts are fetched before the first render): no file was asked for.
  await expect(first.locator('h1')).toHaveText('Sales funnel calculator');
  expect(enFiles).toEqual([]);

  const pl = await app.newContext({ locale: 'pl-PL' });
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
  const { page } = await app.open('', { context: pl });
  await expect.poll(() => page.evaluate(() => window.__firstHeading ?? null)).toBe('Kalkulator lejka sprzedażowego');
  expect(plFiles).toEqual(['/i18n/pl.txt']);
});

test('a language file that cannot be fetched leaves the page in English, says so, and keeps the choice', async ({ app, pageErrors }) => {
  // Only the blocked fetch may log an error.
  pageErrors.allow(/Failed to load resource|ERR_FAILED/);
  const context = await app.newContext({ locale: 'en-US' });
  await context.route('**/i18n/*.txt', (route) => route.abort());
  const { page } = await app.open('', { context });
  await page.selectOption('[name="settings.lang"]', 'ru');
  const notice = page.locator('.notice', { hasText: 'could not be loaded' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/Русский|russian/i);
  // Still English and still working.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Sales funnel calculator');
  const share = page.locator('[data-kpi="of_previous"][data-funnel="digital"][data-stage="1"]');
  const shareBefore = await share.textContent();
  await page.fill('[name="digital.stages.0.volume"]', '30000');
  await expect(share).not.toHaveText(shareBefore);
  // The choice is kept: once the file can be had, the next visit is in Russian.
  await saved(page, '"ru"');
  await context.unroute('**/i18n/*.txt');
  await page.reload();
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1')).toHaveText('Калькулятор воронки продаж');
});
