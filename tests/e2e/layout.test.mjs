// Phones and narrow columns: every stage's fields, buttons and step results are reachable
// without scrolling sideways, a field's error sits beside it in a line or two, and on a
// wide screen stage names and the cost kind are shown whole.
import { test, expect, field, typeInto, shot } from './harness.mjs';

const LOCALES = ['en-US', 'pl-PL', 'ru-RU'];
const PHONE = { isMobile: true, hasTouch: true };
const STAGE_MODELS = ['classic', 'lifecycle', 'lead_conversion', 'buyer_journey'];

/** What in the stage editors cannot be reached without scrolling sideways: a control or
 * a step result outside the viewport (or not laid out at all), an editor box that scrolls
 * sideways. Also counts the controls it checked, so that a page without any cannot pass. */
function unreachable(page) {
  return page.evaluate(() => {
    const problems = [];
    let controls = 0;
    let rows = 0;
    for (const fs of document.querySelectorAll('fieldset.funnel')) {
      for (const box of [fs, fs.querySelector('.table-wrap')]) {
        if (box.scrollWidth > box.clientWidth) {
          problems.push(`${fs.dataset.side} ${box.className}: scrolls sideways by ${box.scrollWidth - box.clientWidth}px`);
        }
      }
      for (const row of fs.querySelectorAll('tbody tr[data-stage]')) {
        rows += 1;
        // While the funnel does not validate, a stage shows no results (nothing to reach).
        const results = [...row.querySelectorAll('td.conv, td.conv span')].filter((s) => s.textContent !== '');
        for (const el of [...row.querySelectorAll('input, select, button'), ...results]) {
          controls += 1;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || r.left < 0 || r.right > innerWidth) {
            const what = el.name || el.getAttribute('aria-label') || el.dataset.kpi || el.className;
            problems.push(`${fs.dataset.side} stage ${row.dataset.stage} ${what}: ${Math.round(r.left)}..${Math.round(r.right)} of ${innerWidth}`);
          }
        }
      }
    }
    return { rows, controls, problems };
  });
}

for (const width of [360, 390]) {
  for (const locale of LOCALES) {
    test(`every stage's fields, buttons and results are within the screen at ${width} px, ${locale}`, async ({ app }) => {
      const { page } = await app.open('', { viewport: { width, height: 800 }, locale, ...PHONE });
      await expect(page.locator('[data-kpi="of_previous"][data-funnel="digital"][data-stage="1"]')).toContainText('%');
      const { rows, controls, problems } = await unreachable(page);
      expect(problems).toEqual([]);
      // Five fields, the cost kind, three buttons and the results cell per stage, at least.
      expect(rows).toBeGreaterThanOrEqual(8);
      expect(controls).toBeGreaterThanOrEqual(rows * 10);
      // Each field is labelled on the card itself, since the header row is hidden.
      const label = page.locator('fieldset[data-side="digital"] tr[data-stage="1"] td').nth(1).locator('.field-label');
      await expect(label).toBeVisible();
      await expect(label).toHaveText(await page.locator('#digital-col-volume').textContent());
      if (width === 390 && locale !== 'en-US') await shot(page, `layout-phone-${locale}`);
      if (width === 360 && locale === 'en-US') await shot(page, 'layout-phone-360');
    });
  }
}

test('the 720 px embed column shows every stage control without scrolling sideways', async ({ app }) => {
  const { page } = await app.open('?embed', { viewport: { width: 720, height: 900 } });
  await expect(page.locator('[data-kpi="of_previous"][data-funnel="digital"][data-stage="1"]')).toContainText('%');
  const { rows, problems } = await unreachable(page);
  expect(problems).toEqual([]);
  expect(rows).toBeGreaterThanOrEqual(8);
  await shot(page, 'layout-embed-720');
});

/** The field's error message and the field itself, measured. */
function measure(page, name) {
  return page.evaluate((name) => {
    const input = document.querySelector(`[name="${name}"]`).getBoundingClientRect();
    const msg = document.getElementById(`${name}-error`);
    const r = msg.getBoundingClientRect();
    return {
      lines: Math.round(r.height / parseFloat(getComputedStyle(msg).lineHeight)),
      gap: r.top - input.bottom,
      overlaps: r.left < input.right && r.right > input.left,
      inside: r.left >= 0 && r.right <= innerWidth,
    };
  }, name);
}

// [where to type, what, the field that is wrong]: "1,5" visitors make the next stage
// larger than the one before it; "4,000" is thousands or a decimal (the longest message).
const WRONG = [
  ['digital.stages.0.volume', '1,5', 'digital.stages.1.volume'],
  ['digital.stages.2.volume', '-3', 'digital.stages.2.volume'],
  ['service.stages.1.cost', 'abc', 'service.stages.1.cost'],
  ['service.stages.2.volume', '100000', 'service.stages.2.volume'],
  ['service.stages.3.days', '4,000', 'service.stages.3.days'],
];

for (const locale of LOCALES) {
  test(`at 390 px an error sits under its field in one or two lines, ${locale}`, async ({ app }) => {
    const { page } = await app.open('', { viewport: { width: 390, height: 844 }, locale, ...PHONE });
    for (const [typed, text, wrong] of WRONG) {
      const before = await field(page, typed).inputValue();
      await typeInto(page, typed, text);
      const message = page.locator(`[id="${wrong}-error"]`);
      await expect(message, `${text} in ${typed}`).not.toBeEmpty();
      await expect(field(page, wrong)).toHaveAttribute('aria-invalid', 'true');
      const m = await measure(page, wrong);
      expect(m.lines, `${text}: "${await message.textContent()}" in lines`).toBeLessThanOrEqual(2);
      expect(m.gap, `${text}: the message starts right under its field`).toBeGreaterThanOrEqual(-1);
      expect(m.gap, `${text}: the message starts right under its field`).toBeLessThan(12);
      expect(m.overlaps && m.inside, `${text}: the message lies under its field, on the screen`).toBe(true);
      expect((await unreachable(page)).problems).toEqual([]);
      if (text === '1,5' && locale === 'en-US') await shot(page, 'layout-phone-error');
      await field(page, typed).fill(before);
      await expect(message).toBeEmpty();
    }
  });
}

/** Stage names whose input does not show the whole text. */
function cutNames(page) {
  return page.evaluate(() => [...document.querySelectorAll('input[name*=".stages."][name$=".name"]')]
    .filter((i) => i.scrollWidth > i.clientWidth)
    .map((i) => `${i.name} "${i.value}" (${i.scrollWidth} > ${i.clientWidth})`));
}

/** Cost-kind selects narrower than they need to be to show their longest choice. */
function cutSelects(page) {
  return page.evaluate(() => [...document.querySelectorAll('select[name$=".cost_kind"]')].filter((s) => {
    const free = s.cloneNode(true);
    free.style.cssText = 'width:auto;min-width:0;max-width:none;position:absolute';
    s.parentElement.append(free);
    const needed = free.getBoundingClientRect().width;
    free.remove();
    return s.getBoundingClientRect().width + 0.5 < needed;
  }).map((s) => s.name));
}

for (const locale of LOCALES) {
  test(`at 1440 px stage names and cost kinds are shown whole, ${locale}`, async ({ app }) => {
    const { page } = await app.open('', { viewport: { width: 1440, height: 900 }, locale });
    await expect(page.locator('[data-kpi="of_previous"][data-funnel="digital"][data-stage="1"]')).toContainText('%');
    expect(await page.locator('input[name*=".stages."][name$=".name"]').count()).toBeGreaterThanOrEqual(8);
    expect(await cutNames(page)).toEqual([]);
    expect(await cutSelects(page)).toEqual([]);
    if (locale === 'en-US') await shot(page, 'layout-desktop-1440');
    // The stage models' names too, in the reader's language.
    const example = await field(page, 'digital.stages.0.name').inputValue();
    for (const model of STAGE_MODELS) {
      await page.selectOption('[name="digital.preset"]', model);
      await expect(field(page, 'digital.stages.0.name')).not.toHaveValue(example);
      expect(await cutNames(page), model).toEqual([]);
      await page.locator('.undo-bar').getByRole('button').first().click();
      await expect(field(page, 'digital.stages.0.name')).toHaveValue(example);
    }
  });
}
