// Training records in Chromium (issue 16): a unit's liaison opens 培训记录 on a 1440 px screen, is told a blank course
// needs its fields, records a course with trainees by group, adds a session of last year and marks it held with the
// completion; the unit's statistics form for that year then offers the trainings and trainees pre-filled (A07, A071).
// The list and the course on a 375 px phone without sideways scrolling; an empty year says so. axe on every page.
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

const Y = new Date().getUTCFullYear() - 1;
const wide = { ...desktop, viewport: { width: 1440, height: 900 } };
// biome-ignore lint/correctness/useHookAtTopLevel: setUpE2e registers vitest hooks; it is not a React hook
const e2e = setUpE2e({ shots: 'training' });
let courseUrl = '';

describe('a training recorded by a liaison reaches the statistics form', () => {
  it('records a course with trainees, holds a session and sees the pre-fill', async () => {
    const { username, password } = accounts.liaison;
    const page = await e2e.session(username, password, wide);
    await visit(page, e2e.url(), '/training');
    await page.waitForSelector(dt('trn-courses'));
    // the demo's teachers' course of 市教育局 is listed and marked
    await expect(page.locator(dt('trn-courses')).innerText()).resolves.toContain(
      '科技辅导员能力提升培训班（示例）',
    );
    await page.click(dt('trn-save'));
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('标题');
    await expect(alert.innerText()).resolves.toContain('行政区域');
    await expect(alert.innerText()).resolves.not.toMatch(/[A-Za-z]{3,}/);
    await expectAccessible(page, 'training records');
    await e2e.shot(page, 'trainings-1440');

    await page.fill(dt('trn-title'), '科学实验教学能力培训（测试）');
    await page.selectOption(dt('trn-programme'), 'teachers');
    await page.fill(dt('trn-task'), '4');
    await page.selectOption(dt('trn-area'), '211100');
    await page.selectOption(dt('trn-target'), 'youth');
    await page.fill(dt('trn-head-youth'), '35');
    await page.click(dt('trn-save'));
    await page.waitForURL(/\/training\/\d+$/);
    courseUrl = new URL(page.url()).pathname;
    await expect(page.locator(dt('trn-c-trainees')).innerText()).resolves.toBe('35');

    await fillDate(page, dt('trn-s-start'), `${Y}-10-15`);
    await page.fill(dt('trn-s-hours'), '6');
    await page.fill(dt('trn-s-place'), '盘锦市实验中学');
    await page.click(dt('trn-s-add'));
    await page.click(dt('trn-session-complete'));
    await page.waitForSelector(`${dt('trn-session-state')}:has-text("已办结")`);
    await page.fill(dt('trn-c-completed'), '33');
    await page.click(dt('trn-c-save'));
    await page.waitForSelector(`${dt('trn-c-done')}:has-text("33")`);
    await expectAccessible(page, 'training course');
    await e2e.shot(page, 'course-1440');

    const unitId = await page.evaluate(async () => {
      const units = (await (await fetch('/api/indicators/units')).json()) as { id: number; name: string }[];
      return units.find((u) => u.name === '市教育局')?.id;
    });
    await visit(page, e2e.url(), `/indicators/reports/${Y}/${unitId}`);
    await page.waitForSelector(dt('svc-prefill'));
    // the demo's two days of 60 (公众 → 其他) and this session of 35 youth
    await expect(page.locator(`${dt('prefill-A07-all')} ${dt('prefill-ledger')}`).innerText()).resolves.toBe(
      '3',
    );
    await expect(
      page.locator(`${dt('prefill-A071-youth')} ${dt('prefill-ledger')}`).innerText(),
    ).resolves.toBe('35');
    await expect(
      page.locator(`${dt('prefill-A071-other')} ${dt('prefill-ledger')}`).innerText(),
    ).resolves.toBe('120');
    await expectAccessible(page, 'statistics form with the training pre-fill');
  });

  it('reads on a phone, and an empty year says so', async () => {
    const page = await e2e.session(accounts.office.username, accounts.office.password, phone);
    await visit(page, e2e.url(), courseUrl);
    await page.waitForSelector(dt('trn-sessions'));
    expect(await horizontalOverflow(page)).toBe(0);
    await expectAccessible(page, 'training course on a phone');
    await e2e.shot(page, 'course-375');
    await visit(page, e2e.url(), '/training');
    await page.waitForSelector(dt('trn-summary'));
    expect(await horizontalOverflow(page)).toBe(0);
    await e2e.shot(page, 'trainings-375');
    await page.selectOption(dt('trn-f-year'), String(Y - 4));
    await page.waitForSelector(dt('trn-none'));
    await page.waitForSelector(dt('trn-summary-empty'));
    await expect(page.locator(dt('trn-summary-empty')).innerText()).resolves.toBe(
      `${Y - 4} 年尚无培训记录。`,
    );
    await expectAccessible(page, 'an empty year');
  });
});
