// Publication in Chromium (issue 14): the office previews a year, publishes it and downloads the annual report; an anonymous visitor then reads the
// public portal at 1440 px and at 375 px in large-text mode, moving by links and the keyboard, in Chinese and in
// English. axe on every page (zero serious violations); nothing overflows sideways on the phone. A teacher filters the
// venues on a phone and books a slot for a class.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = setUpE2e({ shots: 'publication' });
const sections = ['plan', 'progress', 'statistics', 'activities', 'venues', 'data'] as const;

/** Walks every section from the navigation, checking each page's heading, axe and (on a phone) sideways overflow. */
async function walk(page: Page, label: string, narrow: boolean) {
  for (const s of sections) {
    await page.click(dt(`portal-nav-${s}`));
    await page.waitForURL((u) => u.pathname === `/portal/${s}`);
    expect(new URL(page.url()).searchParams.get('size'), `${label} ${s} keeps large text`).toBe('large');
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    await expectAccessible(page, `${label} ${s}`);
    if (narrow) expect(await horizontalOverflow(page), `${label} ${s}`).toBeLessThanOrEqual(0);
    await e2e.shot(page, `${label}-${s}`);
  }
}

describe('publishing a year and reading the public portal', () => {
  it('shows a visitor that nothing is published yet', async () => {
    const ctx = await e2e.context(desktop);
    const page = await ctx.newPage();
    await visit(page, e2e.url(), `/portal`);
    await expect(page.locator('h1').textContent()).resolves.toContain('尚未发布');
  });

  it('lets the office preview the year and publish it', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, desktop);
    await office.click(dt('nav-publication'));
    await office.waitForSelector(dt('publication-page'));
    await office.click(dt('publication-preview-button'));
    await office.waitForSelector(dt('publication-preview'));
    await expect(office.locator(dt('publication-preview')).textContent()).resolves.toContain('科普专职人员');
    await expectAccessible(office, 'publication preview');
    await office.click(dt('publication-publish'));
    await office.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await office.waitForSelector(`${dt('publication-releases')} tr.ant-table-row`);
    expect(await office.locator(`${dt('publication-releases')} tr.ant-table-row`).count()).toBe(1);
    // the annual report: the office writes the introduction and conclusion, and the browser saves a .docx
    await office.fill(dt('publication-intro'), '本年度全市扎实推进五项提升行动。');
    await office.fill(dt('publication-conclusion'), '下一年度继续补齐基层短板。');
    const [download] = await Promise.all([
      office.waitForEvent('download'),
      office.click(dt('publication-docx')),
    ]);
    expect(download.suggestedFilename()).toMatch(/年度全民科学素质工作报告\.docx$/);
    await e2e.shot(office, 'office');
  });

  it('lets a visitor read the portal at 1440 px in large text, by keyboard too, and switch to English', async () => {
    const ctx = await e2e.context(desktop);
    const page = await ctx.newPage();
    await visit(page, e2e.url(), `/portal`);
    await page.click(dt('portal-large'));
    await page.waitForURL((u) => u.searchParams.get('size') === 'large');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    await expect(page.locator(dt('portal-kpi')).textContent()).resolves.toMatch(/\d+(\.\d+)?%/);
    await expectAccessible(page, 'portal home 1440');
    // the first Tab reaches the skip link, and Enter moves to the content
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await walk(page, 'desktop', false);
    await expect(page.locator(dt('portal-csv-literacy')).getAttribute('href')).resolves.toBe(
      '/api/public/data/literacy.csv',
    );
    await page.click(dt('portal-nav-progress'));
    await page.waitForURL((u) => u.pathname === '/portal/progress');
    expect(await page.locator('svg.map').count()).toBe(1);
    await page.click(dt('portal-lang'));
    await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Progress');
    await expectAccessible(page, 'portal progress in English');
    await page.click(dt('portal-contrast'));
    await page.waitForURL((u) => u.searchParams.get('contrast') === 'high');
    await expectAccessible(page, 'portal progress high contrast');
  });

  it('lets a visitor read the portal on a 375 px phone in large text without sideways scrolling', async () => {
    const ctx = await e2e.context(phone);
    const page = await ctx.newPage();
    await visit(page, e2e.url(), `/portal?size=large`);
    await expect(page.locator(dt('portal-kpi')).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'portal home 375');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await e2e.shot(page, 'phone-home');
    await walk(page, 'phone', true);
  });

  it('lets a teacher on a phone find a venue for children that takes groups, and book a slot for the class', async () => {
    const ctx = await e2e.context(phone);
    const page = await ctx.newPage();
    await visit(page, e2e.url(), '/portal/venues?size=large');
    await page.selectOption(dt('venue-filter-audience'), 'children');
    await page.check(dt('venue-filter-bookable'));
    await page.click(dt('venue-filter-submit'));
    await page.waitForURL((u) => u.searchParams.get('audience') === 'children');
    expect(new URL(page.url()).searchParams.get('size')).toBe('large');
    await expect(page.locator(dt('venue-card')).allTextContents()).resolves.toEqual([
      expect.stringContaining('盘锦市科技馆（示例）'),
    ]);
    expect(await page.locator(dt('map-marker')).count()).toBe(1);
    await page.locator(`${dt('venue-card')} a.button`).click();
    await page.waitForURL((u) => u.pathname.startsWith('/e/venues/'));
    await expect(page.locator('h1').textContent()).resolves.toContain('盘锦市科技馆');
    await expectAccessible(page, 'venue booking 375');
    // a form sent before a slot is chosen says so, and keeps what was typed
    await page.fill(dt('booking-group'), '实验小学四年级二班');
    await page.fill(dt('booking-contact'), '王老师 13900000000');
    await page.fill(dt('booking-size'), '45');
    await page.click(dt('booking-submit'));
    await expect(page.locator('[role=alert]').textContent()).resolves.toBe('请先选择一个时段。');
    expect(await page.inputValue(dt('booking-group'))).toBe('实验小学四年级二班');
    await page.locator(dt('booking-slot')).first().check();
    await page.click(dt('booking-submit'));
    await expect(page.locator(dt('booking-done')).textContent()).resolves.toMatch(
      /实验小学四年级二班，45 人，.*预约编号 \d+/,
    );
    // the places left went down, and a second class too large for what is left is told how many remain
    await expect(page.locator('label.choice').first().textContent()).resolves.toContain('余 15 个名额');
    await page.fill(dt('booking-group'), '实验小学四年级三班');
    await page.fill(dt('booking-contact'), '李老师 13900000001');
    await page.fill(dt('booking-size'), '20');
    await page.locator(dt('booking-slot')).first().check();
    await page.click(dt('booking-submit'));
    await expect(page.locator('[role=alert]').textContent()).resolves.toBe(
      '这个时段只剩 15 个名额，请减少人数或换一个时段。',
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await e2e.shot(page, 'phone-venue-booking');

    // the class cannot come after all: by the booking's link the teacher cancels, and the 45 places are free again
    const slotDay = page.url();
    await page.click(dt('booking-manage'));
    await expect(page.locator(dt('booking-status')).textContent()).resolves.toBe('已预约');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'group booking page');
    page.once('dialog', (d) => void d.accept());
    await page.click(dt('booking-cancel'));
    await page.waitForSelector(`${dt('booking-status')}:has-text("已取消")`);
    expect(await page.locator(dt('booking-cancel')).count()).toBe(0);
    await e2e.shot(page, 'phone-booking-cancelled');
    await page.goto(slotDay);
    await expect(page.locator('label.choice').first().textContent()).resolves.toContain('余 60 个名额');
  });
});
