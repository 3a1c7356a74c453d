// Every workbook a zh-CN user downloads is Chinese, on each engine: its file name (Content-Disposition filename*, e.g.
// 督查看板-2026年第4季度.xlsx), its sheet names and its header cells hold no English words and use Chinese
// punctuation; codes (P01, R_F01_BALANCE), numbers and the product's name are not words.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
);
const IND_YEAR = new Date().getUTCFullYear() - 1;
/** Latin words that are not codes (a code has a digit or an underscore), column letters (E 列) or the product's name. */
const words = (text: string) =>
  (text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).filter(
    (w) => !/[0-9_]/.test(w) && !/^[A-Z]$/.test(w) && w !== 'Kepu',
  );
const asciiInChinese = /[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/;

describe.each(engines)('downloads on $name', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(() => t?.close());

  it('names every workbook, its sheets and its headers in Chinese', async () => {
    const rounds: { id: number; title: string; period: string }[] = (
      await t.as('office', { method: 'GET', url: `/api/acc/rounds?year=${YEAR}` })
    ).json();
    const round = rounds[rounds.length - 1];
    const unit = (await t.as('dawa-kexie', { method: 'GET', url: '/api/indicators/units' })).json()[0] as {
      id: number;
      name: string;
    };
    const downloads: [string, string, string][] = [
      ['office', `/api/acc/board.xlsx?round=${round.id}`, `督查看板-${round.title}.xlsx`],
      ['office', `/api/acc/scorecards.xlsx?year=${YEAR}`, `单位记分卡-${YEAR}年.xlsx`],
      ['office', `/api/acc/summary.xlsx?year=${YEAR}`, `年度实施情况汇总-${YEAR}年.xlsx`],
      ['office', '/api/plans/current/matrix.xlsx', '责任矩阵-'],
      [
        'dawa-kexie',
        `/api/indicators/reports/${IND_YEAR}/${unit.id}/template.xlsx`,
        `科普统计-${IND_YEAR}年-${unit.name}.xlsx`,
      ],
    ];
    const found: string[] = [];
    for (const [who, url, name] of downloads) {
      const res = await t.as(who, { method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      const disposition = String(res.headers['content-disposition']);
      const utf8 = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '');
      expect(utf8.startsWith(name), `${url}: ${disposition}`).toBe(true);
      expect(utf8.endsWith('.xlsx')).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      for (const ws of wb.worksheets) {
        const heads = [ws.name];
        const cells = (values: ExcelJS.CellValue[]) =>
          heads.push(...values.filter((v): v is string => typeof v === 'string'));
        // a table's head is its first row (the template's: the instructions and column heads above the items); the
        // legend is label / value pairs; the overview: the plan's title as published, labels, then a table of groups
        if (ws.name === '说明') ws.getColumn(1).eachCell((c) => void cells([c.value]));
        else if (ws.name === '总览')
          cells([
            ws.getCell('A2').value,
            ws.getCell('A3').value,
            ...(ws.getRow(5).values as ExcelJS.CellValue[]),
          ]);
        else
          for (const r of ws.name === '科普统计' ? [3, 4] : [1])
            ws.getRow(r).eachCell((c) => void cells([c.value]));
        for (const h of heads) {
          if (words(h).length > 0 || asciiInChinese.test(h)) found.push(`${url} ${ws.name}: ${h}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
