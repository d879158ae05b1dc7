// Accessibility: axe-core, with every rule it runs by default (WCAG 2.x A/AA and its best
// practices, heading order among them), finds no violation of any impact on the main,
// embed, workshop and phone views, in light and dark themes, with every section unfolded.
import { AxeBuilder } from '@axe-core/playwright';
import { test, expect, kpiCell, field } from './harness.mjs';

async function audit(page) {
  // Folded sections are audited too: a reader can open every one of them.
  await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
  await expect(page.locator('details:not([open])')).toHaveCount(0);
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`main view, ${colorScheme} theme`, async ({ app }) => {
    const { page } = await app.open('', { colorScheme, viewport: { width: 1440, height: 900 } });
    expect(await audit(page)).toEqual([]);
  });

  test(`phone view, ${colorScheme} theme, Russian`, async ({ app }) => {
    const { page } = await app.open('', { colorScheme, viewport: { width: 390, height: 844 }, locale: 'ru-RU' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    expect(await audit(page)).toEqual([]);
  });

  test(`embed view, ${colorScheme} theme`, async ({ app }) => {
    const { page } = await app.open('?embed', { colorScheme, viewport: { width: 720, height: 900 } });
    expect(await audit(page)).toEqual([]);
  });

  test(`phone view with a wrong field (results marked stale), ${colorScheme} theme`, async ({ app }) => {
    const { page } = await app.open('', { colorScheme, viewport: { width: 390, height: 844 } });
    await field(page, 'digital.stages.1.volume').fill('abc');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-stale', 'true');
    expect(await audit(page)).toEqual([]);
  });

  test(`workshop view, ${colorScheme} theme`, async ({ app }) => {
    const { page } = await app.open('', { colorScheme, viewport: { width: 1280, height: 720 } });
    await page.click('[name="workshop.toggle"]');
    await expect(page.locator('html')).toHaveClass(/(^|\s)workshop(\s|$)/);
    expect(await audit(page)).toEqual([]);
  });
}

test('keyboard only: reach a stage volume, change it, and the KPI follows', async ({ app, page }) => {
  await app.goto(page);
  const target = field(page, 'digital.stages.3.volume');
  // Tab until the field has focus (bounded).
  for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reached by Tab').toBeFocused();
  // Text fields ring their focus with a box-shadow in the focus colour (style/main.css
  // says why not an outline); forced-colors mode drops shadows, so there it is an outline.
  const ring = () => target.evaluate((el) => {
    const focus = getComputedStyle(document.documentElement).getPropertyValue('--fc-focus').trim();
    const probe = document.createElement('i');
    probe.style.color = focus;
    document.body.append(probe);
    const rgb = getComputedStyle(probe).color;
    probe.remove();
    const shadow = getComputedStyle(el).boxShadow;
    return shadow.includes(rgb) ? 'in the focus colour' : `${shadow} is not in ${rgb}`;
  });
  await expect.poll(ring, 'focus ring').toBe('in the focus colour');
  await page.emulateMedia({ forcedColors: 'active' });
  await expect.poll(() => target.evaluate((el) => getComputedStyle(el).outlineStyle), 'focus is visible in forced colors').not.toBe('none');
  await page.emulateMedia({ forcedColors: 'none' });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('14');
  await expect(kpiCell(page, 'customers', 'digital')).toHaveAttribute('data-value', '14');
});

test('results are announced politely once typing pauses', async ({ app, page }) => {
  await app.goto(page);
  const region = page.locator('[data-announcer="results"]');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  expect(await region.innerText(), 'nothing announced on load').toBe('');
  await field(page, 'digital.stages.3.volume').fill('14');
  await expect(region).toContainText(/New customers 14/);
});

// The `name`s of the text fields whose accessible name, as Chromium computes it for
// assistive technology, is `label`. (Playwright's getByLabel leaves out the value of a
// field that an aria-labelledby refers to, which the accessible-name algorithm and
// browsers include.)
async function fieldsNamed(cdp, label) {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { backendNodeId: root.backendNodeId, accessibleName: label, role: 'textbox' });
  const names = [];
  for (const n of nodes) {
    const { node } = await cdp.send('DOM.describeNode', { backendNodeId: n.backendDOMNodeId });
    names.push(node.attributes[node.attributes.indexOf('name') + 1]);
  }
  return names;
}

test('stage fields are labelled with their column and stage, and follow a rename', async ({ app, page, context }) => {
  await app.goto(page);
  const cdp = await context.newCDPSession(page);
  const name = field(page, 'digital.stages.1.name');
  const stage = await name.inputValue();
  expect(await fieldsNamed(cdp, `Volume ${stage}`)).toEqual(['digital.stages.1.volume']);
  // The benchmark's header breaks the word with a soft hyphen.
  const benchmark = await page.locator('#digital-col-benchmark').textContent();
  expect(await fieldsNamed(cdp, `${benchmark} ${stage}`)).toEqual(['digital.stages.1.benchmark']);
  await name.fill('Trials started');
  // Every field of the renamed row, and only of that row, takes the new name.
  // The name field is named by its column; its value is read as its value.
  expect(await fieldsNamed(cdp, 'Stage')).toContain('digital.stages.1.name');
  for (const [label, path] of [['Volume', 'volume'], ['Cost', 'cost'], ['Days', 'days']]) {
    await expect.poll(() => fieldsNamed(cdp, `${label} Trials started`), `${label} follows the rename`).toEqual([`digital.stages.1.${path}`]);
  }
  // The new name is there (above), so the old one is gone for good, not yet to go.
  expect(await fieldsNamed(cdp, `Volume ${stage}`), 'the old name is gone').toEqual([]);
  // The other funnel's table has its own headers.
  const other = await field(page, 'service.stages.0.name').inputValue();
  expect(await fieldsNamed(cdp, `Volume ${other}`)).toEqual(['service.stages.0.volume']);
});

// Chromium skips the layout of content-visibility: auto content far from the screen: the
// lower sections, and each chart until it reaches the viewport. A screen reader must
// still find all of it. Chromium builds its whole accessibility tree only while an
// assistive technology asks for it, hence the flag that stands in for one.
test('charts and sections the page has not laid out yet are complete for screen readers', async ({ app, playwright, launchOptions, pageErrors }) => {
  const reader = await playwright.chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), '--force-renderer-accessibility'] });
  try {
    const context = await reader.newContext({ viewport: { width: 1280, height: 900 } });
    pageErrors.watch(context);
    const { page } = await app.open('', { context });
    const timeline = page.locator('[data-chart="timeline"]');
    expect(await timeline.locator('figcaption').evaluate((e) => e.checkVisibility({ contentVisibilityAuto: true })),
      'the timeline, far below the screen, is not rendered (the case under test)').toBe(false);
    const titles = await page.locator('figure.chart svg > title').allTextContents();
    expect(titles).toHaveLength(7);
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const named = (role) => nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? '');
    expect(named('image'), 'every chart is an image named by its title').toEqual(titles);
    const summary = await timeline.locator('.chart-summary').textContent();
    expect(summary.length).toBeGreaterThan(20);
    const texts = nodes.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
    expect(texts, `the timeline's text alternative is in the tree: ${summary}`).toContain(summary);
    const headings = named('heading');
    for (const h of ['Charts', 'Scenarios', 'Share and export']) expect(headings, `heading ${h}`).toContain(h);
    await context.close();
  } finally {
    await reader.close();
  }
});
