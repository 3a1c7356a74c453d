// The office's statistics set-up in real Chromium: adds a reporting unit in 大洼区, assigns the form to it with a
// window, adds a hard rule and a derived figure (after previewing the city's figure), and the district admin finds the
// unit's submitted report in their queue. Axe on each page; the units page at phone width.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  desktop,
  dt,
  expectAccessible,
  fillDate,
  horizontalOverflow,
  phone,
  visit,
} from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const YEAR = new Date().getUTCFullYear() - 1; // the demo's open year
const PAST = YEAR - 1; // accepted, with figures for the preview
const UNIT = { code: 'DW-E2E', name: '大洼区科普服务站' };

const e2e = setUpE2e({ shots: 'ind-setup' });
const pageAs = (user: { username: string; password: string }, options = desktop) =>
  e2e.session(user.username, user.password, options);
const shot = (page: Page, name: string) => e2e.shot(page, name, false);

describe('the statistics set-up', () => {
  let office: Page;
  let unitId = 0;

  it('the office adds a reporting unit in 大洼区 and assigns the form to it with a window', async () => {
    office = await pageAs(accounts.office);
    await visit(office, e2e.url(), `/indicators/units?year=${YEAR}`);
    await office.waitForSelector(dt('ind-unit-table'));
    await expectAccessible(office, 'reporting units');
    await office.fill(dt('ind-unit-code'), UNIT.code);
    await office.fill(dt('ind-unit-name'), UNIT.name);
    await office.selectOption(dt('ind-unit-dept'), 'institution');
    await office.selectOption(dt('ind-unit-area'), '211104');
    await office.click(dt('ind-unit-submit'));
    await office.fill(dt('ind-unit-filter'), UNIT.code);
    const row = office.locator(dt(`ind-unit-row-${UNIT.code}`));
    await row.waitFor();
    await expect(row.innerText()).resolves.toBe(UNIT.name);
    await expect(office.locator(dt(`ind-unit-report-${UNIT.code}`)).innerText()).resolves.toBe('未分配');

    await office.getByRole('checkbox', { name: `选择 ${UNIT.name}` }).check();
    await fillDate(office, dt('ind-assign-opens'), `${YEAR}-03-01`);
    await fillDate(office, dt('ind-assign-due'), `${YEAR}-05-31`);
    await office.click(dt('ind-assign-submit'));
    await office.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent === '待填报',
      dt(`ind-unit-report-${UNIT.code}`),
    );
    await expect(office.locator(dt(`ind-unit-window-${UNIT.code}`)).innerText()).resolves.toBe(
      `${YEAR}-03-01 至 ${YEAR}-05-31`,
    );
    await expectAccessible(office, 'reporting units after assigning');
    await shot(office, 'units');
    const units = (await (await office.request.get(`${e2e.url()}/api/indicators/units`)).json()) as {
      id: number;
      code: string;
    }[];
    unitId = units.find((u) => u.code === UNIT.code)?.id ?? 0;
    expect(unitId).toBeGreaterThan(0);
  });

  it('the office adds a hard rule, shown on the form with its reason', async () => {
    await visit(office, e2e.url(), `/indicators/form?year=${YEAR}`);
    await office.waitForSelector(dt('ind-rule-form'));
    await office.fill(dt('ind-rule-code'), 'R_E2E_CONTEST');
    await office.fill(dt('ind-rule-left'), 'A031');
    await office.selectOption(dt('ind-rule-op'), '<=');
    // a typo first: the error names the field and the position
    await office.fill(dt('ind-rule-right'), 'A03 *');
    await office.selectOption(dt('ind-rule-severity'), 'hard');
    await office.fill(dt('ind-rule-zh'), '竞赛参加人次不能超过活动总人次');
    await office.fill(dt('ind-rule-en'), 'Contest attendance cannot exceed all attendance');
    await office.click(dt('ind-rule-submit'));
    const error = office.locator(`${dt('ind-rule-form')} [role="alert"]`).first();
    await error.waitFor();
    await expect(error.innerText()).resolves.toContain('body.right');
    await office.fill(dt('ind-rule-right'), 'A03');
    await office.click(dt('ind-rule-submit'));
    const rules = office.locator(dt('ind-form-rules'));
    await rules.getByText('R_E2E_CONTEST').waitFor();
    await expect(rules.innerText()).resolves.toContain('竞赛参加人次不能超过活动总人次');
    await expectAccessible(office, 'form with the rules editor');
  });

  it('the office moves an item down and back up, and the order is kept', async () => {
    const order = () =>
      office
        .locator(`${dt('ind-form-items')} tr[data-row-key]`)
        .evaluateAll((rows) => rows.slice(0, 3).map((r) => r.getAttribute('data-row-key')));
    const [first, second, third] = await order();
    await office.click(dt(`ind-form-down-${first}`));
    await expect.poll(order).toEqual([second, first, third]);
    await office.reload();
    await office.waitForSelector(`${dt('ind-form-items')} tr[data-row-key]`);
    await expect.poll(order).toEqual([second, first, third]);
    await expect(office.locator(dt(`ind-form-up-${second}`)).count()).resolves.toBe(0); // the first has no "up"
    await office.click(dt(`ind-form-up-${first}`));
    await expect.poll(order).toEqual([first, second, third]);
  });

  it('the office previews a derived figure for the city, then saves it', async () => {
    await visit(office, e2e.url(), `/indicators/form?year=${PAST}`);
    await office.waitForSelector(dt('ind-computed-form'));
    await office.fill(dt('ind-computed-code'), 'C_E2E_VISITS');
    await office.fill(dt('ind-computed-zh'), '每万人科技馆参观人次');
    await office.fill(dt('ind-computed-en'), 'Science centre visits per 10,000 residents');
    await office.fill(dt('ind-computed-numerator'), 'V013 + V023');
    await office.fill(dt('ind-computed-denominator'), 'POP');
    await office.fill(`${dt('ind-computed-factor')} input, input${dt('ind-computed-factor')}`, '10000');
    await office.fill(dt('ind-computed-unit'), '人次/万人');
    await office.click(dt('ind-computed-preview-button'));
    const preview = office.locator(dt('ind-computed-preview'));
    await office.waitForFunction(
      (sel) => (document.querySelector(sel)?.textContent ?? '').includes('盘锦市'),
      dt('ind-computed-preview'),
    );
    const text = await preview.innerText();
    expect(text).toMatch(new RegExp(`盘锦市 ${PAST} 年：[\\d,.]+ 人次/万人`));
    expect(text).toContain('人口 1,389,691');
    await shot(office, 'computed');
    await office.click(dt('ind-computed-submit'));
    const table = office.locator(dt('ind-computed-table'));
    await table.getByText('C_E2E_VISITS').waitFor();
    await expect(table.innerText()).resolves.toContain('(V013 + V023) ÷ (POP) × 10000');
    await expectAccessible(office, 'form with the derived-figures editor');
  });

  it('the district admin finds the submitted report in their queue and opens it', async () => {
    // the office files for the new unit (as on the phone) and submits, to save the test a grid (an empty form is
    // refused, so one figure first)
    const filled = await office.request.put(`${e2e.url()}/api/indicators/reports/${YEAR}/${unitId}/values`, {
      data: { values: [{ item: 'P01', value: 3 }] },
    });
    expect(filled.status(), await filled.text()).toBe(200);
    const res = await office.request.post(`${e2e.url()}/api/indicators/reports/${YEAR}/${unitId}/submit`, {
      data: {},
    });
    expect(res.status(), await res.text()).toBe(200);
    const dawa = await pageAs(accounts.district);
    await visit(dawa, e2e.url(), `/indicators/reports?year=${YEAR}`);
    await dawa.waitForSelector(dt('ind-report-table'));
    await dawa.click(dt('ind-view-queue'));
    const link = dawa.locator(dt(`ind-queue-link-${unitId}`));
    await link.waitFor();
    await expect(link.innerText()).resolves.toBe(UNIT.name);
    await expect(dawa.locator(dt(`ind-queue-step-${unitId}`)).innerText()).resolves.toBe('审核');
    await expectAccessible(dawa, 'reviewer queue');
    await shot(dawa, 'queue');
    await link.click();
    await dawa.waitForURL((u) => u.pathname === `/indicators/reports/${YEAR}/${unitId}`);
    await dawa.waitForSelector(dt('ind-state'));
    await expect(dawa.locator(dt('ind-state')).innerText()).resolves.toBe('已提交待审核');
  });

  it('the units page fits a 375 px phone', async () => {
    const page = await pageAs(accounts.office, phone);
    await visit(page, e2e.url(), `/indicators/units?year=${YEAR}`);
    await page.waitForSelector(dt('ind-unit-table'));
    expect(await horizontalOverflow(page)).toBe(0);
    await expectAccessible(page, 'reporting units on a phone');
    await shot(page, 'units-phone');
  });
});
