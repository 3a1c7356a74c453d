// Commendations in Chromium (issue 16): a district admin nominates a volunteer the data suggests (10 activities,
// 30 approved hours in its area); the office passes the nomination, closes the round, records the decision and
// publishes; the portal's list on a 375 px phone shows the name masked. axe on every page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const wide = { ...desktop, viewport: { width: 1440, height: 900 } };
// biome-ignore lint/correctness/useHookAtTopLevel: setUpE2e registers vitest hooks; it is not a React hook
const e2e = setUpE2e({ shots: 'commendations' });
const NAME = '孙立明';
const YEAR = new Date().getFullYear();
let volunteerId = 0;

async function json(page: Page, method: 'get' | 'post', path: string, data?: object) {
  const r = await page.request[method](`${e2e.url()}${path}`, data ? { data } : {});
  expect(r.ok(), `${path}: ${r.status()} ${await r.text()}`).toBe(true);
  return r.json();
}

describe('a commendation from nomination to the portal', () => {
  it('lets a district admin nominate a volunteer the data suggests', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await json(office, 'post', '/api/cmd/rounds', { year: YEAR, title: `${YEAR} 年度科普工作表彰（测试）` });
    const dawa = await e2e.session(accounts.district.username, accounts.district.password, wide);
    const city = (await json(office, 'get', '/api/vol/teams')).find(
      (t: { level: string }) => t.level === 'city',
    );
    const team = await json(dawa, 'post', '/api/vol/teams', {
      name: '大洼区科技志愿服务大队（测试）',
      level: 'district',
      parentId: city.id,
      areaCode: accounts.district.areaCode,
    });
    volunteerId = (
      await json(dawa, 'post', '/api/pub/vol/volunteers', {
        name: NAME,
        phone: '13812345678',
        birthDate: '1985-03-02',
        teamId: team.id,
        consent: true,
      })
    ).id;
    const ids: number[] = [];
    for (let i = 1; i <= 10; i++) {
      const start = new Date(Date.now() - i * 3 * 86_400_000);
      const h = await json(dawa, 'post', '/api/vol/hours', {
        volunteerId,
        teamId: team.id,
        startedAt: start.toISOString(),
        endedAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
      });
      ids.push(h.id);
    }
    await json(dawa, 'post', '/api/vol/hours/moves', { ids, move: 'approve' });

    await visit(dawa, e2e.url(), '/commendations');
    const row = dawa.locator(dt(`cmd-candidate-volunteer-${volunteerId}`));
    await row.waitFor();
    expect(await row.textContent()).toContain('30');
    await row.locator(dt('cmd-choose')).click();
    expect(await dawa.inputValue(dt('cmd-citation'))).toContain(NAME);
    await dawa.click(dt('cmd-nominate'));
    await dawa.waitForSelector('output:has-text("已提交推荐")');
    await dawa.waitForSelector(`${dt('cmd-nominations')} :text("${NAME}")`);
    await expectAccessible(dawa, 'commendations (district)');
    await e2e.shot(dawa, 'district-1440');
  });

  it('is reviewed, decided and published by the office', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), '/commendations');
    const pass = office.locator('[data-test^="cmd-pass-"]').first();
    await pass.click();
    await office.waitForSelector('[data-test^="cmd-state-"]:has-text("审核通过")');
    await office.click(dt('cmd-close'));
    await office.waitForSelector(`${dt('cmd-round-state')}:has-text("审核中")`);
    await office.fill(dt('cmd-decision-number'), '盘科协发〔2026〕1号');
    await office.click(dt('cmd-decide'));
    await office.waitForSelector(`${dt('cmd-round-state')}:has-text("已决定")`);
    await expectAccessible(office, 'commendations (office, decided)');
    await office.click(dt('cmd-publish'));
    await office.waitForSelector(`${dt('cmd-round-state')}:has-text("已公布")`);
    await office.waitForSelector('[data-test^="cmd-state-"]:has-text("获表彰")');
    await e2e.shot(office, 'office-1440');
    const narrow = await e2e.session(accounts.office.username, accounts.office.password, phone);
    await visit(narrow, e2e.url(), '/commendations');
    await narrow.waitForSelector(dt('cmd-log'));
    await expectAccessible(narrow, 'commendations (office, phone)');
    await e2e.shot(narrow, 'office-375');
  });

  it('shows the list on the portal at 375 px with the name masked', async () => {
    const page = await (await e2e.context(phone)).newPage();
    await visit(page, e2e.url(), '/portal/commendations?size=large');
    await page.waitForSelector(`${dt('portal-commendations-star_volunteer')} :text("孙*明")`);
    const body = (await page.textContent('body')) ?? '';
    expect(body).not.toContain(NAME);
    expect(body).not.toContain('13812345678');
    expect(body).toContain('盘科协发〔2026〕1号');
    await expectAccessible(page, 'portal commendations');
    expect(await horizontalOverflow(page)).toBe(0);
    await e2e.shot(page, 'portal-375');
  });
});
