// Demo data for indicators: the shipped form for two past years and the current one, reporting units across
// Panjin's areas, plausible figures that pass the hard rules, populations (public census figures plus marked
// demo estimates), and a liaison for a 大洼区 unit.

import {
  assignReports,
  type Database,
  insertIndUnits,
  insertReportEvent,
  insertSchools,
  insertUser,
  installForm,
  saveValues,
  updateReport,
  upsertKpiValue,
  upsertPopulation,
  upsertTargets,
} from '@kepu/db';
import {
  type departmentTypes,
  type FormDefinition,
  loadShippedForm,
  loadShippedPopulations,
  loadShippedTargets,
  type ValueCell,
} from '@kepu/domain';
import type { Kysely } from 'kysely';

export const indicatorDemoAccounts = [
  {
    username: 'dawa-kexie',
    password: 'kepu-liaison-2025',
    role: 'liaison' as const,
    displayName: '大洼区科协 联络员',
    unitName: '大洼区科协',
  },
];

/** Deterministic pseudo-random numbers, so every first start shows the same demo. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function deptTypeOf(name: string): (typeof departmentTypes)[number] {
  if (/高新区|开发区/.test(name)) return 'zone';
  if (/学院|学校|中学|小学|研究所/.test(name)) return /研究所/.test(name) ? 'institution' : 'school';
  if (/科协|工会|团|妇联|文联|社科联|工商联|供销社/.test(name)) return 'mass_org';
  if (/市委|党校|工委|网信办/.test(name)) return 'party';
  if (/公司|集团|油田/.test(name)) return 'enterprise';
  return 'government';
}

const areaUnits: Record<string, string[]> = {
  '211102': ['双台子区科协', '双台子区教育局', '双台子区科技局', '双台子区实验小学'],
  '211103': ['兴隆台区科协', '兴隆台区教育局', '兴隆台区科技局', '兴隆台区第一中学', '兴隆台街道办事处'],
  '211104': ['大洼区科协', '大洼区教育局', '大洼区农业农村局', '大洼区第一高级中学', '田家街道办事处'],
  '211122': ['盘山县科协', '盘山县教育局', '盘山县农业农村局', '盘山县第二高级中学'],
  '211100Z1': ['辽滨沿海经济技术开发区管委会', '辽滨石化产业有限公司'],
  '211100Z2': ['盘锦高新技术产业开发区管委会', '高新区科技创新服务中心'],
};

/** Figures for one unit and year that pass every hard rule (balances add up, "of which" ≤ total). */
function figures(
  form: FormDefinition,
  name: string,
  deptType: string,
  size: number,
  growth: number,
  r: () => number,
): ValueCell[] {
  const out: ValueCell[] = [];
  const n = (x: number) => Math.max(0, Math.round(x * size * growth * (0.85 + 0.3 * r())));
  const put = (item: string, value: number, option = '') => out.push({ item, option, value });
  const p01 = n(6);
  put('P01', p01);
  put('P011', Math.round(p01 * 0.6));
  put('P012', Math.round(p01 * 0.45));
  put('P013', Math.round(p01 * (deptType === 'government' ? 0.3 : 0.1)));
  put('P014', Math.round(p01 * 0.2));
  put('P015', Math.round(p01 * 0.1));
  const p02 = n(25);
  put('P02', p02);
  put('P021', Math.round(p02 * 0.5));
  put('P022', Math.round(p02 * 0.5));
  put('P023', Math.round(p02 * 0.25));
  put('P024', Math.round(p02 * 2.5));
  const vol = n(120);
  put('P03', Math.round(vol * 0.46), 'male');
  put('P03', vol - Math.round(vol * 0.46), 'female');
  // funding in 元, whole hundreds; 筹集额 = sum of sources, 专项 inside 政府拨款
  const h = (x: number) => Math.round(n(x) / 100) * 100;
  const gov = h(180_000);
  const [don, self, other] = [h(8_000), h(30_000), h(5_000)];
  put('F011', gov);
  put('F0111', Math.round((gov * 0.55) / 100) * 100);
  put('F012', don);
  put('F013', self);
  put('F014', other);
  put('F01', gov + don + self + other);
  const spent = Math.round(((gov + don + self + other) * (0.85 + 0.1 * r())) / 100) * 100;
  const admin = Math.round((spent * 0.15) / 100) * 100;
  const acts = Math.round((spent * 0.6) / 100) * 100;
  const build = Math.round((spent * 0.15) / 100) * 100;
  put('F021', admin);
  put('F022', acts);
  put('F023', build);
  put('F024', spent - admin - acts - build);
  put('F02', spent);
  if (name === '市科协') {
    put('V01', 1);
    put('V011', 18_600);
    put('V012', 9_800);
    const visits = Math.round(210_000 * growth);
    put('V013', visits);
    put('V014', Math.round(visits * 0.55));
    put('V08', 12);
    put('V081', 2);
  }
  if (name === '市文旅广电局' || name === '省盐碱地利用研究所') {
    put('V02', 1);
    put('V021', 6_200);
    put('V022', 3_100);
    put('V023', Math.round(64_000 * growth));
  }
  if (/科协/.test(name) && name !== '市科协') {
    put('V03', 1 + Math.floor(r() * 2));
    put('V04', n(6));
    put('V05', n(9));
    put('V06', 1);
    put('V07', n(14));
    put('V08', 2 + Math.floor(r() * 3));
  }
  if (/宣传部|文旅|网信/.test(name)) {
    put('M01', n(3));
    put('M011', n(9_000));
    put('M03', n(40_000));
    put('M04', n(60));
    put('M05', n(90));
    put('M06', 1);
    put('M07', 1);
  }
  put('M08', 1);
  put('M081', n(80));
  const lectures = n(14);
  put('A01', lectures);
  const groups = ['youth', 'workers', 'farmers', 'elderly', 'officials', 'other'];
  const share = deptType === 'school' ? [0.8, 0, 0, 0.05, 0.05, 0.1] : [0.25, 0.2, 0.2, 0.2, 0.1, 0.05];
  const attend = lectures * Math.round(60 + 90 * r());
  groups.forEach((g, k) => put('A011', Math.round(attend * share[k]), g));
  const exhibitions = n(3);
  put('A02', exhibitions);
  put('A021', Math.round(exhibitions * 800 * (0.5 + r())), 'offline');
  put('A021', Math.round(exhibitions * 1500 * (0.5 + r())), 'online');
  put('A03', n(2));
  put('A031', n(300));
  put('A04', n(4));
  put('A041', n(900));
  put('A06', Math.round(r() * 2 * growth));
  if (deptType !== 'school' && /农业|科协|供销|街道/.test(name)) {
    const trainings = n(10);
    put('A07', trainings);
    put('A071', Math.round(trainings * 45 * 0.8), 'farmers');
    put('A071', Math.round(trainings * 45 * 0.2), 'workers');
  }
  if (deptType === 'school' || /教育局/.test(name)) {
    const schools = /教育局/.test(name) ? n(30) : 1;
    put('E01', schools);
    const counsellors = Math.max(schools, n(/教育局/.test(name) ? 40 : 4));
    put('E02', counsellors);
    put('E021', Math.round(counsellors * 0.3));
    put('E03', n(/教育局/.test(name) ? 45 : 6));
    put('E031', n(/教育局/.test(name) ? 900 : 120) * 0.6, 'urban');
    put('E031', n(/教育局/.test(name) ? 900 : 120) * 0.4, 'rural');
    put('E04', n(2));
    put('E041', n(150));
  }
  const known = new Set(form.items.map((i) => i.code));
  return out
    .filter((c) => known.has(c.item))
    .map((c) => ({ ...c, value: c.value === null ? null : Math.round(c.value) }));
}

export async function seedIndicatorsDemo(
  trx: Kysely<Database>,
  hash: (password: string) => Promise<string>,
  now = new Date(),
): Promise<void> {
  const current = now.getUTCFullYear() - 1;
  const years = [current - 2, current - 1, current];
  for (const y of years) {
    const window =
      y === current
        ? { opensOn: `${y + 1}-01-15`, dueOn: `${y + 1}-12-31` }
        : { opensOn: `${y + 1}-03-01`, dueOn: `${y + 1}-06-30` };
    await installForm(trx, loadShippedForm(y), window);
  }
  const populations = loadShippedPopulations();
  for (const p of [...populations.rows, ...populations.demoEstimates]) await upsertPopulation(trx, p);

  // city-level units: the plan's units; district-level: a few per area; one 大洼区 unit gets a liaison account
  const orgUnits = await trx.selectFrom('org_units').select(['id', 'name']).orderBy('id').execute();
  const areaCodes = new Set((await trx.selectFrom('areas').select('code').execute()).map((a) => a.code));
  const [kexie] = await trx
    .insertInto('org_units')
    .values({ jurisdiction_code: '211100', name: '大洼区科协' })
    .onConflict((oc) => oc.columns(['jurisdiction_code', 'name']).doNothing())
    .returning('id')
    .execute();
  const dawaKexieOrg =
    kexie?.id ??
    (
      await trx
        .selectFrom('org_units')
        .select('id')
        .where('name', '=', '大洼区科协')
        .executeTakeFirstOrThrow()
    ).id;
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
  const rows = await insertIndUnits(
    trx,
    units.map((u, k) => ({
      code: `U${String(k + 1).padStart(4, '0')}`,
      name: u.name,
      deptType: deptTypeOf(u.name),
      areaCode: u.areaCode,
      orgUnitId: u.orgUnitId,
    })),
  );
  for (const a of indicatorDemoAccounts) {
    await insertUser(trx, {
      username: a.username,
      displayName: a.displayName,
      passwordHash: await hash(a.password),
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
    await assignReports(trx, y, ids, window);
    if (y === current) continue; // the current year is open for filing
    const growth = 1 + 0.08 * (y - (current - 2));
    for (const [k, row] of rows.entries()) {
      const u = units[k];
      const size = u.areaCode === '211100' ? 1 : /科协|教育局/.test(u.name) ? 1.4 : 0.7;
      await saveValues(trx, y, row.id, figures(form, u.name, deptTypeOf(u.name), size, growth, r), 'demo');
      // most reports come in during June; about one in eight is a few days late
      const day = 5 + Math.floor(r() * 29);
      const submitted = new Date(Date.UTC(y + 1, 5, day, 2));
      await updateReport(trx, y, row.id, {
        state: 'accepted',
        firstSubmittedAt: submitted,
        submittedAt: submitted,
        lock: { by: 'office', reason: 'accepted' },
      });
      await insertReportEvent(trx, {
        year: y,
        unitId: row.id,
        actor: 'demo',
        action: 'accept',
        from: 'approved',
        to: 'accepted',
        comment: 'demo data',
      });
    }
  }
  await seedTargetsDemo(trx, current);
}

const PLAN = '盘锦市全民科学素质行动规划纲要(2021—2035年),盘政发〔2022〕12号';
const DEMO = '演示数据,非真实调查结果 / demo data, not a real survey';

/** The plan's targets, its published literacy figures, illustrative survey estimates (marked demo) and schools. */
async function seedTargetsDemo(trx: Kysely<Database>, current: number) {
  const shipped = loadShippedTargets();
  await upsertTargets(trx, shipped.source, shipped.indicators);
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
  await upsertKpiValue(trx, pub(2020, 9.7), 'demo');
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
    instrument: `CAST 2022 版(100 分制,≥70 分)· ${DEMO}`,
    citation: null,
  });
  const city = [
    [current - 1, 11.6, 13.9, 8.1],
    [current, 12.6, 14.8, 9.2],
  ] as const;
  for (const [y, v, urban, rural] of city) {
    await upsertKpiValue(trx, survey(y, '211100', '', v, 0.75), 'demo');
    await upsertKpiValue(trx, survey(y, '211100', 'urban', urban, 0.95), 'demo');
    await upsertKpiValue(trx, survey(y, '211100', 'rural', rural, 1.2), 'demo');
  }
  const districts: [string, number][] = [
    ['211102', 13.4],
    ['211103', 14.1],
    ['211104', 10.2],
    ['211122', 9.1],
  ];
  for (const [code, v] of districts) await upsertKpiValue(trx, survey(current, code, '', v, 1.5), 'demo');
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
  await insertSchools(trx, rows);
}
