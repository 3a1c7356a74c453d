// The office's journey in real Chromium: sign in → plan → task 4 → a responsible unit → matrix → export → sign out,
// with axe on every page, then the office-only pages (areas, audit log, users), and the demo data marked as demo on each
// seeded record at 1440 and 375 px. On PGlite, the embedded database `npm start` runs on, whatever TEST_DATABASE_URL says.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, phone, signIn } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts, startTestServer } from './support/server.ts';

const e2e = setUpE2e({ start: () => startTestServer({ engine: 'pglite' }) });
let page: Page;

beforeAll(async () => {
  page = await (await e2e.context({ ...desktop, acceptDownloads: true })).newPage();
});

const shot = (name: string) => e2e.shot(page, name);

describe('the office journey', () => {
  it('signs in, reads the plan, follows task 4 to a unit and the matrix, exports it and signs out', async () => {
    // sign in
    await page.goto(`${e2e.url()}/login`);
    await page.waitForSelector(dt('login-submit'));
    await expect.poll(() => page.title()).toContain('登录');
    // the test server runs with the demo data, and every page says so
    await expect(page.locator(dt('demo-banner')).innerText()).resolves.toContain('示例数据');
    await expectAccessible(page, 'sign-in page');
    await page.fill(dt('login-username'), accounts.office.username);
    await page.fill(dt('login-password'), 'not-the-password');
    await page.click(dt('login-submit'));
    await expect(page.locator(dt('login-error')).innerText()).resolves.toContain('用户名或密码不正确');
    await page.fill(dt('login-password'), accounts.office.password);
    await page.click(dt('login-submit'));
    await page.waitForSelector(dt('plan-page'));
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator(dt('header-role')).innerText()).resolves.toBe('领导小组办公室');

    // plan overview: 5 actions, 4 projects, 3 measures, the targets as a chart and as a table
    await expect(page.locator(dt('plan-title')).innerText()).resolves.toContain('全民科学素质行动规划纲要');
    await expect(page.locator(dt('plan-document-number')).innerText()).resolves.toContain('盘政发');
    await expect(page.locator('[data-test^="group-card-action-"]').count()).resolves.toBe(5);
    await expect(page.locator('[data-test^="group-card-project-"]').count()).resolves.toBe(4);
    await expect(page.locator('[data-test^="group-card-measure-"]').count()).resolves.toBe(3);
    await page.waitForSelector(`${dt('targets-chart')} svg path`, { state: 'attached' });
    const targetRows = await page.locator(`${dt('targets-table')} tbody tr`).allInnerTexts();
    const joined = targetRows.join('\n');
    for (const expected of [/2010.*4\.13%/, /2020.*9\.7%/, /2025.*>15%/, /2035.*25\.5%/])
      expect(joined).toMatch(expected);
    await expect(page.locator(dt('targets-chart')).getAttribute('aria-label')).resolves.toContain('25.5%');
    await shot('plan-desktop');
    await expectAccessible(page, 'plan page');

    // task list, then task 4
    await page.click(dt('nav-tasks'));
    await page.waitForSelector(dt('task-row-30'));
    await expect.poll(() => page.title()).toContain('任务清单');
    await expectAccessible(page, 'task list');
    await page.fill(`${dt('tasks-filter-text')} input`, '科技辅导员');
    await page.waitForSelector(dt('task-row-30'), { state: 'detached' });
    await expect(page.locator(dt('task-row-4')).count()).resolves.toBe(1);
    await shot('tasks-filtered');
    await page.click(dt('task-link-4'));
    await page.waitForSelector(dt('task-text'));
    await expect(page.locator(dt('task-text')).innerText()).resolves.toContain('科技辅导员');
    await shot('task-4');
    await expectAccessible(page, 'task 4');

    // a responsible unit of task 4
    const unitLink = page.locator('[data-test^="task-unit-"]').first();
    const unitName = await unitLink.innerText();
    const unitId = (await unitLink.getAttribute('data-test'))?.replace('task-unit-', '');
    await unitLink.click();
    await page.waitForSelector(dt('unit-tasks'));
    await expect(page.locator(dt('unit-name')).innerText()).resolves.toBe(unitName);
    await expect(page.locator(dt('unit-task-4')).count()).resolves.toBe(1);
    await expect(page.locator('[data-test^="unit-task-"][data-role]').count()).resolves.toBeGreaterThan(0);
    await shot('unit');
    await expectAccessible(page, `unit ${unitName}`);

    // the matrix: lead and responsible look different; filtering by an action keeps fewer rows
    await page.click(dt('nav-matrix'));
    await page.waitForSelector(dt('matrix-table'));
    const lead = page.locator('td[data-role="lead"]').first();
    const responsible = page.locator('td[data-role="responsible"]').first();
    await expect(lead.innerText()).resolves.toContain('●');
    await expect(responsible.innerText()).resolves.toContain('○');
    const look = (cell: typeof lead) =>
      cell.evaluate(
        (el) =>
          `${getComputedStyle(el).backgroundColor} ${getComputedStyle(el.querySelector('.role-mark') ?? el).color}`,
      );
    expect(await look(lead)).not.toBe(await look(responsible));
    await expect(page.locator(dt(`matrix-cell-4-${unitId}`)).getAttribute('data-role')).resolves.toMatch(
      /^(lead|responsible)$/,
    );
    await expect(page.locator(dt('matrix-legend')).innerText()).resolves.toMatch(/●[\s\S]*○/);
    const allRows = await page.locator('[data-test^="matrix-row-"]').count();
    expect(allRows).toBe(30);
    await shot('matrix-all');
    await expectAccessible(page, 'matrix');

    const youth = await page
      .locator(`${dt('matrix-filter-group')} option`, { hasText: '青少年' })
      .first()
      .getAttribute('value');
    await page.selectOption(dt('matrix-filter-group'), youth ?? '');
    await expect.poll(() => page.locator('[data-test^="matrix-row-"]').count()).toBeLessThan(allRows);
    const filteredRows = await page.locator('[data-test^="matrix-row-"]').count();
    expect(filteredRows).toBeGreaterThan(0);
    expect(page.url()).toMatch(/group=\d+/);
    await shot('matrix-filtered');

    const exportHref = await page.locator(dt('matrix-export')).getAttribute('href');
    expect(exportHref).toMatch(/^\/api\/plans\/current\/matrix\.xlsx\?group=\d+$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(dt('matrix-export'))]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an xlsx is a zip

    // sign out
    await page.click(dt('logout'));
    await page.waitForSelector(dt('header-login'));
    await expect(page.locator(dt('header-user')).count()).resolves.toBe(0);
    await expect(page.locator(dt('nav-audit')).count()).resolves.toBe(0);
  });
});

describe('office pages', () => {
  it('shows the area tree, the audit log and the users, each passing axe', async () => {
    await signIn(page, e2e.url(), accounts.office.username, accounts.office.password);

    await page.click(dt('nav-areas'));
    await page.waitForSelector(dt('area-211104'));
    await page.click(dt('area-211104'));
    await expect(page.locator(dt('area-detail-name')).innerText()).resolves.toBe('大洼区');
    await page.waitForSelector(`${dt('area-detail')} ${dt('ind-pop-form')}`); // the populations form, since 3df7996
    await shot('areas');
    await expectAccessible(page, 'areas');

    await page.click(dt('nav-users'));
    await page.waitForSelector(dt('user-row-edu'));
    await page.fill(dt('user-username'), 'teacher1');
    await page.fill(dt('user-display-name'), '市教育局 第二联络员');
    await page.fill(dt('user-password'), 'a-long-enough-password');
    await page.selectOption(dt('user-role'), 'liaison');
    await page.click(dt('user-create'));
    await page.waitForSelector('.ant-form-item-explain-error'); // a liaison needs a unit
    await page.selectOption(dt('user-unit'), { label: accounts.liaison.unitName });
    await page.click(dt('user-create'));
    await page.waitForSelector(dt('user-row-teacher1'));
    await shot('users');
    await expectAccessible(page, 'users');

    await page.click(dt('nav-audit'));
    await page.waitForSelector('[data-test^="audit-row-"]');
    const first = page.locator('[data-test^="audit-expand-"]').first();
    await first.click();
    await page.waitForSelector('[data-test^="audit-detail-"]');
    await shot('audit');
    await expectAccessible(page, 'audit log');
  });
});

describe('demo data', () => {
  it('says it is demo on each seeded inspection and school, at 1440 and 375 px', async () => {
    for (const [name, options] of [
      ['1440', { ...desktop, viewport: { width: 1440, height: 900 } }],
      ['375', phone],
    ] as const) {
      const p = await e2e.session(accounts.office.username, accounts.office.password, options);
      await p.goto(`${e2e.url()}/acc/inspections`);
      const cards = p.locator(`${dt('acc-inspections')} > .ant-card`);
      await cards.first().waitFor();
      const count = await cards.count();
      // every seeded inspection card carries the 示例 tag
      await expect(p.locator(`${dt('acc-inspections')} > .ant-card ${dt('demo-tag')}`).count()).resolves.toBe(
        count,
      );
      await expect(p.locator(dt('demo-tag')).first().innerText()).resolves.toBe('示例');
      await expectAccessible(p, `inspections at ${name}`);
      await p.goto(`${e2e.url()}/indicators/schools`);
      await p.waitForSelector(dt('demo-tag'));
      await expectAccessible(p, `schools at ${name}`);
    }
  });
});
