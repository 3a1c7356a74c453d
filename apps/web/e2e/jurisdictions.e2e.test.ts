// Several jurisdictions and the cascade in Chromium (issue 13): the Liaoning office (示例) opens its province page and
// sees Panjin's and Anshan's progress beside their plans; it switches to Panjin and every page follows (plan, areas);
// on a 375 px phone the province page fits the screen; a Panjin office has no switcher. axe on every page.
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = setUpE2e({ shots: 'jurisdictions' });
const wide = { ...desktop, viewport: { width: 1440, height: 900 } };
const { province } = accounts;

describe('a province office and its cities', () => {
  it('the Liaoning office sees its cities, Panjin’s progress among them, and switches to Panjin', async () => {
    const page = await e2e.session(province.username, province.password, wide);
    await page.waitForSelector(dt('plan-title'));
    await expect(page.textContent(dt('plan-title'))).resolves.toContain('辽宁省');
    await expect(page.locator(dt('jurisdiction-switch')).inputValue()).resolves.toBe('210000');
    await expectAccessible(page, 'the province plan page');

    await page.click(dt('nav-cascade'));
    await page.waitForSelector(dt('cascade-card-211100'));
    const panjin = page.locator(dt('cascade-card-211100'));
    await expect(panjin.locator(dt('cascade-progress-211100')).textContent()).resolves.toMatch(/\d+(\.\d)?%/);
    await expect(panjin.textContent()).resolves.toContain('实施现行本级规划');
    const anshan = page.locator(dt('cascade-card-210300'));
    await expect(anshan.textContent()).resolves.toContain('示例');
    await expect(anshan.locator(dt('cascade-groups-210300')).textContent()).resolves.toContain(
      '钢铁产业科普工程',
    );
    await expect(page.locator(dt('cascade-export')).getAttribute('href')).resolves.toBe(
      '/api/jurisdictions/cascade.xlsx',
    );
    await e2e.shot(page, 'cascade-1440');
    await expectAccessible(page, 'the cascade page');

    // switch: every page now shows Panjin (navigating, not reloading)
    await page.selectOption(dt('jurisdiction-switch'), '211100');
    await page.waitForSelector('.ant-message-notice');
    await page.click(dt('nav-plan'));
    await page.waitForSelector(`${dt('plan-title')}:has-text("盘锦市")`);
    await page.click(dt('nav-areas'));
    await page.waitForSelector(dt('area-211100'));
    await expect(page.locator(dt('area-210300')).count()).resolves.toBe(0);
    await e2e.shot(page, 'switched-areas-1440');
    await expectAccessible(page, 'the areas page after the switch');
    // Panjin has nothing below it with a plan: no cascade link
    await expect(page.locator(dt('nav-cascade')).count()).resolves.toBe(0);
    await page.selectOption(dt('jurisdiction-switch'), '210000');
    await page.waitForSelector(dt('nav-cascade'));
  });

  it('on a 375 px phone the province page fits the screen', async () => {
    const page = await e2e.session(province.username, province.password, phone);
    await visit(page, e2e.url(), `/cascade`);
    await page.waitForSelector(dt('cascade-card-211100'));
    expect(await horizontalOverflow(page)).toBe(0);
    await e2e.shot(page, 'cascade-375');
    await page.locator(dt('cascade-card-210300')).scrollIntoViewIfNeeded();
    await e2e.shot(page, 'cascade-375-anshan', false);
    await expectAccessible(page, 'the cascade page on a phone');
  });

  it('a Panjin office has no switcher and no cascade link', async () => {
    const page = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await page.waitForSelector(`${dt('plan-title')}:has-text("盘锦市")`);
    await expect(page.locator(dt('jurisdiction-switch')).count()).resolves.toBe(0);
    await expect(page.locator(dt('nav-cascade')).count()).resolves.toBe(0);
    await expectAccessible(page, 'the Panjin plan page');
  });
});
