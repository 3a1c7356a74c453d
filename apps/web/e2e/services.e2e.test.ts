// Public services in Chromium (issue 15): a district files an activity for a reporting unit, the office approves and
// publishes it, a citizen registers on a 375 px page and gets a QR ticket, staff open the check-in app, go offline,
// check the ticket in by its code (twice: a duplicate) and count walk-ins, then sync when the network is back; she
// answers the satisfaction survey from her ticket and the district reads it; the summary is filed and accepted, and the unit's statistics form shows the ledger's figures as a pre-fill, and the
// campaign's report the same figures, a map and an Excel file. The server's
// clock is set inside the last statistics year, so the form of that year is the one filled. axe on every page.
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
import { accounts, startTestServer } from './support/server.ts';

const Y = new Date().getUTCFullYear() - 1;
const wide = { ...desktop, viewport: { width: 1440, height: 900 } };

/** The demo server's clock: inside the last statistics year, before the activity; moved to its day by a test. */
let serverNow = new Date(`${Y}-09-01T02:00:00Z`);
const startInYear = () =>
  startTestServer({
    prefix: 'kepu-e2e-svc-',
    adjust: (server) => {
      server.app.kepu.clock.now = () => serverNow;
    },
  });

const e2e = setUpE2e({ shots: 'services', start: startInYear });

let activityId = 0;
let token = '';

describe('a science activity from filing to the statistics form', () => {
  it('a district files an activity for 大洼区科协 and the office approves and publishes it', async () => {
    const district = await e2e.session(accounts.district.username, accounts.district.password, wide);
    await visit(district, e2e.url(), `/services`);
    // this year's ledger, a table or, with no activity yet, one sentence saying so
    await district.waitForSelector(`${dt('svc-figures')}, ${dt('svc-figures-empty')}`);
    await expectAccessible(district, 'services home');
    await district
      .locator(`${dt('file-unit')} option`, { hasText: '大洼区科协' })
      .first()
      .waitFor({ state: 'attached' });
    await district.selectOption(dt('file-unit'), { label: '大洼区科协' });
    await district.fill(dt('file-title'), '老年人防诈骗科普讲座（示例）');
    await district.selectOption(dt('file-campaign'), {
      label: `${new Date().getUTCFullYear()}年科普之冬（示例）`,
    });
    await district.fill(dt('file-address'), '大洼区文化中心');
    await district.selectOption(dt('file-area'), '211104');
    await district.check(dt('file-group-elderly'));
    await fillDate(district, dt('file-start'), `${Y}-09-20 09:00`);
    await fillDate(district, dt('file-end'), `${Y}-09-20 11:00`);
    await district.fill(dt('file-capacity'), '50');
    await e2e.shot(district, 'home-1440');
    await district.click(dt('file-submit'));
    await district.waitForURL(/\/services\/activities\/\d+$/);
    activityId = Number(new URL(district.url()).pathname.split('/').at(-1));
    await district.click(dt('move-submit'));
    await district.waitForSelector(`${dt('svc-state')}:has-text("待审核")`);
    await expectAccessible(district, 'activity page');

    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), `/services/activities/${activityId}`);
    await office.click(dt('move-approve'));
    await office.waitForSelector(`${dt('svc-state')}:has-text("已批准")`);
    await office.click(dt('move-publish'));
    await office.waitForSelector(`${dt('svc-state')}:has-text("已发布")`);
    // no SMS gateway on this server: the page says so and where the reminder comes from instead
    await expect(office.locator(dt('svc-messages-off')).innerText()).resolves.toContain('加入手机日历');
    await e2e.shot(office, 'activity-1440');
  });

  it('a citizen finds it on a phone, registers without an account and gets a QR ticket', async () => {
    const page = await (await e2e.context(phone)).newPage();
    // her phone's clock agrees with the server's: the lecture is still ahead
    await page.clock.setFixedTime(serverNow);
    await visit(page, e2e.url(), `/e`);
    await page.waitForSelector(dt('activity-card'));
    expect(await horizontalOverflow(page)).toBe(0);
    await expectAccessible(page, 'public list');
    await page.selectOption(dt('filter-audience'), 'elderly');
    await page.click(dt('filter-submit'));
    await page.locator(dt('activity-card'), { hasText: '老年人防诈骗科普讲座' }).getByRole('link').click();
    await page.waitForSelector(dt('reg-name'));
    await page.click(dt('reg-submit'));
    await page.fill(dt('reg-name'), '李桂兰');
    await page.fill(dt('reg-phone'), '1390000');
    await page.selectOption(dt('reg-group'), 'elderly');
    await page.click(dt('reg-submit'));
    await page.waitForSelector('[role="alert"]:has-text("手机号")');
    await expectAccessible(page, 'registration form');
    await page.fill(dt('reg-phone'), '13900001234');
    await page.click(dt('reg-submit'));
    await page.waitForSelector(`${dt('ticket-status')}:has-text("报名成功")`);
    await page.waitForSelector(`svg${dt('ticket-qr')}`);
    token = (await page.locator(dt('ticket-code')).innerText()).trim();
    expect(token).toMatch(/^[A-Z2-7]{16}$/);
    // the calendar file her phone imports, reminding her the day and the hour before
    const calendar = page.getByRole('link', { name: '加入手机日历' });
    const ics = await page.request.get(new URL(String(await calendar.getAttribute('href')), page.url()).href);
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect((await ics.text()).replace(/\r\n /g, '')).toContain('SUMMARY:老年人防诈骗科普讲座');
    expect(await horizontalOverflow(page)).toBe(0);
    await e2e.shot(page, 'ticket-375', false);
    await expectAccessible(page, 'ticket page');
  });

  it('staff open the check-in app, go offline, check the ticket and walk-ins in, and sync when back online', async () => {
    const staff = await e2e.session(accounts.district.username, accounts.district.password, phone);
    // a scan is dated by the scanning device: the door is on the day of the event (the server's clock is in that year)
    await staff.clock.setFixedTime(new Date(`${Y}-09-20T01:30:00Z`));
    await visit(staff, e2e.url(), `/services/activities/${activityId}`);
    await staff.locator('a[data-test^="svc-checkin-"]').first().click();
    await staff.waitForURL(/\/e\/door\/\d+$/);
    await staff.waitForSelector(`${dt('door-status')}:has-text("名单保存于")`);
    expect(await staff.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    await staff.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // no network at the door: the service worker serves the page, the device the list
    await staff.context().setOffline(true);
    await staff.reload();
    await staff.waitForSelector(`${dt('door-status')}:has-text("离线")`);
    await staff.fill(dt('door-code'), token.toLowerCase());
    await staff.click(dt('door-check'));
    await staff.waitForSelector(`${dt('door-result')}:has-text("签到成功：李桂兰（待同步）")`);
    await staff.fill(dt('door-code'), token);
    await staff.click(dt('door-check'));
    await staff.waitForSelector(`${dt('door-result')}:has-text("已经签到过：李桂兰")`);
    await staff.fill(dt('door-walkin-elderly'), '5');
    await staff.click(dt('door-walkin-submit'));
    await staff.waitForSelector(`${dt('door-walkin-result')}:has-text("已记录 5 人")`);
    await staff.waitForSelector(`${dt('door-status')}:has-text("3 条待同步")`);
    expect(await horizontalOverflow(staff)).toBe(0);
    await staff.evaluate(() => scrollTo(0, 0));
    await e2e.shot(staff, 'checkin-offline-375', false);
    await expectAccessible(staff, 'offline check-in');
    await staff.context().setOffline(false);
    await staff.waitForSelector(`${dt('door-log')}:has-text("已同步 2 次扫码 · 重复 1")`);
    await staff.waitForSelector(`${dt('door-walkin-result')}:has-text("已同步")`);
    await expect(staff.locator(dt('door-status')).innerText()).resolves.not.toContain('待同步');
    await staff.locator(dt('door-log')).scrollIntoViewIfNeeded();
    await e2e.shot(staff, 'checkin-synced-375', false);
  });

  it('after the lecture the citizen answers the satisfaction survey from her ticket, on the phone', async () => {
    serverNow = new Date(`${Y}-09-20T04:00:00Z`);
    const page = await (await e2e.context(phone)).newPage();
    await visit(page, e2e.url(), `/e/t/${token}`);
    await page.click(dt('ticket-feedback'));
    await page.waitForSelector(dt('feedback-submit'));
    // a blank answer is refused in words naming the first question left out
    await page.click(dt('feedback-submit'));
    await page.waitForSelector(`${dt('feedback-problem')}:has-text("请回答：总体来说")`);
    await page.check(dt('feedback-overall-4'));
    await page.check(dt('feedback-content-5'));
    await page.check(dt('feedback-organisation-4'));
    await page.fill(dt('feedback-comment'), '讲得很实用，希望多办几场。');
    expect(await horizontalOverflow(page)).toBe(0);
    await expectAccessible(page, 'satisfaction survey');
    await e2e.shot(page, 'feedback-375');
    await page.click(dt('feedback-submit'));
    await page.waitForSelector(`${dt('feedback-done')}:has-text("意见已收到")`);
  });

  it('the summary is filed and accepted, and the unit’s statistics form shows the ledger’s figures', async () => {
    const district = await e2e.session(accounts.district.username, accounts.district.password, wide);
    await visit(district, e2e.url(), `/services/activities/${activityId}`);
    // the survey's answer, without the name of who gave it
    await district.waitForSelector(
      `${dt('svc-feedback-count')}:has-text("共 1 份评价，其中 1 份通过电子票提交")`,
    );
    await expect(district.locator(dt('svc-feedback-comments')).innerText()).resolves.toContain(
      '希望多办几场',
    );
    await expect(district.locator(dt('svc-feedback')).innerText()).resolves.not.toContain('李桂兰');
    await district.click(dt('move-complete'));
    await district.waitForSelector(dt('summary-farmers'));
    await district.fill(dt('summary-farmers'), '20');
    await district.click(dt('move-summarise'));
    await district.waitForSelector(`${dt('svc-state')}:has-text("总结待验收")`);

    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), `/services/activities/${activityId}`);
    await office.click(dt('move-accept'));
    await office.waitForSelector(`${dt('svc-state')}:has-text("已验收")`);
    const unitId = await office.evaluate(async () => {
      const units = (await (await fetch('/api/indicators/units')).json()) as { id: number; name: string }[];
      return units.find((u) => u.name === '大洼区科协')?.id;
    });
    await visit(office, e2e.url(), `/indicators/reports/${Y}/${unitId}`);
    await office.waitForSelector(dt('svc-prefill'));
    await expect(
      office.locator(`${dt('prefill-A01-all')} ${dt('prefill-ledger')}`).innerText(),
    ).resolves.toBe('1');
    await expect(
      office.locator(`${dt('prefill-A011-elderly')} ${dt('prefill-ledger')}`).innerText(),
    ).resolves.toBe('6');
    await expect(
      office.locator(`${dt('prefill-A011-farmers')} ${dt('prefill-ledger')}`).innerText(),
    ).resolves.toBe('20');
    await e2e.shot(office, 'prefill-1440');
    await expectAccessible(office, 'statistics form with the pre-fill');
    await visit(office, e2e.url(), `/services`);
    await office.selectOption(dt('svc-year'), String(Y));
    await expect(office.locator(dt('svc-figures-211104')).locator('td').nth(1).innerText()).resolves.toBe(
      '26',
    );
    // the campaign's report: the same 26 participants in 大洼区, the activity listed, the map and an Excel file
    await office.locator('[data-test^="svc-campaign-"]', { hasText: '科普之冬' }).click();
    await office.waitForSelector(dt('campaign-page'));
    await expect(office.locator(dt('svc-figures-211104')).locator('td').nth(1).innerText()).resolves.toBe(
      '26',
    );
    await expect(office.locator(dt('campaign-activities')).innerText()).resolves.toContain(
      '老年人防诈骗科普讲座',
    );
    await office.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-test="campaign-map"]');
      return img?.complete && img.naturalWidth > 0;
    });
    const [file] = await Promise.all([office.waitForEvent('download'), office.click(dt('campaign-excel'))]);
    expect(file.suggestedFilename()).toMatch(/科普之冬.*活动报告\.xlsx$/);
    await expectAccessible(office, 'campaign report');
    await e2e.shot(office, 'campaign-1440');
  });

  it('the office registers a venue with its opening periods, accredits it by document and adds a slot', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), '/services');
    await office.click(dt('svc-venues-link'));
    await office.waitForSelector(dt('venues-table'));
    await expect(office.locator(dt('venues-table')).innerText()).resolves.toContain('盘锦市科技馆（示例）');
    await expectAccessible(office, 'venues');
    // a blank form is refused naming the field, and nothing is registered
    await office.click(dt('venue-submit'));
    await expect(office.locator(dt('venue-error')).innerText()).resolves.toContain('名称');
    await office.fill(dt('venue-name'), '大洼区稻作科普馆');
    await office.selectOption(dt('venue-level'), 'district');
    await office.selectOption(dt('venue-category'), 'industry');
    await office.selectOption(dt('venue-area'), '211104');
    await office.fill(dt('venue-address'), '大洼区田家街道');
    await office.fill(dt('venue-hours'), '周二至周日 9:00—16:00');
    await office.check(dt('venue-audience-students'));
    await office.check(dt('venue-bookable'));
    await office.click(dt('venue-submit'));
    await office.waitForURL(/\/services\/venues\/\d+$/);
    await expect(office.locator(dt('venue-status')).innerText()).resolves.toBe('申请中');
    // accreditation needs its document number
    await office.selectOption(dt('venue-status-select'), 'accredited');
    await office.fill(dt('venue-status-reason'), '专家评审通过');
    await office.click(dt('venue-status-save'));
    await expect(office.locator(dt('venue-status-error')).innerText()).resolves.toContain('文件号');
    await office.fill(dt('venue-status-doc'), '盘科协发〔2026〕12号');
    await office.click(dt('venue-status-save'));
    await office.waitForSelector(`${dt('venue-status')}:has-text("已认定")`);
    await expect(office.locator(dt('venue-history')).innerText()).resolves.toContain('盘科协发〔2026〕12号');
    await fillDate(office, dt('slot-day'), `${Y + 2}-05-12`);
    await office.fill(dt('slot-capacity'), '40');
    await office.click(dt('slot-add'));
    await office.waitForSelector(dt('venue-slots'));
    await expect(office.locator(`${dt('venue-slots')} tbody tr`).count()).resolves.toBe(1);
    await expect(office.locator(dt('venue-bookings')).count()).resolves.toBe(0);
    await expectAccessible(office, 'venue page');
    await e2e.shot(office, 'venue-1440');
  });
  it('the office files the science centre’s self-report of last year, reviews and publishes it; the public sees the grade', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    // the office's clock agrees with the server's: last year is the year before the server's
    await office.clock.setFixedTime(serverNow);
    await visit(office, e2e.url(), '/services/venues');
    await office.locator(dt('venues-table')).getByRole('link', { name: '盘锦市科技馆（示例）' }).click();
    await office.waitForSelector(dt('venue-report-form'));
    await expect(office.locator(dt('venue-assessment-none')).count()).resolves.toBe(1);
    // a blank report is refused naming the first item
    await office.click(dt('venue-report-submit'));
    await expect(office.locator(dt('venue-report-error')).innerText()).resolves.toContain('常设展厅面积');
    const values = {
      exhibitArea: '1200',
      renewal: '9',
      openDays: '300',
      visitors: '30000',
      activities: '24',
      freeShare: '80',
      service: '9',
    };
    for (const [k, v] of Object.entries(values)) await office.fill(dt(`venue-report-${k}`), v);
    await office.click(dt('venue-report-submit'));
    await office.waitForSelector(dt('venue-assessment-table'));
    await expect(
      office
        .locator(`${dt('venue-assessment-table')} tbody tr`)
        .last()
        .innerText(),
    ).resolves.toMatch(/合计\s+80\s+—/);
    // the expert review takes 3 points off safety and service
    await office.click(`${dt('venue-review-form')} summary`);
    await office.fill(dt('venue-review-service'), '6');
    await office.fill(dt('venue-review-comment'), '讲解员不足，安全与服务扣 3 分。');
    await office.click(dt('venue-review-submit'));
    await expect(office.locator(dt('venue-assessment-result')).innerText()).resolves.toBe(
      '评审结果：77 分，良好。',
    );
    // an on-site check's findings go to the host unit, which the demo science centre has not: the office is told so
    await office.click(`${dt('venue-check-form')} summary`);
    await fillDate(office, dt('venue-check-day'), `${Y}-11-20`);
    await office.fill(dt('venue-check-findings'), '展品更新记录不全');
    await fillDate(office, dt('venue-check-deadline'), `${Y}-12-20`);
    await office.click(dt('venue-check-submit'));
    await expect(office.locator(dt('venue-check-error')).innerText()).resolves.toContain('没有依托单位');
    await expectAccessible(office, 'venue assessment');
    await e2e.shot(office, 'venue-assessment-1440');
    await visit(office, e2e.url(), '/services/venues');
    await office.click(dt('venue-results-publish'));
    await expect(office.locator(dt('venue-results-done')).innerText()).resolves.toBe(
      '已发布 1 家场馆的评估结果。',
    );
    const venueId = Number(
      (
        await office
          .locator(dt('venues-table'))
          .getByRole('link', { name: '盘锦市科技馆（示例）' })
          .getAttribute('href')
      )
        ?.split('/')
        .at(-1),
    );
    const page = await (await e2e.context(phone)).newPage();
    await visit(page, e2e.url(), `/e/venues/${venueId}`);
    await expect(page.locator(dt('venue-assessed')).innerText()).resolves.toBe(
      `${Y - 1} 年度评估：良好（77 分）`,
    );
  });

  it('a district plans a caravan stop in its area, reports its visitors on a phone, and the totals follow', async () => {
    const district = await e2e.session(accounts.district.username, accounts.district.password, phone);
    await visit(district, e2e.url(), '/services/mobile');
    const unit = district.locator('[data-test^="mobile-unit-"]', { hasText: '盘锦市科普大篷车（示例）' });
    await expect(unit.locator('[data-test^="mobile-totals-"]').innerText()).resolves.toBe(
      '已填报 1 站，参观 445 人次，活动 4 场，行驶 46 公里',
    );
    await unit.locator('[data-test^="stop-plan-"]').click();
    // a blank stop is refused naming the field
    await unit.locator(dt('stop-submit')).click();
    await expect(unit.locator(dt('stop-error')).innerText()).resolves.toContain('站点');
    await unit.locator(dt('stop-site')).fill('田家街道文化站');
    await unit.locator(dt('stop-area')).selectOption('211104');
    // the server's clock is on the lecture's day: a stop of the two days before it can be reported
    await fillDate(district, dt('stop-from'), `${Y}-09-18`);
    await fillDate(district, dt('stop-to'), `${Y}-09-19`);
    await unit.locator(dt('stop-submit')).click();
    const row = unit.locator('tr', { hasText: '田家街道文化站' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('计划中');
    await row.locator('[data-test^="stop-report-"]').first().click();
    await row.locator(dt('stop-count-farmers')).fill('150');
    await row.locator(dt('stop-count-youth')).fill('40');
    await row.locator(dt('stop-activities')).fill('2');
    await row.locator(dt('stop-km')).fill('23.5');
    await row.locator(dt('stop-report-submit')).click();
    await district.waitForFunction(() =>
      [...document.querySelectorAll('[data-test^="mobile-totals-"]')].some((e) =>
        e.textContent?.includes('已填报 2 站，参观 635 人次，活动 6 场，行驶 69.5 公里'),
      ),
    );
    expect(await horizontalOverflow(district)).toBe(0);
    await expectAccessible(district, 'mobile units');
    await e2e.shot(district, 'mobile-375');
  });
});
