// The office exchanges a data set in real Chromium: downloads the schools as CSV, uploads an edited copy, reads the
// dry run (one change, nothing stored), confirms, and sees the change stored; a bad file lists every problem with the
// row Excel shows it on and its column.
// Axe on the page and its report; the page at phone width.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = setUpE2e();
const officePage = (options = desktop) =>
  e2e.session(accounts.office.username, accounts.office.password, options);

/** The problem table's rows as [row, column, problem]. */
const issueRows = (page: Page) =>
  page.$$eval('[data-test="ind-exchange-issue-table"] tbody tr.ant-table-row', (trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => (td.textContent ?? '').trim())),
  );
/** Screenshots of the problem list, to look at. */
const shot = (name: string) => join(tmpdir(), `kepu-${name}`);

const schoolsCsv = (page: Page) =>
  page.evaluate(async () => (await fetch('/api/indicators/export/schools?format=csv')).text());

describe('data exchange', () => {
  let page: Page;

  it('dry-runs an edited schools file, lists the one change, then imports it on confirmation', async () => {
    page = await officePage();
    await visit(page, e2e.url(), `/indicators/exchange?set=schools`);
    await page.waitForSelector(dt('ind-exchange-upload-button'));
    await expectAccessible(page, 'data exchange');
    const href = await page.locator(dt('ind-exchange-csv')).getAttribute('href');
    expect(href).toBe('/api/indicators/export/schools?format=csv');
    const lines = (await schoolsCsv(page))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // areaCode, 地区名称, name, level, urbanRural, counsellors: the export names each area beside its code
    expect(lines[0]).toBe('areaCode,地区名称,name,level,urbanRural,counsellors');
    const cells = lines[1].split(',');
    cells[5] = String(Number(cells[5]) + 4);
    const edited = [lines[0], cells.join(','), ...lines.slice(2)].join('\r\n');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.click(dt('ind-exchange-upload-button')),
    ]);
    await chooser.setFiles({
      name: 'schools.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${edited}`),
    });
    await page.waitForSelector(dt('ind-exchange-report'));
    await expect(page.locator(dt('ind-exchange-summary')).innerText()).resolves.toBe(
      `新增 0 行，修改 1 行，不变 ${lines.length - 2} 行，删除 0 行`,
    );
    await expect(page.locator(dt('ind-exchange-report')).innerText()).resolves.toContain(
      `${cells[0]}/${cells[2]}`,
    );
    await expect(page.locator(dt('ind-exchange-report')).innerText()).resolves.toContain(
      `counsellors: ${lines[1].split(',')[5]} → ${cells[5]}`,
    );
    await expectAccessible(page, 'data exchange dry run');
    expect(
      (await schoolsCsv(page))
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')[1],
    ).toBe(lines[1]);
    await page.click(dt('ind-exchange-confirm'));
    await page.waitForSelector(dt('ind-exchange-report'), { state: 'detached' });
    expect(
      (await schoolsCsv(page))
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')[1],
    ).toBe(cells.join(','));
  });

  it('lists a duplicate row, an unknown area and a bad number of one file together, and stores nothing', async () => {
    await page.setInputFiles(dt('ind-exchange-upload'), {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'areaCode,地区名称,name,level,urbanRural,counsellors',
          '211104,大洼区,某校,primary,urban,1',
          '211104,大洼区,某校,primary,urban,2',
          '999999,,乙校,primary,rural,1',
          '211104,大洼区,丙校,primary,urban,三',
        ].join('\n'),
      ),
    });
    await page.waitForSelector(dt('ind-exchange-issues'));
    expect(await issueRows(page)).toEqual([
      ['3', 'areaCode', '211104/某校 在第 2 行已出现。'],
      ['4', 'areaCode', expect.stringContaining('999999')],
      ['5', 'counsellors', expect.any(String)],
    ]);
    await expect(page.locator(dt('ind-exchange-issues')).innerText()).resolves.toContain('有 3 处问题');
    await expectAccessible(page, 'data exchange refused file');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: shot('exchange-issues-1440.png'), fullPage: true });
    expect(await schoolsCsv(page)).not.toContain('某校');
  });

  it('lists every problem of a long bad file, and says when only the first 200 are listed', async () => {
    const upload = (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => `211104,坏学校${i},primary,urban,x`).join('\n');
      return page.setInputFiles(dt('ind-exchange-upload'), {
        name: `long-${n}.csv`,
        mimeType: 'text/csv',
        buffer: Buffer.from(`areaCode,name,level,urbanRural,counsellors\n${rows}\n`),
      });
    };
    await upload(30);
    await page.waitForFunction(() => document.body.innerText.includes('有 30 处问题'));
    expect((await issueRows(page)).map((r) => r[0])).toEqual(
      Array.from({ length: 30 }, (_, i) => String(i + 2)),
    );
    expect(await page.locator(dt('ind-exchange-more')).count()).toBe(0);
    await upload(250);
    await page.waitForSelector(dt('ind-exchange-more'));
    await expect(page.locator(dt('ind-exchange-more')).innerText()).resolves.toBe(
      '下表列出前 200 个问题，共 250 个；改正后重新上传可看到其余问题。',
    );
    expect(await issueRows(page)).toHaveLength(200);
    await expectAccessible(page, 'data exchange long refused file');
  });

  it('fits a 375 px phone, its problem list too', async () => {
    const small = await officePage(phone);
    await visit(small, e2e.url(), `/indicators/exchange?set=rules`);
    await small.waitForSelector(dt('ind-exchange-year'));
    expect(await horizontalOverflow(small)).toBe(0);
    await expectAccessible(small, 'data exchange on a phone');
    await visit(small, e2e.url(), `/indicators/exchange?set=values`);
    await small.waitForSelector(dt('ind-exchange-upload-button'));
    const year = await small.locator(dt('ind-exchange-year')).inputValue();
    const file = [
      'year,unit,item,option,value',
      'U0001,P01,,1',
      'U0001,P01,,2',
      'NOPE,P011,,1',
      'U0001,P02,,十二',
    ];
    await small.setInputFiles(dt('ind-exchange-upload'), {
      name: 'values.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file.map((l, k) => (k === 0 ? l : `${year},${l}`)).join('\n')),
    });
    await small.waitForSelector(dt('ind-exchange-issues'));
    // the page's year is the demo's accepted one: U0001's changed figure is refused too, on its first row
    const rows = await issueRows(small);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['2', 'unit'],
      ['3', 'unit'],
      ['4', 'unit'],
      ['5', 'value'],
    ]);
    expect(rows[0][2]).toContain('“市级已接收”状态');
    expect(rows[1][2]).toBe('U0001/P01 在第 2 行已出现。');
    expect(await horizontalOverflow(small)).toBe(0);
    await expectAccessible(small, 'data exchange problems on a phone');
    await small.screenshot({ path: shot('exchange-issues-375.png'), fullPage: true });
  });
});
