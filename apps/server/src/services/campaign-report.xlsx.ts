// A campaign's report as one workbook (Chinese only, as the office circulates it): by district with the target groups
// and per 10,000 residents, by activity type, and every activity; demo data says so in a title row.
import { type Clock, localDateTime, zoneName } from '@kepu/domain';
import type { CampaignReport } from '@kepu/domain/services';
import { svcLabels } from '@kepu/domain/services/labels';
import ExcelJS from 'exceljs';

const words = svcLabels.zh;
function sheet(wb: ExcelJS.Workbook, name: string, title: string, head: string[], widths: number[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow(head).font = { bold: true };
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

export async function campaignWorkbook(r: CampaignReport, clock: Clock): Promise<Buffer> {
  const today = clock.today();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kepu';
  const c = r.campaign;
  const title = `${c.name}（${c.startsOn} 至 ${c.endsOn}）${r.root.name}活动报告，数据截至 ${today}${c.demo ? '（示例数据）' : ''}`;
  const byArea = sheet(
    wb,
    '按地区',
    title,
    [
      '地区',
      '举办活动（场）',
      '参加人次',
      ...r.groups.map((g) => words.groups[g]),
      '常住人口',
      '每万人参加人次',
    ],
    [16, 14, 12, ...r.groups.map(() => 10), 12, 16],
  );
  for (const d of [...r.districts, { ...r.total, areaName: '合计' }])
    byArea.addRow([
      d.areaName,
      d.held,
      d.participants,
      ...r.groups.map((g) => d.byGroup[g]),
      d.population ?? '',
      d.per10k ?? '',
    ]);
  const byType = sheet(
    wb,
    '按类型',
    title,
    ['活动类型', '活动（项）', '已举办（项）', '参加人次'],
    [16, 12, 14, 12],
  );
  for (const t of r.byType) byType.addRow([words.types[t.type], t.activities, t.held, t.participants]);
  const list = sheet(
    wb,
    '活动清单',
    title,
    [
      '活动名称',
      '主办单位',
      '地区',
      '类型',
      '状态',
      `开始时间（${zoneName(clock.timeZone, 'zh')}）`,
      '参加人次',
    ],
    [36, 22, 12, 12, 12, 20, 12],
  );
  for (const a of r.activities)
    list.addRow([
      a.demo ? `${a.title}${a.title.includes('示例') ? '' : '（示例）'}` : a.title,
      a.organiser,
      a.areaName,
      words.types[a.type],
      words.states[a.state],
      a.startsAt ? localDateTime(clock.timeZone, a.startsAt) : '',
      a.participants,
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
