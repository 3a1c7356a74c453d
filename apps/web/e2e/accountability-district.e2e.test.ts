// District scope and lead-unit editing in real Chromium, with axe on every page touched:
// 1. the office adds a local unit (大洼区科技局) on the units page, gives it a work item, and links it to 大洼区 on its
//    unit page; the district admin (dawa) then sees its cells on the board, with the weights behind each figure, and
//    no city unit; on a 375 px phone too.
// 2. the liaison of a task's lead unit (市科协 leads 基层科普能力提升工程) edits a work item of that task.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = setUpE2e({ shots: 'acc-district', desktopWait: 'leave' });
const { session, shot } = e2e;

describe('accountability by district', () => {
  let office: Page;
  let roundId: number;
  let year: number;

  it('links a local unit to 大洼区 so the district admin sees its work and nothing of the city units', async () => {
    office = await session(accounts.office.username, accounts.office.password);
    const rounds = (await (await office.request.get(`${e2e.url()}/api/acc/rounds`)).json()) as {
      id: number;
      year: number;
      phase: string;
    }[];
    const open = rounds.find((r) => r.phase === 'open') ?? rounds[0];
    roundId = open.id;
    year = open.year;

    // the office adds the unit (city level for now) from the units page
    await visit(office, e2e.url(), `/units`);
    await office.waitForSelector(dt('add-unit'));
    await office.fill(dt('add-unit-name'), '大洼区科技局');
    await office.click(dt('add-unit-submit'));
    await office.waitForSelector(dt('add-unit-done'));
    await expectAccessible(office, 'units with the add-unit form');
    await office.click(`${dt('add-unit-done')} a`);
    await office.waitForSelector(dt('unit-area-select'));
    await expect(office.locator(dt('unit-area')).innerText()).resolves.toContain('市级');
    const unitId = Number(new URL(office.url()).pathname.split('/').pop());

    // it carries a grassroots work item (the work-items page is covered by the other journey)
    const item = await office.request.post(`${e2e.url()}/api/acc/work-items`, {
      data: {
        year,
        taskNumber: 29,
        title: '大洼区科技特派员进村服务',
        ownerUnitIds: [unitId],
        dueOn: `${year}-12-20`,
        weight: 1,
      },
    });
    expect(item.status()).toBe(201);

    // the office links it to 大洼区 on its unit page
    await office.selectOption(dt('unit-area-select'), '211104');
    await office.click(dt('unit-area-save'));
    await expect.poll(() => office.locator(dt('unit-area')).innerText()).toContain('大洼区');
    await expectAccessible(office, 'unit page with its area');
    await shot(office, 'unit');
    await visit(office, e2e.url(), `/units`);
    await expect.poll(() => office.locator(dt(`unit-area-${unitId}`)).innerText()).toBe('大洼区');

    // the district admin's board: the new unit's cell and the county government's, no city unit
    const dawa = await session(accounts.district.username, accounts.district.password);
    await visit(dawa, e2e.url(), `/acc/board?round=${roundId}`);
    await dawa.waitForSelector(dt(`acc-board-unit-${unitId}`));
    const columns = await dawa.locator('[data-test^="acc-board-unit-"]').allInnerTexts();
    expect(columns.sort()).toEqual(['大洼区人民政府', '大洼区科技局'].sort());
    await expect(dawa.locator(dt('acc-board-row-29')).innerText()).resolves.toContain(
      '大洼区科技特派员进村服务 ×1',
    );
    await expect(dawa.locator(dt('acc-board-task-weights-29')).innerText()).resolves.toContain(
      '科普进乡村、进社区活动 ×2',
    );
    await expectAccessible(dawa, 'district board');
    await shot(dawa, 'board');

    // scorecards and the summary hold only 大洼区's units, with the weights behind the progress figures
    await visit(dawa, e2e.url(), `/acc/scorecards`);
    await dawa.waitForSelector('[data-test^="acc-score-weights-"]');
    const names = await dawa.locator('tr[data-test^="acc-score-"] td:first-child').allInnerTexts();
    expect(names.every((n) => n.startsWith('大洼区'))).toBe(true);
    await expectAccessible(dawa, 'district scorecards');
    await visit(dawa, e2e.url(), `/acc/summary`);
    await dawa.waitForSelector(dt('acc-summary-task-29'));
    await expect(dawa.locator('details[data-test^="acc-summary-task-"]').count()).resolves.toBe(2);
    await dawa.click(`${dt('acc-summary-task-29')} summary`);
    await dawa.waitForSelector(dt('acc-summary-task-weights-29'));
    await expectAccessible(dawa, 'district summary');

    // on a phone the board scrolls inside its own region, not the page
    const small = await session(accounts.district.username, accounts.district.password, phone);
    await visit(small, e2e.url(), `/acc/board?round=${roundId}`);
    await small.waitForSelector(dt(`acc-board-unit-${unitId}`));
    expect(await horizontalOverflow(small)).toBe(0);
    await expectAccessible(small, 'district board on a phone');
  });

  it('lets the liaison of the task’s lead unit edit a work item of that task', async () => {
    const kexie = await session('kexie', 'kepu-liaison-2025');
    await visit(kexie, e2e.url(), `/acc/work-items`);
    const row = kexie.locator(`${dt('acc-items')} tr`, { hasText: '培育农村科普带头人' });
    await row.waitFor();
    await row.locator('[data-test^="acc-item-edit-"]').click();
    await kexie.waitForSelector(dt('acc-item-edit-form'));
    await kexie.fill(dt('acc-item-title'), '培育农村科普带头人(市科协修订)');
    await kexie.fill(dt('acc-item-weight'), '1.5');
    await expectAccessible(kexie, 'work item editor for a lead-unit liaison');
    await kexie.click(dt('acc-item-save'));
    await kexie.waitForSelector(dt('acc-item-edit-form'), { state: 'detached' });
    await kexie.locator(`${dt('acc-items')} tr`, { hasText: '培育农村科普带头人(市科协修订)' }).waitFor();

    // the new weight is what the roll-up page shows for the task's figure
    await visit(kexie, e2e.url(), `/acc/progress`);
    await expect
      .poll(() => kexie.locator(dt('acc-progress-task-weights-29')).innerText())
      .toContain('培育农村科普带头人(市科协修订) ×1.5');
    await expectAccessible(kexie, 'roll-up seen by a liaison');
    await shot(kexie, 'progress');

    // the add form offers the lead unit only the tasks it leads
    const kexieUnit = (await (await kexie.request.get(`${e2e.url()}/api/auth/me`)).json()).user.unitId;
    const tasks = (await (await kexie.request.get(`${e2e.url()}/api/plans/current/tasks`)).json()) as {
      number: number;
      leadUnits: { id: number }[];
    }[];
    const led = tasks.filter((x) => x.leadUnits.some((u) => u.id === kexieUnit)).map((x) => String(x.number));
    expect(led.length).toBeGreaterThan(0);
    expect(led.length).toBeLessThan(tasks.length);
    await visit(kexie, e2e.url(), `/acc/work-items`);
    const options = kexie.locator(`${dt('acc-add-item-task')} option:not([value=""])`);
    await expect.poll(() => options.count()).toBe(led.length);
    expect(await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(led);
  });

  it('offers a liaison whose unit leads no task neither the copy nor the add form, only the list', async () => {
    const dawaKexie = await session('dawa-kexie', 'kepu-liaison-2025');
    await visit(dawaKexie, e2e.url(), `/acc/work-items`);
    await dawaKexie.waitForSelector(dt('acc-items'));
    await expect(dawaKexie.locator(dt('acc-items-copy')).count()).resolves.toBe(0);
    await expect(dawaKexie.locator(dt('acc-add-item-form')).count()).resolves.toBe(0);
    await expect(dawaKexie.locator('[data-test^="acc-item-edit-"]').count()).resolves.toBe(0);
  });
});
