// The statistics journey in real Chromium: a 大洼区 unit finds 提交审核 disabled on an empty form and while a hard rule
// fails (saying why), fixes it, is refused once for an unexplained soft rule (the cells are marked and the first is
// brought into view), explains it and submits; the district sends it back; the unit resubmits; the district
// approves; the office sees the figure on the map and in the pivot once it counts reports in review (by default only
// accepted reports count). Axe on every page; phone layout without sideways scrolling.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const YEAR = new Date().getUTCFullYear() - 1;
const unitUser = { username: 'dawa-kexie', password: 'kepu-liaison-2025' };

const e2e = setUpE2e({ shots: 'ind' });
const { shot } = e2e;
const pageAs = (user: { username: string; password: string }, options = desktop) =>
  e2e.session(user.username, user.password, options);
const cell = (page: Page, id: string) => page.locator(`input${dt(id)}, ${dt(id)} input`).first();
async function fill(page: Page, values: Record<string, number>) {
  for (const [id, v] of Object.entries(values)) await cell(page, `ind-cell-${id}`).fill(String(v));
}
async function save(page: Page) {
  await page.click(dt('ind-save'));
  await page.waitForSelector(`${dt('ind-save')}[disabled]`);
}

describe('the statistics journey', () => {
  let unitPage: Page;
  let reportUrl: string;

  it('a unit fills the grid, hits a hard rule, fixes it, explains a soft one and submits', async () => {
    unitPage = await pageAs(unitUser);
    await unitPage.click(dt('nav-indicators'));
    await unitPage.waitForSelector(dt('ind-overview'));
    await unitPage.click(dt('ind-tab-reports'));
    await unitPage.waitForSelector(dt('ind-report-table'));
    await expectAccessible(unitPage, 'reports list');
    await unitPage.locator('[data-test^="ind-report-link-"]').first().click();
    await unitPage.waitForSelector(dt('ind-group-F'));
    reportUrl = unitPage.url();
    expect(reportUrl).toContain(`/indicators/reports/${YEAR}/`);
    await expect(unitPage.locator(dt('ind-state')).innerText()).resolves.toBe('待填报');
    // an empty form is not "passing every rule": it cannot be submitted, and the page says so
    await expect(unitPage.locator(dt('ind-submit')).isDisabled()).resolves.toBe(true);
    await expect(unitPage.locator(dt('ind-submit-why')).innerText()).resolves.toContain('还没有填写任何数据');
    await expect(unitPage.locator(dt('ind-no-violations')).innerText()).resolves.toBe(
      '表中还没有数据，尚未审核。',
    );
    // 筹集额 100 000 while its sources add up to 90 000
    await fill(unitPage, {
      P01: 12,
      F01: 100000,
      F011: 60000,
      F0111: 30000,
      F012: 10000,
      F013: 20000,
      F014: 0,
      F02: 95000,
      F022: 95000,
    });
    await save(unitPage);
    await unitPage.waitForSelector(dt('ind-violation-R_F01_BALANCE'));
    await expect(unitPage.locator(dt('ind-violation-R_F01_BALANCE')).innerText()).resolves.toContain(
      '筹集额应等于',
    );
    await shot(unitPage, 'grid-hard-rule');
    await expectAccessible(unitPage, 'grid with a hard rule');
    // 提交审核 is disabled while the hard rule fails, and says why next to it
    await expect(unitPage.locator(dt('ind-submit')).isDisabled()).resolves.toBe(true);
    await expect(unitPage.locator(dt('ind-submit-why')).innerText()).resolves.toContain(
      '有 1 条必须修正的审核规则未通过',
    );
    await expect(unitPage.locator(dt('ind-submit')).getAttribute('aria-describedby')).resolves.toBe(
      'ind-submit-why',
    );
    await expect(unitPage.locator('[data-cell="F01/"]').getAttribute('class')).resolves.toContain(
      'ind-cell-bad',
    );
    // fix: 90 000 raised; 95 000 spent is now a soft rule that needs an explanation
    await fill(unitPage, { F01: 90000 });
    await save(unitPage);
    await unitPage.waitForSelector(dt('ind-violation-R_F02_VS_F01'));
    await expect(unitPage.locator(dt('ind-violation-R_F01_BALANCE')).count()).resolves.toBe(0);
    // submitting without the explanation is refused: the soft-warned cells are marked and the first is in view
    await unitPage.evaluate(() => window.scrollTo(0, 0));
    await unitPage.click(dt('ind-submit'));
    await unitPage.waitForSelector(dt('ind-submit-failed'));
    const first = unitPage.locator('[data-cell="F01/"]');
    await expect(first.getAttribute('class')).resolves.toMatch(/ind-cell-warn.*ind-cell-flagged/);
    await expect(unitPage.locator('[data-cell="F02/"]').getAttribute('class')).resolves.toContain(
      'ind-cell-flagged',
    );
    await expect
      .poll(() =>
        first.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight && el.contains(document.activeElement);
        }),
      )
      .toBe(true);
    await shot(unitPage, 'grid-refused', false);
    await expectAccessible(unitPage, 'grid after a refused submit');
    await unitPage.fill(dt('ind-explain-R_F02_VS_F01'), '使用了上年结余 5000 元');
    await unitPage.click(dt('ind-submit'));
    await unitPage.waitForSelector(dt('ind-lock'));
    await expect(unitPage.locator(dt('ind-state')).innerText()).resolves.toBe('已提交待审核');
    // the lock names the unit's person, not the login
    const lock = await unitPage.locator(dt('ind-lock')).innerText();
    expect(lock).toContain('大洼区科协 联络员');
    expect(lock).not.toContain('dawa-kexie');
    await expect(unitPage.locator(dt('ind-save')).count()).resolves.toBe(0);
    await shot(unitPage, 'grid-submitted');
    await expectAccessible(unitPage, 'submitted report');
  });

  it('the district sends it back with a reason, the unit resubmits, the district approves', async () => {
    const district = await pageAs(accounts.district);
    await district.goto(reportUrl);
    await district.waitForSelector(dt('ind-return'));
    await district.click(dt('ind-return'));
    await district.fill(dt('ind-reason'), '请核实专职人员数');
    await district.click(dt('ind-reason-confirm'));
    await district.waitForSelector(dt('ind-returned'));
    await expect(district.locator(dt('ind-state')).innerText()).resolves.toBe('已退回');

    await unitPage.reload();
    await unitPage.waitForSelector(dt('ind-returned'));
    await expect(unitPage.locator(dt('ind-returned')).innerText()).resolves.toContain('请核实专职人员数');
    await fill(unitPage, { P01: 14 });
    await save(unitPage);
    await unitPage.click(dt('ind-submit'));
    await unitPage.waitForSelector(dt('ind-lock'));

    await district.reload();
    await district.waitForSelector(dt('ind-approve'));
    await expectAccessible(district, 'report under review');
    await district.click(dt('ind-approve'));
    await district.waitForSelector(`${dt('ind-lock')}:has-text("大洼区 管理员")`);
    await expect(district.locator(dt('ind-state')).innerText()).resolves.toBe('区县已审核');
    await expect(district.locator(dt('ind-history')).innerText()).resolves.toContain('请核实专职人员数');
    await shot(district, 'approved');
  });

  it('the office sees the approved figure on the map and in the pivot once it counts reports in review', async () => {
    const office = await pageAs(accounts.office);
    await visit(office, e2e.url(), `/indicators?year=${YEAR}&figure=P01`);
    await office.waitForSelector(`${dt('ind-map')}[data-ready="yes"] svg path`, { state: 'attached' });
    // by default only accepted reports count, and the page says so
    await expect(office.locator(dt('ind-stage-note')).innerText()).resolves.toContain('只计入已审定的报表');
    await expect(office.locator(dt('ind-value-211104')).innerText()).resolves.not.toBe('14');
    await office.selectOption(dt('ind-stage'), 'submitted');
    await office.waitForSelector(`${dt('ind-value-211104')}:text-is("14")`);
    await expect(office.locator(`${dt('ind-stage-note')}.ind-stage-warning`).innerText()).resolves.toContain(
      '尚不是正式数字',
    );
    await expect(office.locator(dt('ind-zones')).innerText()).resolves.toContain('辽滨沿海经济技术开发区');
    await shot(office, 'map-p01');
    await expectAccessible(office, 'statistics overview');
    await office.goto(
      `${e2e.url()}/indicators/pivot?year=${YEAR}&rows=area&cols=item&group=P&stage=submitted`,
    );
    await office.waitForSelector(dt('ind-pivot-table'));
    await expect(office.locator(dt('ind-pivot-cell-211104-P01')).innerText()).resolves.toBe('14');
    await shot(office, 'pivot');
    await expectAccessible(office, 'pivot table');
    // last year (demo data): the city's own units are 市直单位, apart from the 全市合计 totals row, both explained
    await visit(office, e2e.url(), `/indicators/pivot?year=${YEAR - 1}&rows=area&cols=item&group=P`);
    await office.waitForSelector(dt('ind-pivot-row-211100'));
    await expect(office.locator(`${dt('ind-pivot-row-211100')} th`).innerText()).resolves.toBe('市直单位');
    await expect(office.locator(`${dt('ind-pivot-total-row')} th`).innerText()).resolves.toBe('全市合计');
    const notes = office.locator(dt('ind-pivot-notes'));
    await expect(notes.innerText()).resolves.toContain('市直单位：直接隶属于盘锦市本级');
    await expect(notes.innerText()).resolves.toContain('全市合计：盘锦市全部填报单位的合计');
    // two years without the year dimension: headcounts are not added up across years, and the page says so
    await office.goto(
      `${e2e.url()}/indicators/pivot?year=${YEAR - 1}&years=${YEAR - 2},${YEAR - 1}&rows=area&cols=item&group=P`,
    );
    await office.waitForSelector(`${dt('ind-pivot-notes')}:has-text("存量指标取各单位")`);
    await expect(notes.innerText()).resolves.toContain(`所选 ${YEAR - 2}、${YEAR - 1} 年度未按年度分列`);
    // demo data: last year's map coloured by per-capita special funds
    await visit(office, e2e.url(), `/indicators?year=${YEAR - 1}&figure=C_SPECIAL_PER_CAPITA`);
    await office.waitForSelector(`${dt('ind-map')}[data-ready="yes"] svg path`, { state: 'attached' });
    await expect(office.locator(dt('ind-formula')).innerText()).resolves.toContain('F0111');
    await shot(office, 'map-per-capita');
    // the office sees every unit's form, can assign the year and export its values
    await visit(office, e2e.url(), `/indicators/reports?year=${YEAR}`);
    await office.waitForSelector(dt('ind-report-table'));
    await expect(office.locator(dt('ind-export-csv')).getAttribute('href')).resolves.toContain(
      `year=${YEAR}&format=csv`,
    );
    await expectAccessible(office, 'reports with office actions');
    // the office adds an item to this year's form without code
    await visit(office, e2e.url(), `/indicators/form?year=${YEAR}`);
    await office.waitForSelector(dt('ind-add-item'));
    await office.fill(`${dt('ind-add-code')}`, 'a09');
    await office.fill(`${dt('ind-add-zh')}`, '科普日活动次数');
    await office.fill(`${dt('ind-add-en')}`, 'Science day events');
    await office.click(dt('ind-add-submit'));
    await office.waitForSelector(`${dt('ind-form-items')} tr:has-text("A09")`);
    await expectAccessible(office, 'form page');
    await visit(office, e2e.url(), `/indicators/targets`);
    await office.waitForSelector(dt('ind-target-K_LITERACY'));
    await expect(office.locator(dt(`ind-inputs-K_LITERACY-2035`)).innerText()).resolves.toContain('比值');
    // 2025 is over: the literacy share and counsellor coverage fell short, and the page says what it compared
    await expect(office.locator(dt('ind-status-K_LITERACY-2025')).innerText()).resolves.toBe('未达成');
    await expect(office.locator(dt('ind-inputs-K_LITERACY-2025')).innerText()).resolves.toMatch(
      /基期 2020 年 9\.7；最新值 \d{4} 年 [\d.]+；目标 2025 年 15[\s\S]*目标年份已过/,
    );
    await expect(office.locator(dt('ind-status-K_COUNSELLOR_SCHOOLS-2025')).innerText()).resolves.toBe(
      '未达成',
    );
    await expect(office.locator(dt('ind-inputs-K_COUNSELLOR_SCHOOLS-2025')).innerText()).resolves.toMatch(
      /最新值 \d{4} 年 [\d.]+；目标 2025 年 100/,
    );
    await shot(office, 'targets');
    await expectAccessible(office, 'targets');
  });

  it('fits a 375 px phone without sideways scrolling', async () => {
    const page = await pageAs(accounts.office, phone);
    for (const url of [
      `/indicators?year=${YEAR - 1}`,
      reportUrl.replace(e2e.url(), ''),
      `/indicators/targets`,
    ]) {
      await visit(page, e2e.url(), `${url}`);
      await page.waitForSelector(
        '[data-test="ind-overview"], [data-test="ind-report"], [data-test="ind-targets"]',
      );
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflow(page), url).toBe(0);
    }
    await visit(page, e2e.url(), `/indicators?year=${YEAR - 1}`);
    await page.waitForSelector(`${dt('ind-map')}[data-ready="yes"] svg path`, { state: 'attached' });
    await shot(page, 'phone-overview');
    await page.goto(reportUrl);
    await page.waitForSelector(dt('ind-group-P'));
    await shot(page, 'phone-report');
  });
});
