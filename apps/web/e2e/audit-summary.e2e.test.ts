// The audit log in words (actions, people with their unit, records by name) filtered by person, and the year summary
// that a leader reads on one screen and prints on a few A4 pages — at 1440 px and on a phone, with axe.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = setUpE2e({ shots: 'audit-summary' });
const wide = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' as const };
/** An action or record code as the server stores it (acc.report.accept, acc_report). */
const code = /\b[a-z]+[._][a-z_.]+\b/;

/** Types `day` into each date field and leaves it, all in one task of the page (no render in between). */
const typeDaysAndLeave = (page: Page, selectors: string[], day: string) =>
  page.evaluate(
    ([sels, d]) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      for (const sel of sels) {
        const input = document.querySelector<HTMLInputElement>(sel);
        if (!input) throw new Error(`no ${sel}`);
        input.focus();
        setValue?.call(input, d);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.blur();
      }
    },
    [selectors, day] as const,
  );

const cellTexts = (page: Page, column: number) =>
  page
    .locator(`${dt('audit-table')} tbody tr[data-test^="audit-row-"] td:nth-child(${column})`)
    .allInnerTexts();

describe('audit log', () => {
  it('says who did what to which record in words, and filters by person', async () => {
    // the liaison signs in and out: the log holds it under their name
    const edu = await e2e.session(accounts.liaison.username, accounts.liaison.password, wide);
    await edu.close();
    const page = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(page, e2e.url(), `/audit`);
    await page.waitForSelector('[data-test^="audit-row-"]');
    const what = await cellTexts(page, 4);
    expect(what.length).toBe(20);
    for (const text of what) {
      expect(text).toMatch(/\p{Script=Han}/u);
      expect(text).not.toMatch(code);
    }
    await expect(page.locator(dt('list-total')).innerText()).resolves.toMatch(/共 \d+ 项/);
    await e2e.shot(page, 'audit-1440', false);

    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/audit?') && r.url().includes('actor=edu')),
      page.selectOption(dt('audit-filter-actor'), accounts.liaison.username),
    ]);
    await page.waitForSelector(`${dt('audit-table')} .ant-spin-spinning`, { state: 'detached' });
    const who = await cellTexts(page, 3);
    expect(who.length).toBeGreaterThan(0);
    expect(new Set(who.map((w) => w.split('\n')[0]))).toEqual(new Set(['市教育局 联络员']));
    await expect(page.locator(dt('audit-table')).innerText()).resolves.toContain('登录');
    await expectAccessible(page, 'audit log filtered');

    // the demo data's history is there, marked as the demo's
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/audit?') && r.url().includes('actor=demo')),
      page.selectOption(dt('audit-filter-actor'), 'demo'),
    ]);
    await page.waitForSelector(`${dt('audit-table')} .ant-spin-spinning`, { state: 'detached' });
    await expect(page.locator(dt('audit-table')).innerText()).resolves.toContain('示例数据');
    // among it, the seeded progress reports, each named in words (the other capabilities' seeds come later)
    const byEntity = async (entity: string) => {
      await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/audit?') && r.url().includes('actor=demo')),
        page.selectOption(dt('audit-filter-entity'), entity),
      ]);
      await page.waitForSelector(`${dt('audit-table')} .ant-spin-spinning`, { state: 'detached' });
    };
    await byEntity('acc_report');
    await expect(page.locator(dt('audit-table')).innerText()).resolves.toMatch(/进展报告《.+》（.+）/);
    await byEntity('');

    // a day typed as 年-月-日 keeps that form and narrows the log to it
    const all = Number((await page.locator(dt('list-total')).innerText()).replace(/\D/g, ''));
    const latest = await page.evaluate(
      async () => (await (await fetch('/api/audit?actor=demo&limit=1')).json()).items[0].at,
    );
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(latest));
    // both days typed and each field left at once, before the page has re-rendered (a quick hand on a slow phone):
    // each filter starts from the address as it is, and a picker left before its value came back keeps its day
    await Promise.all([
      page.waitForResponse(
        (r) =>
          r.url().includes('/api/audit?') && r.url().includes(`from=${day}`) && r.url().includes(`to=${day}`),
      ),
      typeDaysAndLeave(page, [dt('audit-filter-from'), dt('audit-filter-to')], day),
    ]);
    await page.waitForSelector(`${dt('audit-table')} .ant-spin-spinning`, { state: 'detached' });
    await expect(page.inputValue(dt('audit-filter-from'))).resolves.toBe(day);
    await expect(page.inputValue(dt('audit-filter-to'))).resolves.toBe(day);
    expect(new URL(page.url()).search).toBe(`?actor=demo&from=${day}&to=${day}`);
    const thatDay = Number((await page.locator(dt('list-total')).innerText()).replace(/\D/g, ''));
    expect(thatDay).toBeGreaterThan(0);
    expect(thatDay).toBeLessThan(all);

    // a phone whose browser speaks English: the log starts on the first screen, the filters fold above it, and a
    // date field still asks for a day in Chinese, in the app's form
    const small = await e2e.session(accounts.office.username, accounts.office.password, {
      ...phone,
      locale: 'en-US',
    });
    await visit(small, e2e.url(), `/audit`);
    await small.waitForSelector('[data-test^="audit-row-"]');
    expect(await horizontalOverflow(small)).toBe(0);
    const firstRow = await small.locator('[data-test^="audit-row-"]').first().boundingBox();
    expect(firstRow?.y).toBeLessThan(phone.viewport?.height ?? 0);
    await expect(small.locator(dt('audit-filter-from')).isVisible()).resolves.toBe(false);
    await small.click(`${dt('audit-filter-fold')} summary`);
    await expect(small.getAttribute(dt('audit-filter-from'), 'placeholder')).resolves.toBe('请选择日期');
    // its calendar names months and years in Chinese words, the buttons too (no English keyboard hints)
    await small.click(dt('audit-filter-from'));
    const header = small.locator('.ant-picker-dropdown:visible .ant-picker-header');
    await expect(
      header.locator('.ant-picker-header-super-prev-btn').getAttribute('aria-label'),
    ).resolves.toBe('上一年');
    await expect(header.innerText()).resolves.toMatch(/^\d{4}年\s*\d{1,2}月$/);
    await expect(small.locator('.ant-picker-dropdown:visible thead').innerText()).resolves.toMatch(
      /一.*二.*三/s,
    );
    await e2e.shot(small, 'audit-375', false);
    await e2e.shot(small, 'audit-375-full');
    await expectAccessible(small, 'audit log on a phone');
  });
});

describe('year summary', () => {
  it('fits a leader’s screen with the detail closed, opens a task on a click, and prints to a few A4 pages', async () => {
    const page = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(page, e2e.url(), `/acc/summary`);
    await page.waitForSelector(dt('acc-summary-headline'));
    await page.waitForSelector(dt('acc-summary-exceptions'));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`summary height at 1440 px: ${height}`);
    expect(height).toBeLessThan(6000);
    await e2e.shot(page, 'summary-1440', false);
    await e2e.shot(page, 'summary-1440-full');
    await expectAccessible(page, 'year summary');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`summary prints to ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(8);

    const first = page.locator('details[data-test^="acc-summary-task-"]').first();
    await first.locator('summary').click();
    await expect(first.locator('.acc-summary-detail').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollHeight)).resolves.toBeGreaterThan(height);

    const small = await e2e.session(accounts.office.username, accounts.office.password, phone);
    await visit(small, e2e.url(), `/acc/summary`);
    await small.waitForSelector(dt('acc-summary-headline'));
    expect(await horizontalOverflow(small)).toBe(0);
    await e2e.shot(small, 'summary-375', false);
    await e2e.shot(small, 'summary-375-full');
    await expectAccessible(small, 'year summary on a phone');
  });
});
