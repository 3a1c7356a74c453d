// Quizzes and contests in Chromium (issue 17): the office's item bank refuses a blank item naming its fields in
// Chinese and filters the bank; the office creates an untimed contest for farmers (a blank form first, refused field
// by field); with the contest's staff page open, a farmer takes the round on a 375 px page (no clock shown) and
// submits, and the staff page's leaderboard shows them, name masked, without a reload; the office sees participation
// by district, and decides an anti-cheat flag (four players on one phone) only with a reason. axe on every page.
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

const wide = { ...desktop, viewport: { width: 1440, height: 900 } };
// biome-ignore lint/correctness/useHookAtTopLevel: setUpE2e registers vitest hooks; it is not a React hook
const e2e = setUpE2e({ shots: 'contest' });
/** 'YYYY-MM-DD HH:mm' in the city's time, `days` from now */
const cityDay = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
let contestPath = '';

describe('a contest from the item bank to the leaderboard', () => {
  it('keeps the item bank: a blank item is refused field by field, the bank filters by words', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), '/contest/items');
    await office.waitForSelector(dt('ct-items'));
    await office.click(dt('ct-item-save'));
    const alert = await office.locator(dt('ct-item-error')).textContent();
    for (const field of ['题干', '选项', '正确答案', '主题', '面向人群']) expect(alert).toContain(field);
    await office.fill(dt('ct-filter-q'), '地震');
    await expect
      .poll(() => office.locator(`${dt('ct-items')} tbody tr`).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await office.locator(dt('ct-items')).textContent()).toContain('地震发生时');
    await expectAccessible(office, 'item bank');
    await e2e.shot(office, 'items-1440');
  });

  it('creates an untimed contest for farmers, a blank form refused naming its fields', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), '/contest');
    await office.waitForSelector(dt('ct-contests'));
    await office.fill(dt('ct-rule-count-0'), '');
    await office.click(dt('ct-contest-save'));
    const alert = await office.locator(dt('ct-contest-error')).textContent();
    for (const field of ['标题', '开始时间', '结束时间', '行政区域', '面向人群', '题数'])
      expect(alert).toContain(field);
    await office.fill(dt('ct-contest-title'), '稻田种植与防灾知识赛（适老不限时）');
    await fillDate(office, dt('ct-contest-opens'), cityDay(-1));
    await fillDate(office, dt('ct-contest-closes'), cityDay(10));
    await office.selectOption(dt('ct-contest-area'), '211100');
    await office.check(dt('ct-contest-group-farmers'));
    await office.fill(dt('ct-rule-count-0'), '3');
    await expectAccessible(office, 'contests');
    await office.click(dt('ct-contest-save'));
    await office.waitForURL(/\/contest\/\d+$/);
    contestPath = new URL(office.url()).pathname;
    expect(await office.textContent(dt('ct-facts'))).toContain('不限时（适老）');
    await visit(office, e2e.url(), '/contest');
    await e2e.shot(office, 'contests-1440');
  });

  it('shows a farmer’s untimed round on a phone on the live leaderboard, and participation by district', async () => {
    const id = contestPath.split('/').at(-1);
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), contestPath);
    await office.waitForSelector(dt('ct-participation'));
    expect(await office.textContent(dt('ct-figure-papers'))).toContain('0');

    const farmer = await (await e2e.context(phone)).newPage();
    await visit(farmer, e2e.url(), `/e/q/${id}`);
    await farmer.fill(dt('quiz-name'), '赵春生');
    await farmer.fill(dt('quiz-phone'), '13700001234');
    await farmer.fill(dt('quiz-unit'), '新开镇');
    await farmer.selectOption(dt('quiz-area'), { label: '大洼区' });
    await farmer.selectOption(dt('quiz-group'), 'farmers');
    await expectAccessible(farmer, 'player form');
    await farmer.click(dt('quiz-start'));
    await farmer.waitForSelector(dt('quiz-option'));
    expect(await farmer.textContent('body')).not.toMatch(/剩余|倒计时/);
    expect(await horizontalOverflow(farmer)).toBe(0);
    await expectAccessible(farmer, 'untimed paper');
    await e2e.shot(farmer, 'player-375', false);
    for (let k = 0; k < 3; k++) {
      await farmer.locator(dt('quiz-option')).first().check();
      await farmer.click(k < 2 ? dt('quiz-next') : dt('quiz-submit'));
    }
    await farmer.waitForSelector(dt('quiz-result'));

    // the staff page, left open, picks the paper up by itself
    await office.waitForSelector(`${dt('ct-board-person')} >> text=赵*生`, { timeout: 20_000 });
    await expect
      .poll(
        () =>
          office
            .locator(`${dt('ct-district-211104')} td`)
            .first()
            .textContent(),
        { timeout: 20_000 },
      )
      .toBe('1');
    expect(await office.textContent(dt('ct-board-district'))).toContain('大洼区');
    expect(await office.textContent('body')).not.toContain('赵春生');
    await expectAccessible(office, 'contest page');
    await e2e.shot(office, 'contest-1440');
  });

  it('decides an anti-cheat flag only with a reason, the score untouched', async () => {
    const id = Number(contestPath.split('/').at(-1));
    const api = (path: string, body: object) =>
      fetch(`${e2e.url()}/api/pub${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    for (let k = 0; k < 4; k++) {
      const p = await api(`/contests/${id}/attempts`, {
        name: `孙${k}平`,
        phone: `1360000100${k}`,
        unit: '盘山县科协',
        areaCode: '211122',
        targetGroup: 'farmers',
        device: 'one-shared-phone',
      });
      await api(`/attempts/${p.token}/submit`, { answers: p.items.map(() => [0]) });
    }
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), contestPath);
    const row = office.locator(dt('ct-flag-device'));
    await row.waitFor();
    expect(await row.textContent()).toContain('同一设备有 4 人参赛');
    await row.locator(dt('ct-flag-decide')).click();
    expect(await row.locator(dt('ct-flag-error')).textContent()).toContain('备注');
    await row.locator(dt('ct-flag-decision')).selectOption('cleared');
    await row.locator(dt('ct-flag-note')).fill('核实为一家人轮流用同一部手机答题');
    await row.locator(dt('ct-flag-decide')).click();
    await row.locator(dt('ct-flag-decided')).waitFor();
    expect(await row.textContent()).toContain('排除（无作弊）');
    expect(await office.textContent(dt('ct-figure-papers'))).toContain('5');
    await expectAccessible(office, 'contest page with a decided flag');
    const phonePage = await e2e.session(accounts.office.username, accounts.office.password, phone);
    await visit(phonePage, e2e.url(), contestPath);
    await phonePage.waitForSelector(dt('ct-participation'));
    expect(await horizontalOverflow(phonePage)).toBe(0);
    await e2e.shot(phonePage, 'contest-375');
    for (const [path, name] of [
      ['/contest', 'contests-375'],
      ['/contest/items', 'items-375'],
    ] as const) {
      await visit(phonePage, e2e.url(), path);
      await phonePage.waitForSelector(path === '/contest' ? dt('ct-contests') : dt('ct-items'));
      expect(await horizontalOverflow(phonePage)).toBe(0);
      await e2e.shot(phonePage, name);
    }
  });
});
