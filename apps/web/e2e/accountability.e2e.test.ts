// Accountability journeys in real Chromium, with axe on every page:
// 1. the office opens a round; a liaison sees what they owe, files a report with an evidence file added before the
//    first save (and one removed again while a draft); the office returns it with a comment, which the liaison finds at
//    the top of the report; the liaison revises and resubmits; the lead unit accepts and the unit is told; the board
//    cell turns accepted; the unit's scorecard counts it on time.
// 2. an inspection finding becomes a rectification that is overdue and shows on the board and on the owner's home page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dt, expectAccessible, fillDate, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = setUpE2e({ shots: 'acc', desktopWait: 'leave' });
const { session, shot } = e2e;
const PDF = Buffer.from('%PDF-1.4\n% kepu e2e evidence\n');

const localDate = (offsetDays: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('accountability', () => {
  let office: Page;
  let liaison: Page;
  let eduId: number;
  let roundId: number;
  let reportId: number;
  let onTimeBefore: number;

  it('takes a report from an opened round to its submission, evidence added before the first save', async () => {
    const units = (await (await fetch(`${e2e.url()}/api/plans/current/units`)).json()) as {
      id: number;
      name: string;
    }[];
    eduId = units.find((u) => u.name === '市教育局')?.id as number;
    const year = Number(localDate(0).slice(0, 4));

    // the office opens a round whose window includes today
    office = await session(accounts.office.username, accounts.office.password);
    await office.click(dt('nav-acc'));
    await office.waitForSelector(dt('acc-home'));
    await office.click(dt('acc-tab-scorecards'));
    await office.waitForSelector(dt(`acc-score-${eduId}`));
    onTimeBefore = Number(
      await office
        .locator(`${dt(`acc-score-${eduId}`)} td`)
        .nth(2)
        .innerText(),
    );
    await office.click(dt('acc-tab-rounds'));
    await office.waitForSelector(dt('acc-round-form'));
    await expectAccessible(office, 'rounds');
    await office.fill(dt('acc-round-year'), String(year));
    await office.selectOption(dt('acc-round-period'), 'Q4');
    await office.fill(dt('acc-round-title'), `${year}年第四季度专项调度`);
    await fillDate(office, dt('acc-round-opens'), localDate(0));
    await fillDate(office, dt('acc-round-due'), localDate(7));
    await fillDate(office, dt('acc-round-closes'), localDate(14));
    await office.click(dt('acc-round-create'));
    const row = office.locator('[data-test^="acc-round-"]', { hasText: '第四季度专项调度' });
    await row.waitFor();
    roundId = Number((await row.getAttribute('data-test'))?.replace('acc-round-', ''));
    expect(roundId).toBeGreaterThan(0);

    // the liaison sees what the unit owes with days left, and files task 4 with an evidence file
    liaison = await session(accounts.liaison.username, accounts.liaison.password);
    await liaison.click(dt('nav-acc'));
    await liaison.waitForSelector(dt(`acc-owed-${roundId}-4`));
    await expect(liaison.locator(dt('acc-home-unit')).innerText()).resolves.toContain('市教育局');
    await expect(liaison.locator(dt(`acc-owed-days-${roundId}-4`)).innerText()).resolves.toContain(
      '还剩 7 天',
    );
    await expect(liaison.locator(dt(`acc-owed-state-${roundId}-4`)).innerText()).resolves.toContain('未开始');
    await expect(liaison.locator(dt('acc-notice-round_opened')).first().innerText()).resolves.toContain(
      '第四季度专项调度',
    );
    await shot(liaison, 'liaison-home');
    await expectAccessible(liaison, 'liaison home');
    await liaison.click(dt(`acc-owed-open-${roundId}-4`));
    await liaison.waitForSelector(dt('acc-report-form'));
    await liaison.selectOption(dt('acc-report-status-input'), 'on_track');
    await liaison.fill(dt('acc-report-progress-input'), '40');
    await liaison.fill(dt('acc-report-done-input'), '全市中小学配备科技辅导员 320 名。');
    // evidence before the first save: the file saves the draft as the form stands, nobody is told to save first
    await liaison.setInputFiles(dt('acc-file-input'), {
      name: '配备名单.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await liaison.waitForURL(/\/acc\/reports\/\d+$/);
    reportId = Number(new URL(liaison.url()).pathname.split('/').pop());
    await liaison.waitForSelector(`${dt('acc-files')}, ${dt('acc-file-error')}`);
    await expect(liaison.locator(dt('acc-files')).innerText()).resolves.toContain('配备名单.pdf');
    await expect(liaison.locator(dt('acc-report-done-input')).inputValue()).resolves.toBe(
      '全市中小学配备科技辅导员 320 名。',
    );
    // a wrong file is removed again while the report is a draft
    await liaison.setInputFiles(dt('acc-file-input'), {
      name: '传错了.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    const wrong = liaison.locator('li[data-test^="acc-file-"]', { hasText: '传错了.pdf' });
    await wrong.waitFor();
    await wrong.locator('[data-test^="acc-file-delete-"]').click();
    await liaison.locator('.ant-popconfirm .ant-btn-dangerous').click();
    await wrong.waitFor({ state: 'detached' });
    await expect(liaison.locator(dt('acc-files')).innerText()).resolves.toContain('配备名单.pdf');
    await expectAccessible(liaison, 'report form');
    await shot(liaison, 'report-draft');
    // a report without what was done is not submitted; the field says why
    await liaison.fill(dt('acc-report-done-input'), '  ');
    await liaison.click(dt('acc-report-submit'));
    await liaison.getByText('提交前请填写完成情况。').waitFor();
    await liaison.fill(dt('acc-report-done-input'), '全市中小学配备科技辅导员 320 名。');
    // submitting locks the report: asked first
    await liaison.click(dt('acc-report-submit'));
    await liaison.getByText('提交后报告锁定，审核退回前不能再修改。').waitFor();
    await liaison.click(dt('acc-report-submit-confirm'));
    await expect
      .poll(() => liaison.locator(dt('acc-report-state')).innerText(), { timeout: 15_000 })
      .toContain('待审核');
  });

  it('shows the office’s reason for returning it at the top of the report, on a desktop and a phone', async () => {
    // the office returns it with a comment
    await visit(office, e2e.url(), `/acc/reports/${reportId}`);
    await office.waitForSelector(dt('acc-review-comment'));
    await office.click(dt('acc-review-return'));
    await expect(office.locator('[role="alert"]', { hasText: '退回时请写明' }).count()).resolves.toBe(1);
    await office.fill(dt('acc-review-comment'), '请补充各县区配备人数');
    await office.click(dt('acc-review-return'));
    await expect.poll(() => office.locator(dt('acc-report-state')).innerText()).toContain('已退回');

    // the liaison sees the comment, revises and resubmits
    await visit(liaison, e2e.url(), `/acc`);
    await liaison.waitForSelector(dt('acc-notice-report_returned'));
    await expect(liaison.locator(dt('acc-notice-report_returned')).first().innerText()).resolves.toContain(
      '请补充各县区配备人数',
    );
    await visit(liaison, e2e.url(), `/acc/reports/${reportId}`);
    await liaison.waitForSelector(dt('acc-report-form'));
    await expect(liaison.locator(dt('acc-history-return')).innerText()).resolves.toContain(
      '请补充各县区配备人数',
    );
    // the reason is at the top, above the form, not only in the history at the bottom
    const reason = liaison.locator(dt('acc-report-returned'));
    await expect(reason.innerText()).resolves.toContain('请补充各县区配备人数');
    const reasonBox = await reason.boundingBox();
    const formBox = await liaison.locator(dt('acc-report-form')).boundingBox();
    expect(reasonBox && formBox && reasonBox.y + reasonBox.height <= formBox.y).toBe(true);
    expect(reasonBox && reasonBox.y < 900).toBe(true);
    await shot(liaison, 'report-returned');
    await expectAccessible(liaison, 'returned report');
    const small = await session(accounts.liaison.username, accounts.liaison.password, phone);
    await visit(small, e2e.url(), `/acc/reports/${reportId}`);
    await small.waitForSelector(dt('acc-report-returned'));
    const [smallReason, smallForm] = await Promise.all([
      small.locator(dt('acc-report-returned')).boundingBox(),
      small.locator(dt('acc-report-form')).boundingBox(),
    ]);
    expect(smallReason && smallForm && smallReason.y < smallForm.y).toBe(true);
    await expect(horizontalOverflow(small)).resolves.toBe(0);
    await shot(small, 'report-returned-phone');
  });

  it('takes the revised report through resubmission and the lead unit’s acceptance, telling the unit', async () => {
    // files stay once the report was submitted: no removing them now
    await expect(liaison.locator('[data-test^="acc-file-delete-"]').count()).resolves.toBe(0);
    await liaison.fill(dt('acc-report-done-input'), '全市中小学配备科技辅导员 320 名,其中大洼区 86 名。');
    await liaison.click(dt('acc-report-submit'));
    await liaison.click(dt('acc-report-submit-confirm'));
    await expect
      .poll(() => liaison.locator(dt('acc-report-state')).innerText(), { timeout: 15_000 })
      .toContain('待审核');

    // the lead unit (市科协 leads the youth action) accepts from its to-review list
    const lead = await session('kexie', 'kepu-liaison-2025');
    await lead.click(dt('nav-acc'));
    await lead.waitForSelector(dt('acc-to-review'));
    // longest waiting first: the report just resubmitted is on the last page
    const pages = lead.locator(`${dt('list-pager')} .ant-pagination-item`);
    if ((await pages.count()) > 0) await pages.last().click();
    await lead.waitForSelector(dt(`acc-review-open-${reportId}`));
    await lead.click(dt(`acc-review-open-${reportId}`));
    await lead.waitForSelector(dt('acc-review-accept'));
    await expect(lead.locator(dt('acc-report-done')).innerText()).resolves.toContain('大洼区 86 名');
    await expectAccessible(lead, 'review');
    await lead.click(dt('acc-review-accept'));
    await expect.poll(() => lead.locator(dt('acc-report-state')).innerText()).toContain('已通过');
    await expect(lead.locator(dt('acc-report-history')).innerText()).resolves.toMatch(
      /提交[\s\S]*退回[\s\S]*提交[\s\S]*通过/,
    );
    await shot(lead, 'report-accepted');
    // the unit is told
    await visit(liaison, e2e.url(), `/acc`);
    await liaison.waitForSelector(dt('acc-notice-report_accepted'));
    await expect(liaison.locator(dt('acc-notice-report_accepted')).first().innerText()).resolves.toMatch(
      /你单位的《.+》进展报告已通过/,
    );

    // the board cell turns accepted; the scorecard counts the report on time
    await visit(office, e2e.url(), `/acc/board?round=${roundId}`);
    await office.waitForSelector(dt(`acc-cell-4-${eduId}`));
    await expect(office.locator(dt(`acc-cell-4-${eduId}`)).getAttribute('data-state')).resolves.toBe(
      'accepted',
    );
    await expect(office.locator(dt(`acc-cell-4-${eduId}`)).innerText()).resolves.toContain('通过');
    await expect(office.locator(dt('acc-count-accepted')).innerText()).resolves.toContain('1');
    await shot(office, 'board');
    await expectAccessible(office, 'board');
    await office.click(dt('acc-tab-scorecards'));
    await office.waitForSelector(dt(`acc-score-${eduId}`));
    await expect
      .poll(async () =>
        Number(
          await office
            .locator(`${dt(`acc-score-${eduId}`)} td`)
            .nth(2)
            .innerText(),
        ),
      )
      .toBe(onTimeBefore + 1);
    await expectAccessible(office, 'scorecards');
  });

  it('pages the office’s review list of 120 waiting reports, saying how many there are', async () => {
    const board = (await (
      await office.request.get(`${e2e.url()}/api/acc/board?round=${roundId}`)
    ).json()) as {
      cells: { taskNumber: number; unitId: number; state: string }[];
    };
    const open = board.cells.filter((c) => c.state === 'not_started').slice(0, 120);
    expect(open).toHaveLength(120);
    for (const c of open) {
      const res = await office.request.post(`${e2e.url()}/api/acc/reports`, {
        data: {
          roundId,
          taskNumber: c.taskNumber,
          unitId: c.unitId,
          status: 'on_track',
          progress: 50,
          done: '按计划推进',
          measures: '',
          problems: '',
          nextSteps: '',
        },
      });
      expect(res.status()).toBe(201);
      const { id } = (await res.json()) as { id: number };
      expect((await office.request.post(`${e2e.url()}/api/acc/reports/${id}/submit`)).status()).toBe(200);
    }
    await visit(office, e2e.url(), `/acc`);
    await office.waitForSelector(dt('acc-to-review'));
    const total = await office.locator(`${dt('acc-home')} ${dt('list-total')}`).innerText();
    const waiting = Number(total.replace(/\D/g, ''));
    expect(waiting).toBeGreaterThanOrEqual(120);
    await expect(office.locator(`${dt('acc-to-review')} li`).count()).resolves.toBe(20);
    // the last page holds the rest: nothing beyond the first page goes unseen
    await office
      .locator(`${dt('list-pager')} .ant-pagination-item`)
      .last()
      .click();
    await expect.poll(() => office.locator(`${dt('acc-to-review')} li`).count()).toBe(waiting % 20 || 20);
    await expect(office.locator(`${dt('list-pager')} .ant-pagination-item-active`).innerText()).resolves.toBe(
      String(Math.ceil(waiting / 20)),
    );
    await shot(office, 'review-list-last-page');
    await expectAccessible(office, 'review list, last page');
  });

  it('turns an inspection finding into a rectification that shows overdue on the board and the owner’s home page', async () => {
    await visit(office, e2e.url(), `/acc/inspections`);
    await office.waitForSelector(dt('acc-inspection-form'));
    await fillDate(office, dt('acc-insp-date'), localDate(-20));
    await office.fill(dt('acc-insp-title'), '科技辅导员配备专项督查');
    await office.fill(dt('acc-insp-method'), '实地抽查');
    await office.fill(dt('acc-insp-finding-0'), '三所乡镇学校尚无科技辅导员');
    await office.selectOption(dt('acc-insp-owner-0'), String(eduId));
    await fillDate(office, dt('acc-insp-deadline-0'), localDate(-2));
    await office.click(dt('acc-insp-save'));
    const item = office.locator('[data-test^="acc-rect-"][data-state]', {
      hasText: '三所乡镇学校尚无科技辅导员',
    });
    await item.waitFor();
    const rectId = Number((await item.getAttribute('data-test'))?.replace('acc-rect-', ''));
    await expect(office.locator(dt(`acc-rect-state-${rectId}`)).innerText()).resolves.toContain('已逾期');
    await expectAccessible(office, 'inspections');

    await visit(office, e2e.url(), `/acc/board?round=${roundId}`);
    await office.waitForSelector(dt(`acc-board-rect-${rectId}`));
    await expect(office.locator(dt(`acc-board-rect-${rectId}`)).innerText()).resolves.toContain('市教育局');

    await visit(liaison, e2e.url(), `/acc`);
    await liaison.waitForSelector(dt(`acc-home-rect-${rectId}`));
    await expect(liaison.locator(dt(`acc-home-rect-state-${rectId}`)).innerText()).resolves.toContain(
      '已逾期',
    );
    await expect(liaison.locator(dt(`acc-home-rect-${rectId}`)).innerText()).resolves.toContain(
      '已超期 2 天',
    );
    await expect(
      liaison.locator(dt('acc-notice-rectification_assigned')).first().innerText(),
    ).resolves.toContain('科技辅导员配备专项督查');

    // on a 375 px phone the home page fits the screen and passes axe
    const small = await session(accounts.liaison.username, accounts.liaison.password, phone);
    await visit(small, e2e.url(), `/acc`);
    await small.waitForSelector(dt(`acc-home-rect-${rectId}`));
    expect(await horizontalOverflow(small)).toBe(0);
    await expectAccessible(small, 'liaison home on a phone');
    await shot(small, 'liaison-home-phone');
  });

  it('lets the office publish roll-up weights, edit a work item and filter the board by area', async () => {
    // weights: the office sets task 4's weight on the roll-up page; it is published and shown after a reload
    await visit(office, e2e.url(), `/acc/progress`);
    await office.waitForSelector(dt('acc-weight-t4'));
    await office.fill(dt('acc-weight-t4'), '3');
    await office.click(dt('acc-weights-save'));
    await office.waitForSelector('.ant-message-notice', { state: 'attached' });
    await office.reload();
    await office.waitForSelector(dt('acc-weight-t4'));
    await expect.poll(async () => Number(await office.locator(dt('acc-weight-t4')).inputValue())).toBe(3);
    await expectAccessible(office, 'roll-up');

    // a work item: the office changes its title and target from the work-items page
    await visit(office, e2e.url(), `/acc/work-items`);
    const edit = office.locator('[data-test^="acc-item-edit-"]').first();
    await edit.waitFor();
    await edit.click();
    await office.waitForSelector(dt('acc-item-edit-form'));
    await office.fill(dt('acc-item-title'), '青少年科技辅导员培训(修订)');
    await office.fill(dt('acc-item-target'), '500');
    await office.fill(dt('acc-item-target-unit'), '人');
    await expectAccessible(office, 'work item editor');
    await office.click(dt('acc-item-save'));
    await office.waitForSelector(dt('acc-item-edit-form'), { state: 'detached' });
    const edited = office.locator(`${dt('acc-items')} tr`, { hasText: '青少年科技辅导员培训(修订)' });
    await edited.waitFor();
    await expect(edited.innerText()).resolves.toContain('500人');

    // the board's area filter keeps the units of that area (the demo puts 盘锦高新区 in 211100Z2)
    await visit(office, e2e.url(), `/acc/board?round=${roundId}`);
    await office.waitForSelector(dt(`acc-board-unit-${eduId}`));
    await office.selectOption(dt('acc-board-area'), '211100Z2');
    await office.waitForURL(/area=211100Z2/);
    await expect.poll(() => office.locator('[data-test^="acc-board-unit-"]').count()).toBe(1);
    await expect(office.locator('[data-test^="acc-board-unit-"]').innerText()).resolves.toContain('高新');
    await expectAccessible(office, 'board filtered by area');
  });
});
