// Demo data for indicators, written through the IndStore port: the shipped form for two past years and the current
// one, reporting units across Panjin's areas, plausible figures that pass the hard rules, populations (public census
// figures plus marked demo estimates), and a liaison for a 大洼区 unit.
import { demoAuditActor, type UseCaseContext, type UserStore } from '@kepu/domain';
import {
  type IndStore,
  loadShippedForm,
  loadShippedPopulations,
  loadShippedTargets,
} from '@kepu/domain/indicators';
import { deptTypeOf, figures, rng } from './demo-figures.ts';

/** The stores the demo writes through, bound to the seeding transaction. */
export type IndSeedContext = UseCaseContext<{ ind: IndStore; users: UserStore }>;

export const indicatorDemoAccounts = [
  {
    username: 'dawa-kexie',
    password: 'kepu-liaison-2025',
    role: 'liaison' as const,
    displayName: '大洼区科协 联络员',
    unitName: '大洼区科协',
  },
];

const areaUnits: Record<string, string[]> = {
  '211102': ['双台子区科协', '双台子区教育局', '双台子区科技局', '双台子区实验小学'],
  '211103': ['兴隆台区科协', '兴隆台区教育局', '兴隆台区科技局', '兴隆台区第一中学', '兴隆台街道办事处'],
  '211104': ['大洼区科协', '大洼区教育局', '大洼区农业农村局', '大洼区第一高级中学', '田家街道办事处'],
  '211122': ['盘山县科协', '盘山县教育局', '盘山县农业农村局', '盘山县第二高级中学'],
  '211100Z1': ['辽滨沿海经济技术开发区管委会', '辽滨石化产业有限公司'],
  '211100Z2': ['盘锦高新技术产业开发区管委会', '高新区科技创新服务中心'],
};

/** The demo's statistics years: last year (open for filing) and the two before it (filed and accepted). */
export function demoYears(now: Date): number[] {
  const current = now.getUTCFullYear() - 1;
  return [current - 2, current - 1, current];
}

export async function seedIndicatorsDemo(ctx: IndSeedContext, now = ctx.clock.now()): Promise<void> {
  const ind = ctx.stores.ind;
  const years = demoYears(now);
  const current = years[2] as number;
  for (const y of years) {
    const window =
      y === current
        ? { opensOn: `${y + 1}-01-15`, dueOn: `${y + 1}-12-31` }
        : { opensOn: `${y + 1}-03-01`, dueOn: `${y + 1}-06-30` };
    await ind.installForm(loadShippedForm(y), window);
  }
  const populations = loadShippedPopulations();
  for (const p of [...populations.rows, ...populations.demoEstimates]) await ind.upsertPopulation(p);

  // city-level units: the plan's units; district-level: a few per area; one 大洼区 unit gets a liaison account
  const orgUnits = await ind.listPlanUnits();
  const areaCodes = new Set((await ind.listAreas()).map((a) => a.code));
  const dawaKexieOrg = await ind.ensurePlanUnit('211100', '大洼区科协');
  const units = [
    ...orgUnits
      .filter((u) => u.name !== '大洼区科协')
      .map((u) => ({
        name: u.name,
        areaCode: u.name === '盘锦高新区' ? '211100Z2' : '211100',
        orgUnitId: u.id,
      })),
    ...Object.entries(areaUnits)
      .filter(([code]) => areaCodes.has(code))
      .flatMap(([areaCode, names]) =>
        names.map((name) => ({ name, areaCode, orgUnitId: name === '大洼区科协' ? dawaKexieOrg : null })),
      ),
  ];
  const rows = await ind.insertUnits(
    units.map((u, k) => ({
      code: `U${String(k + 1).padStart(4, '0')}`,
      name: u.name,
      deptType: deptTypeOf(u.name),
      areaCode: u.areaCode,
      orgUnitId: u.orgUnitId,
    })),
  );
  for (const a of indicatorDemoAccounts) {
    await ctx.stores.users.insert({
      username: a.username,
      displayName: a.displayName,
      password: a.password,
      role: a.role,
      unitId: dawaKexieOrg,
      areaCode: null,
    });
  }

  const r = rng(2112);
  const ids = rows.map((x) => x.id);
  for (const y of years) {
    const form = loadShippedForm(y);
    const window =
      y === current
        ? { opensOn: `${y + 1}-01-15`, dueOn: `${y + 1}-12-31` }
        : { opensOn: `${y + 1}-03-01`, dueOn: `${y + 1}-06-30` };
    await ind.assignReports(y, ids, window);
    if (y === current) continue; // the current year is open for filing
    const growth = 1 + 0.08 * (y - (current - 2));
    for (const [k, row] of rows.entries()) {
      const u = units[k];
      const size = u.areaCode === '211100' ? 1 : /科协|教育局/.test(u.name) ? 1.4 : 0.7;
      await ind.saveValues(y, row.id, figures(form, u.name, deptTypeOf(u.name), size, growth, r), 'demo');
      // most reports come in during June; about one in eight is a few days late; the city accepts two days later
      // (the lock, the report's history and the audit log say so, not the moment the demo was written)
      const day = 5 + Math.floor(r() * 29);
      const submitted = new Date(Date.UTC(y + 1, 5, day, 2));
      const accepted = new Date(Date.UTC(y + 1, 5, day + 2, 7));
      await ind.updateReport(y, row.id, {
        state: 'accepted',
        firstSubmittedAt: submitted,
        submittedAt: submitted,
        lock: { by: 'office', reason: 'accepted', at: accepted },
      });
      await ind.insertReportEvent({
        year: y,
        unitId: row.id,
        actor: 'demo',
        action: 'accept',
        from: 'approved',
        to: 'accepted',
        comment: '示例数据',
        at: accepted,
      });
      await ctx.audit.write({
        action: 'indicators.report.accept',
        entity: 'indicator_report',
        entityId: `${y}/${row.id}`,
        after: { state: 'accepted' },
        actor: { id: null, username: demoAuditActor },
        at: accepted.toISOString(),
      });
    }
  }
  await seedTargetsDemo(ind, current);
}

const PLAN = '盘锦市全民科学素质行动规划纲要（2021—2035年），盘政发〔2022〕12号';

/** The plan's targets, its published literacy figures, illustrative survey estimates and schools (both marked demo
 * by `markDemoRecords` once the seed is written). */
async function seedTargetsDemo(ind: IndStore, current: number) {
  const shipped = loadShippedTargets();
  await ind.upsertTargets(shipped.source, shipped.indicators);
  const pub = (year: number, value: number) => ({
    code: 'K_LITERACY',
    year,
    areaCode: '211100',
    option: '',
    value,
    sourceKind: 'published' as const,
    se: null,
    ciLow: null,
    ciHigh: null,
    instrument: null,
    citation: PLAN,
  });
  await ind.upsertKpiValue(pub(2020, 9.7), 'demo');
  const survey = (year: number, areaCode: string, option: string, value: number, se: number) => ({
    code: 'K_LITERACY',
    year,
    areaCode,
    option,
    value,
    sourceKind: 'survey' as const,
    se,
    ciLow: Math.round((value - 1.96 * se) * 100) / 100,
    ciHigh: Math.round((value + 1.96 * se) * 100) / 100,
    instrument: 'CAST 2022 版（100 分制，≥70 分）',
    citation: null,
  });
  const city = [
    [current - 1, 11.6, 13.9, 8.1],
    [current, 12.6, 14.8, 9.2],
  ] as const;
  for (const [y, v, urban, rural] of city) {
    await ind.upsertKpiValue(survey(y, '211100', '', v, 0.75), 'demo');
    await ind.upsertKpiValue(survey(y, '211100', 'urban', urban, 0.95), 'demo');
    await ind.upsertKpiValue(survey(y, '211100', 'rural', rural, 1.2), 'demo');
  }
  const districts: [string, number][] = [
    ['211102', 13.4],
    ['211103', 14.1],
    ['211104', 10.2],
    ['211122', 9.1],
  ];
  for (const [code, v] of districts) await ind.upsertKpiValue(survey(current, code, '', v, 1.5), 'demo');
  const names = ['实验小学', '第一小学', '第二小学', '中心小学', '第一初级中学', '第二初级中学', '高级中学'];
  const levels = ['primary', 'primary', 'primary', 'primary', 'junior', 'junior', 'senior'];
  const r = rng(4242);
  const rows = districts.flatMap(([code], k) =>
    names.map((n, i) => ({
      name: `${['双台子区', '兴隆台区', '大洼区', '盘山县'][k]}${n}`,
      areaCode: code,
      level: levels[i],
      urbanRural: i === 3 ? 'rural' : 'urban',
      counsellors: r() < 0.22 ? 0 : 1 + Math.floor(r() * 4),
    })),
  );
  await ind.insertSchools(rows);
}
