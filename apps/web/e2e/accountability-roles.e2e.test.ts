// 督查 per role in real Chromium, with axe: each role's tabs are the pages it may use (from the abilities the server
// sends), the office and a liaison land on their to-do list, a district admin and a viewer on the board; a page a role
// may not use says so in Chinese and no page stays on 正在加载…; the board's legend, cells and headline use one word per
// state, and each progress figure says what it counts. At 1440 px and 375 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = setUpE2e({ shots: 'acc-roles', desktopWait: 'leave' });
const wide = { ...desktop, viewport: { width: 1440, height: 900 } };

const pages = {
  home: '/acc',
  board: '/acc/board',
  rounds: '/acc/rounds',
  items: '/acc/work-items',
  progress: '/acc/progress',
  inspections: '/acc/inspections',
  scorecards: '/acc/scorecards',
  summary: '/acc/summary',
  outbox: '/acc/outbox',
} as const;
type Tab = keyof typeof pages;
const everyone: Tab[] = ['rounds', 'items', 'progress', 'inspections'];
const readers: Tab[] = ['board', ...everyone, 'scorecards', 'summary'];
const roles: { who: keyof typeof accounts; tabs: Tab[]; landing: string; landingPage: string }[] = [
  { who: 'office', tabs: ['home', ...readers, 'outbox'], landing: '/acc', landingPage: 'acc-home' },
  { who: 'liaison', tabs: ['home', ...everyone], landing: '/acc', landingPage: 'acc-home' },
  { who: 'district', tabs: readers, landing: '/acc/board', landingPage: 'acc-board-page' },
  { who: 'viewer', tabs: readers, landing: '/acc/board', landingPage: 'acc-board-page' },
];

/** Waits until the page has settled: no 正在加载… left in the main area (fails if one stays). */
async function settled(page: Page) {
  await page.waitForSelector('main');
  await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).not.toMatch(/正在加载/);
}

const tabsOf = (page: Page) =>
  page
    .locator('[data-test^="acc-tab-"]')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('data-test') ?? '').slice('acc-tab-'.length)));

describe('督查 per role', () => {
  for (const role of roles) {
    it(`${role.who}: lands on ${role.landing}, is offered only its pages, and is told in Chinese about the others`, async () => {
      const { username, password } = accounts[role.who];
      const page = await e2e.session(username, password, wide);
      await visit(page, e2e.url(), `/acc`);
      await page.waitForSelector(dt(role.landingPage));
      expect(new URL(page.url()).pathname).toBe(role.landing);
      await settled(page);
      expect(await tabsOf(page)).toEqual(role.tabs);
      await expectAccessible(page, `${role.who} landing`);
      // /acc itself is the landing checked above (the board for roles without a to-do list)
      const others = (Object.entries(pages) as [Tab, string][]).filter(([tab]) => tab !== 'home');
      for (const [tab, path] of others) {
        await visit(page, e2e.url(), path);
        // a page in the tabs opens with the tabs; a page left out says 没有权限 (and nothing loads for ever)
        const offered = role.tabs.includes(tab);
        await page.waitForSelector(offered ? dt(`acc-tab-${tab}`) : dt('forbidden'));
        await settled(page);
        expect([tab, await page.locator(dt('forbidden')).count()]).toEqual([tab, offered ? 0 : 1]);
        if (!offered) await expect(page.locator(dt('forbidden')).innerText()).resolves.toContain('没有权限');
      }
    });
  }

  it('shows the district admin the same figure on the board and the summary, each saying what it counts', async () => {
    const page = await e2e.session(accounts.district.username, accounts.district.password, wide);
    await visit(page, e2e.url(), `/acc/board`);
    await page.waitForSelector(dt('acc-board-basis'));
    const board = await page.locator(dt('acc-board-plan-progress')).innerText();
    await expect(page.locator(dt('acc-board-basis')).innerText()).resolves.toMatch(
      /已通过审核的报告.*待审核/,
    );
    await e2e.shot(page, 'district-board');
    await visit(page, e2e.url(), `/acc/summary`);
    await page.waitForSelector(dt('acc-summary-basis'));
    const summary = await page.locator(dt('acc-summary-fig-progress')).innerText();
    expect(summary.match(/[\d.]+%|—/)?.[0]).toBe(board.match(/[\d.]+%|—/)?.[0]);
    await visit(page, e2e.url(), `/acc/scorecards`);
    await page.waitForSelector(dt('acc-scorecards-basis'));
    await expectAccessible(page, 'district scorecards');
    await e2e.shot(page, 'district-scorecards');
  });

  it('uses one word per state in the board’s legend, cells and headline', async () => {
    const page = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(page, e2e.url(), `/acc/board`);
    await page.waitForSelector(dt('acc-board'));
    const legend = await page.locator(`${dt('acc-count-not_started')} .acc-state`).innerText();
    const cell = await page.locator('td[data-state="not_started"] .acc-state').first().innerText();
    expect([legend.trim(), cell.trim()]).toEqual(['未开始', '未开始']);
    const overdue = await page.locator(`${dt('acc-count-overdue')} .acc-state`).innerText();
    await expect(page.locator(dt('acc-board-summary')).innerText()).resolves.toContain(overdue.trim());
    await e2e.shot(page, 'office-board');
  });

  it('fits a 375 px phone for the district admin and the viewer, landing on the board', async () => {
    for (const who of ['district', 'viewer'] as const) {
      const page = await e2e.session(accounts[who].username, accounts[who].password, phone);
      await visit(page, e2e.url(), `/acc`);
      await page.waitForSelector(dt('acc-board-page'));
      await settled(page);
      expect(await horizontalOverflow(page)).toBe(0);
      await expectAccessible(page, `${who} board on a phone`);
      await e2e.shot(page, `${who}-phone-board`);
    }
  });

  it('tells the district admin why its inspections page is empty: only its district’s inspections are listed', async () => {
    const page = await e2e.session(accounts.district.username, accounts.district.password, wide);
    await visit(page, e2e.url(), `/acc/inspections`);
    await page.getByText('本区县还没有检查记录。这里只列出检查了本区县单位的检查').waitFor();
    await expectAccessible(page, 'district inspections, none yet');
  });
});
