// The CSV files the national volunteer platforms import (志愿中国 / 全国志愿服务信息系统: volunteers and service
// hours), as a column mapping the office edits (which of our fields goes under which header; the shipped default
// below, stored as data). UTF-8 with a BOM. Personal fields (name, phone, birth date) are filled only in the office's
// export; a district admin's leaves them empty. Every export is audited; volunteers who asked for deletion (or were
// erased) are left out, with their hours.
import { authorize, can, roleMay } from '../auth/policy.ts';
import { toCsv } from '../indicators/ind.csv.ts';
import { BOM } from '../publication/open-data.ts';
import { visibleTeams } from './teams.use-cases.ts';
import type { VolContext } from './vol.ports.ts';
import type { HourRecord, TeamRecord, VolunteerRecord } from './vol.records.ts';

export const exportFiles = ['volunteers', 'hours'] as const;
export type ExportFile = (typeof exportFiles)[number];

/** Our fields each file can carry; `personal` ones only in the office's export. */
export const exportFields = {
  volunteers: {
    volunteerId: false,
    name: true,
    phone: true,
    birthDate: true,
    team: false,
    area: false,
    skills: false,
    registeredAt: false,
    approvedHours: false,
    star: false,
  },
  hours: {
    hoursId: false,
    volunteerId: false,
    name: true,
    phone: true,
    team: false,
    opportunity: false,
    startedAt: false,
    endedAt: false,
    hours: false,
    note: false,
  },
} as const satisfies Record<ExportFile, Record<string, boolean>>;
export type ExportField<F extends ExportFile> = keyof (typeof exportFields)[F];

export interface ExportColumn {
  header: string;
  field: string;
}
export type NationalMapping = Record<ExportFile, ExportColumn[]>;

const col = (header: string, field: string) => ({ header, field });
export const defaultNationalMapping: NationalMapping = {
  volunteers: [
    col('姓名', 'name'),
    col('手机号码', 'phone'),
    col('出生日期', 'birthDate'),
    col('所属志愿服务组织', 'team'),
    col('所在地区', 'area'),
    col('服务类别', 'skills'),
    col('注册时间', 'registeredAt'),
    col('累计服务时长（小时）', 'approvedHours'),
    col('本平台志愿者编号', 'volunteerId'),
  ],
  hours: [
    col('志愿者姓名', 'name'),
    col('手机号码', 'phone'),
    col('志愿服务项目名称', 'opportunity'),
    col('服务开始时间', 'startedAt'),
    col('服务结束时间', 'endedAt'),
    col('服务时长（小时）', 'hours'),
    col('所属志愿服务组织', 'team'),
    col('本平台志愿者编号', 'volunteerId'),
    col('本平台时长记录编号', 'hoursId'),
  ],
};

export async function nationalMapping(ctx: VolContext): Promise<NationalMapping> {
  authorize(ctx.actor, 'vol.read');
  return (await ctx.stores.vol.nationalMapping()) ?? defaultNationalMapping;
}

export async function setNationalMapping(ctx: VolContext, mapping: NationalMapping) {
  authorize(ctx.actor, 'vol.settings');
  const before = await ctx.stores.vol.nationalMapping();
  await ctx.stores.vol.setNationalMapping(mapping);
  await ctx.audit.write({
    action: 'vol.export.mapping',
    entity: 'vol_settings',
    entityId: 1,
    before: before ?? 'default',
    after: mapping,
  });
  return mapping;
}

type Cell = string | number | null;
const volunteerCells = (v: VolunteerRecord, t: TeamRecord | undefined): Record<string, Cell> => ({
  volunteerId: v.id,
  name: v.name,
  phone: v.phone,
  birthDate: v.birthDate,
  team: t?.name ?? '',
  area: t?.areaName ?? '',
  skills: v.skills.join('、'),
  registeredAt: v.createdAt,
  approvedHours: v.approvedHours,
  star: v.star,
});
const hourCells = (
  h: HourRecord,
  v: VolunteerRecord,
  t: TeamRecord | undefined,
  opportunity: string,
): Record<string, Cell> => ({
  hoursId: h.id,
  volunteerId: h.volunteerId,
  name: v.name,
  phone: v.phone,
  team: t?.name ?? '',
  opportunity,
  startedAt: h.startedAt,
  endedAt: h.endedAt,
  hours: h.hours,
  note: h.note,
});

/** One file as CSV text (with its BOM) and its row count; personal columns empty unless the office exports. */
export async function nationalExport(ctx: VolContext, file: ExportFile) {
  const teams = await visibleTeams(ctx);
  const personal = can(ctx.actor, 'vol.settings');
  // a district admin exports its teams without personal fields; any other role only through the office's permission
  if (!personal && !roleMay(ctx.actor, 'vol.manage')) authorize(ctx.actor, 'vol.settings');
  const mapping = ((await ctx.stores.vol.nationalMapping()) ?? defaultNationalMapping)[file];
  const byTeam = new Map(teams.map((t) => [t.id, t]));
  const people = (
    await ctx.stores.vol.listVolunteers(personal ? {} : { teamIds: [...byTeam.keys()] })
  ).filter((v) => v.status === 'active');
  const personalFields = exportFields[file] as Record<string, boolean>;
  const cellsOf = (cells: Record<string, Cell>) =>
    mapping.map((c) => (personalFields[c.field] && !personal ? null : (cells[c.field] ?? null)));
  let rows: Cell[][];
  if (file === 'volunteers')
    rows = people.map((v) => cellsOf(volunteerCells(v, v.teamId ? byTeam.get(v.teamId) : undefined)));
  else {
    const who = new Map(people.map((v) => [v.id, v]));
    const titles = new Map((await ctx.stores.vol.listOpportunities({})).map((o) => [o.id, o.title]));
    const hours = (await ctx.stores.vol.listHours({ states: ['approved'], all: true })).filter((h) =>
      who.has(h.volunteerId),
    );
    rows = hours.map((h) =>
      cellsOf(
        hourCells(
          h,
          who.get(h.volunteerId) as VolunteerRecord,
          byTeam.get(h.teamId),
          titles.get(h.opportunityId ?? 0) ?? h.note,
        ),
      ),
    );
  }
  await ctx.audit.write({
    action: 'vol.export.national',
    entity: 'vol_settings',
    entityId: 1,
    after: { file, rows: rows.length, personal },
  });
  return {
    csv:
      BOM +
      toCsv(
        mapping.map((c) => c.header),
        rows,
      ),
    rows: rows.length,
    personal,
  };
}
