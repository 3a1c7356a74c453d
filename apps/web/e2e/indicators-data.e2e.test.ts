// The statistics entry data in real Chromium: the office enters a population with its source and the per-resident
// figure on the overview follows; it adds a published literacy value (after the API's field errors show next to the
// survey fields), sees it on the targets page and deletes it again on the literacy page after a confirmation; the
// education bureau's liaison adds a school, records its counsellors, and the share by area changes, then deletes the
// school and the share goes back. Readers see no edit or delete controls. Axe on each page; one 375 px check.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const YEAR = new Date().getUTCFullYear() - 1;

const e2e = setUpE2e({ shots: 'ind-data' });
const { shot } = e2e;
const pageAs = (user: { username: string; password: string }) => e2e.session(user.username, user.password);
const input = (page: Page, id: string) => page.locator(`input${dt(id)}, ${dt(id)} input`).first();
/** "1,234.5" → 1234.5 */
const num = async (page: Page, selector: string) =>
  Number((await page.locator(selector).innerText()).replace(/[^0-9.-]/g, ''));
const fieldError = (page: Page, id: string) =>
  page.locator(`.ant-form-item:has(${dt(id)}) .ant-form-item-explain-error`);

describe('statistics entry data', () => {
  it('the office enters a population with its source, and the per-resident figure follows', async () => {
    const office = await pageAs(accounts.office);
    const overview = `${e2e.url()}/indicators?year=${YEAR - 1}&figure=C_SPECIAL_PER_CAPITA`;
    await office.goto(overview);
    await office.waitForSelector(dt('ind-value-211102'));
    const before = await num(office, dt('ind-value-211102'));
    expect(before).toBeGreaterThan(0);

    await office.click(dt('ind-tab-populations'));
    await office.waitForSelector(dt('ind-pop-form'));
    // the seeded 双台子区 figure is a marked stand-in, the city's census figure is not
    await expect(
      office.locator(`${dt('ind-pop-row-211102-2020')} ${dt('ind-pop-demo')}`).count(),
    ).resolves.toBe(1);
    await expect(
      office.locator(`${dt('ind-pop-row-211100-2020')} ${dt('ind-pop-demo')}`).count(),
    ).resolves.toBe(0);
    await expectAccessible(office, 'populations');

    await office.selectOption(dt('ind-pop-area'), '211102');
    await input(office, 'ind-pop-year').fill(String(YEAR - 1));
    await input(office, 'ind-pop-population').fill('350000');
    await office.click(dt('ind-pop-save'));
    // the source is required
    await expect(fieldError(office, 'ind-pop-source').innerText()).resolves.toContain('来源');
    await office.fill(dt('ind-pop-source'), '双台子区统计局 人口统计公报');
    await office.click(dt('ind-pop-save'));
    const row = dt(`ind-pop-row-211102-${YEAR - 1}`);
    await office.waitForSelector(row);
    await expect(office.locator(row).innerText()).resolves.toContain('双台子区统计局');
    await expect(office.locator(`${row} ${dt('ind-pop-demo')}`).count()).resolves.toBe(0);
    await shot(office, 'populations');

    // special funds ÷ residents: the same funds over 350 000 instead of the 300 000 estimate
    await office.goto(overview);
    await office.waitForSelector(dt('ind-value-211102'));
    const after = await num(office, dt('ind-value-211102'));
    expect(after).not.toBe(before);
    expect(after).toBeCloseTo((before * 300000) / 350000, 1);
  });

  it('the office adds a published literacy value; the survey fields show the API errors first', async () => {
    const office = await pageAs(accounts.office);
    await visit(office, e2e.url(), `/indicators/literacy`);
    await office.waitForSelector(dt('ind-kpi-form'));
    await expectAccessible(office, 'literacy values');
    await office.selectOption(dt('ind-kpi-area'), '211104');
    await input(office, 'ind-kpi-year').fill(String(YEAR));
    await input(office, 'ind-kpi-value').fill('11.3');
    await office.click('label:has-text("抽样调查估计")');
    await office.waitForSelector(dt('ind-kpi-instrument'));
    await office.click(dt('ind-kpi-save'));
    await expect(fieldError(office, 'ind-kpi-se').innerText()).resolves.toBe('抽样调查估计必须填写标准误');
    await expect(fieldError(office, 'ind-kpi-instrument').innerText()).resolves.toBe(
      '抽样调查估计必须填写测评工具版本',
    );
    await shot(office, 'literacy-errors');
    await expectAccessible(office, 'literacy form with errors');

    await office.click('label:has-text("公开发布的数字")');
    await office.fill(dt('ind-kpi-citation'), '大洼区第十二次公民科学素质调查公报');
    await office.click(dt('ind-kpi-save'));
    const row = dt(`ind-kpi-row-${YEAR}-211104-all`);
    await office.waitForSelector(`${row}:has-text("大洼区第十二次公民科学素质调查公报")`);

    await office.click(dt('ind-tab-targets'));
    await office.waitForSelector(dt('ind-target-K_LITERACY'));
    await expect(office.locator(row).innerText()).resolves.toContain('大洼区第十二次公民科学素质调查公报');
    await expect(office.locator(row).innerText()).resolves.toContain('11.3%');
    // the narrow target shows the share and the implied value
    await expect(office.locator(dt('ind-target-K_URBAN_RURAL_GAP')).innerText()).resolves.toContain(
      '至少缩小 30%',
    );
    await shot(office, 'targets');
    // the targets page lists the values without delete buttons; the literacy page deletes one after asking
    await expect(office.locator('[data-test^="ind-kpi-delete-"]').count()).resolves.toBe(0);

    await office.click(dt('ind-tab-literacy'));
    const del = `ind-kpi-delete-${YEAR}-211104-all`;
    await office.click(dt(del));
    await office.waitForSelector('.ant-popconfirm:has-text("删除")');
    await expectAccessible(office, 'literacy delete confirmation');
    await office.click(dt(`${del}-ok`));
    await office.waitForSelector(row, { state: 'detached' });
    await office.click(dt('ind-tab-targets'));
    await office.waitForSelector(dt('ind-target-K_LITERACY'));
    await expect(office.locator(row).count()).resolves.toBe(0);
  });

  it('the education bureau records counsellors and the share by area changes; readers see no controls', async () => {
    const edu = await pageAs(accounts.liaison);
    await visit(edu, e2e.url(), `/indicators/schools`);
    await edu.waitForSelector(dt('ind-school-form'));
    const share = dt('ind-share-211104');
    const counts = async () => {
      await edu.waitForSelector(share);
      const cells = edu.locator(`${share} td`);
      return [Number(await cells.nth(1).innerText()), Number(await cells.nth(2).innerText())];
    };
    const [schools, withCounsellor] = await counts();
    await expectAccessible(edu, 'schools');

    await edu.fill(dt('ind-school-name'), '大洼区新开小学');
    await edu.selectOption(dt('ind-school-area'), '211104');
    await edu.selectOption(dt('ind-school-ur'), 'rural');
    await edu.click(dt('ind-school-save'));
    await edu.waitForSelector(`${share}:has-text("${schools + 1}")`);
    await expect(counts()).resolves.toEqual([schools + 1, withCounsellor]);

    await edu.selectOption(dt('ind-school-filter'), '211104');
    const row = edu.locator('tr:has-text("大洼区新开小学")');
    await row.locator('input').fill('2');
    await row.locator('[data-test$="-record"]').click();
    await edu.waitForFunction(
      ([sel, n]) => document.querySelector(`${sel} td:nth-child(3)`)?.textContent === String(n),
      [share, withCounsellor + 1] as const,
    );
    await expect(counts()).resolves.toEqual([schools + 1, withCounsellor + 1]);
    await shot(edu, 'schools');

    // deleting the school (after the confirmation; "cancel" keeps it) gives back the counts from before
    await row.locator('[data-test$="-delete"]').click();
    await edu.locator('.ant-popconfirm-buttons button').first().click(); // 取消 / cancel
    await edu.waitForSelector('.ant-popconfirm', { state: 'hidden' });
    await expect(row.count()).resolves.toBe(1);
    await row.locator('[data-test$="-delete"]').click();
    await edu.locator('.ant-popconfirm [data-test$="-delete-ok"]').click();
    await row.waitFor({ state: 'detached' });
    await edu.waitForSelector(`${share}:has-text("${schools}")`);
    await expect(counts()).resolves.toEqual([schools, withCounsellor]);

    const viewer = await pageAs(accounts.viewer);
    await visit(viewer, e2e.url(), `/indicators/schools`);
    await viewer.waitForSelector(dt('ind-read-only'));
    await expect(viewer.locator(dt('ind-school-form')).count()).resolves.toBe(0);
    await expect(viewer.locator(`${dt('ind-school-table')} input`).count()).resolves.toBe(0);
    await expect(viewer.locator(`${dt('ind-school-table')} button`).count()).resolves.toBe(0);
    await visit(viewer, e2e.url(), `/indicators/literacy`);
    await viewer.waitForSelector(dt('ind-kpi'));
    await expect(viewer.locator('[data-test^="ind-kpi-delete-"]').count()).resolves.toBe(0);
    await visit(viewer, e2e.url(), `/indicators/populations`);
    await viewer.waitForSelector(dt('ind-read-only'));
    await expect(viewer.locator(dt('ind-pop-form')).count()).resolves.toBe(0);
  });

  it('the entry pages fit a 375 px phone without sideways scrolling', async () => {
    const page = await e2e.session(accounts.office.username, accounts.office.password, phone);
    for (const [url, id] of [
      ['/indicators/populations', 'ind-pop-form'],
      ['/indicators/literacy', 'ind-kpi-form'],
      ['/indicators/schools', 'ind-school-form'],
    ]) {
      await visit(page, e2e.url(), `${url}`);
      await page.waitForSelector(dt(id));
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflow(page), url).toBe(0);
      await shot(page, `phone-${id}`);
    }
    // the areas page shows the same yearly figure and the same form for the selected area
    await visit(page, e2e.url(), `/areas`);
    await page.click(dt('area-211104'));
    await page.waitForSelector(`${dt('area-detail')} ${dt('ind-pop-form')}`);
    await expect(page.locator(dt('area-detail')).innerText()).resolves.toContain('2020');
    expect(await horizontalOverflow(page), '/areas').toBe(0);
    await expectAccessible(page, 'areas page on a phone with the population form');
  });
});
