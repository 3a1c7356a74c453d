// The office exchanges a data set in real Chromium: downloads the schools as CSV, uploads an edited copy, reads the
// dry run (one change, nothing stored), confirms, and sees the change stored; a bad file names row and column.
// Axe on the page and its report; the page at phone width.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone } from './support/browser.ts';
import { useE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = useE2e();
const officePage = (options = desktop) => e2e.session(accounts.office.username, accounts.office.password, options);

const schoolsCsv = (page: Page) =>
  page.evaluate(async () => (await fetch('/api/indicators/export/schools?format=csv')).text());

describe('data exchange', () => {
  let page: Page;

  it('dry-runs an edited schools file, lists the one change, then imports it on confirmation', async () => {
    page = await officePage();
    await page.goto(`${e2e.url()}/indicators/exchange?set=schools`);
    await page.waitForSelector(dt('ind-exchange-upload-button'));
    await expectAccessible(page, 'data exchange');
    const href = await page.locator(dt('ind-exchange-csv')).getAttribute('href');
    expect(href).toBe('/api/indicators/export/schools?format=csv');
    const lines = (await schoolsCsv(page)).replace(/^\uFEFF/, '').trim().split('\r\n');
    const cells = lines[1].split(',');
    cells[4] = String(Number(cells[4]) + 4);
    const edited = [lines[0], cells.join(','), ...lines.slice(2)].join('\r\n');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click(dt('ind-exchange-upload-button'))]);
    await chooser.setFiles({ name: 'schools.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${edited}`) });
    await page.waitForSelector(dt('ind-exchange-report'));
    await expect(page.locator(dt('ind-exchange-summary')).innerText()).resolves.toBe(
      `新增 0 行，修改 1 行，不变 ${lines.length - 2} 行，删除 0 行`,
    );
    await expect(page.locator(dt('ind-exchange-report')).innerText()).resolves.toContain(`${cells[0]}/${cells[1]}`);
    await expect(page.locator(dt('ind-exchange-report')).innerText()).resolves.toContain(`counsellors: ${lines[1].split(',')[4]} → ${cells[4]}`);
    await expectAccessible(page, 'data exchange dry run');
    expect((await schoolsCsv(page)).replace(/^\uFEFF/, '').trim().split('\r\n')[1]).toBe(lines[1]);
    await page.click(dt('ind-exchange-confirm'));
    await page.waitForSelector(dt('ind-exchange-report'), { state: 'detached' });
    expect((await schoolsCsv(page)).replace(/^\uFEFF/, '').trim().split('\r\n')[1]).toBe(cells.join(','));
  });

  it('names the row and column of a bad file and stores nothing', async () => {
    await page.setInputFiles(dt('ind-exchange-upload'), {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('areaCode,name,level,urbanRural,counsellors\n211104,某校,university,urban,1\n'),
    });
    await page.waitForSelector(dt('ind-exchange-issues'));
    await expect(page.locator(dt('ind-exchange-issues')).innerText()).resolves.toContain('第 1 行，level 列');
    await expectAccessible(page, 'data exchange refused file');
    expect(await schoolsCsv(page)).not.toContain('某校');
  });

  it('says how many problems a long bad file has beyond those it lists', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `211104,坏学校${i},primary,urban,x`).join('\n');
    await page.setInputFiles(dt('ind-exchange-upload'), {
      name: 'long.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`areaCode,name,level,urbanRural,counsellors\n${rows}\n`),
    });
    await page.waitForSelector(dt('ind-exchange-more'));
    await expect(page.locator(dt('ind-exchange-issues')).innerText()).resolves.toContain('有 30 处问题');
    await expect(page.locator(dt('ind-exchange-more')).innerText()).resolves.toBe('另有 10 处问题未列出，请先修改以上各处。');
  });

  it('fits a 375 px phone', async () => {
    const small = await officePage(phone);
    await small.goto(`${e2e.url()}/indicators/exchange?set=rules`);
    await small.waitForSelector(dt('ind-exchange-year'));
    expect(await horizontalOverflow(small)).toBe(0);
    await expectAccessible(small, 'data exchange on a phone');
  });
});
