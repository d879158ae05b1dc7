// Accessibility: axe-core finds no serious or critical WCAG 2.x A/AA violation on the
// main, embed and workshop views, in light and dark themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, open } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

async function audit(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`main view, ${colorScheme} theme`, async () => {
    const { page, context } = await open(env, { colorScheme });
    await page.locator('details.extra').first().evaluate((d) => { d.open = true; });
    assert.deepEqual(await audit(page), []);
    await context.close();
  });

  test(`embed view, ${colorScheme} theme`, async () => {
    const { page, context } = await open(env, { path: '?embed', colorScheme, viewport: { width: 600, height: 900 } });
    assert.deepEqual(await audit(page), []);
    await context.close();
  });

  test(`workshop view, ${colorScheme} theme`, async () => {
    const { page, context } = await open(env, { colorScheme });
    await page.click('[name="workshop.toggle"]');
    await page.waitForFunction(() => document.documentElement.classList.contains('workshop'));
    assert.deepEqual(await audit(page), []);
    await context.close();
  });
}

test('keyboard only: reach a stage volume, change it, and the KPI follows', async () => {
  const { page, context } = await open(env);
  const target = page.locator('[name="digital.stages.3.volume"]');
  // Tab until the field has focus (bounded).
  for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await target.evaluate((el) => el === document.activeElement), true, 'reached by Tab');
  // Text fields ring their focus with a box-shadow in the focus colour (style/main.css
  // says why not an outline); forced-colors mode drops shadows, so there it is an outline.
  const ring = await target.evaluate((el) => {
    const focus = getComputedStyle(document.documentElement).getPropertyValue('--fc-focus').trim();
    const probe = document.createElement('i');
    probe.style.color = focus;
    document.body.append(probe);
    const rgb = getComputedStyle(probe).color;
    probe.remove();
    return { shadow: getComputedStyle(el).boxShadow, rgb };
  });
  assert.ok(ring.shadow.includes(ring.rgb), `focus ring in ${ring.rgb}: ${ring.shadow}`);
  await page.emulateMedia({ forcedColors: 'active' });
  assert.notEqual(await target.evaluate((el) => getComputedStyle(el).outlineStyle), 'none', 'focus is visible in forced colors');
  await page.emulateMedia({ forcedColors: 'none' });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('14');
  await page.waitForFunction(() => document.querySelector('td[data-kpi="customers"][data-funnel="digital"]').dataset.value === '14');
  await context.close();
});

test('results are announced politely once typing pauses', async () => {
  const { page, context } = await open(env);
  const region = page.locator('[data-announcer="results"]');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  assert.equal(await region.innerText(), '', 'nothing announced on load');
  await page.fill('[name="digital.stages.3.volume"]', '14');
  await page.waitForFunction(() => document.querySelector('[data-announcer="results"]').textContent.includes('14'));
  assert.match(await region.textContent(), /New customers 14/);
  await context.close();
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

test('stage fields are labelled with their column and stage, and follow a rename', async () => {
  const { page, context } = await open(env);
  const cdp = await context.newCDPSession(page);
  const name = page.locator('[name="digital.stages.1.name"]');
  const stage = await name.inputValue();
  assert.deepEqual(await fieldsNamed(cdp, `Volume ${stage}`), ['digital.stages.1.volume']);
  // The benchmark's header breaks the word with a soft hyphen.
  const benchmark = await page.locator('#digital-col-benchmark').textContent();
  assert.deepEqual(await fieldsNamed(cdp, `${benchmark} ${stage}`), ['digital.stages.1.benchmark']);
  await name.fill('Trials started');
  // Every field of the renamed row, and only of that row, takes the new name.
  for (const [field, path] of [['Stage', 'name'], ['Volume', 'volume'], ['Cost', 'cost'], ['Days', 'days']]) {
    assert.deepEqual(await fieldsNamed(cdp, `${field} Trials started`), [`digital.stages.1.${path}`], `${field} follows the rename`);
  }
  assert.deepEqual(await fieldsNamed(cdp, `Volume ${stage}`), [], 'the old name is gone');
  // The other funnel's table has its own headers.
  const other = await page.locator('[name="service.stages.0.name"]').inputValue();
  assert.deepEqual(await fieldsNamed(cdp, `Volume ${other}`), ['service.stages.0.volume']);
  await context.close();
});

// Chromium skips the layout of content-visibility: auto content far from the screen: the
// lower sections, and each chart until it reaches the viewport. A screen reader must
// still find all of it. Chromium builds its whole accessibility tree only while an
// assistive technology asks for it, hence the flag that stands in for one.
test('charts and sections the page has not laid out yet are complete for screen readers', async () => {
  const reader = await launch({}, { args: ['--force-renderer-accessibility'] });
  try {
    const { page, context } = await open(reader, { viewport: { width: 1280, height: 900 } });
    const timeline = page.locator('[data-chart="timeline"]');
    assert.equal(await timeline.locator('figcaption').evaluate((e) => e.checkVisibility({ contentVisibilityAuto: true })), false,
      'the timeline, far below the screen, is not rendered (the case under test)');
    const titles = await page.locator('figure.chart svg > title').allTextContents();
    assert.equal(titles.length, 7);
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const named = (role) => nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? '');
    assert.deepEqual(named('image'), titles, 'every chart is an image named by its title');
    const summary = await timeline.locator('.chart-summary').textContent();
    assert.ok(summary.length > 20);
    const texts = nodes.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
    assert.ok(texts.includes(summary), `the timeline's text alternative is in the tree: ${summary}`);
    const headings = named('heading');
    for (const h of ['Charts', 'Scenarios', 'Share and export']) assert.ok(headings.includes(h), `heading ${h} in ${headings.join(' | ')}`);
    await context.close();
  } finally {
    await reader.close();
  }
});
