// Benchmark (not a test): loads UNITS × ITEMS × YEARS values (default 5,000 × 150 × 3) and times the area × item
// pivot, the map query and a 5,000-row Excel import, on PGlite and, with BENCH_DATABASE_URL or TEST_DATABASE_URL,
// on PostgreSQL (ONLY_PG=1 skips PGlite). Prints the figures. Saves are timed with the rollup triggers and, as the
// "before" figure, with them switched off (the rollup is stale afterwards, so those run last).
// Then, on a fresh demo database per engine, a values import of IMPORT_UNITS units (default 1,000 = 84,000 values;
// 5,000 = 420,000) through the exchange engine, before (unit by unit) and after (set-based), see values-import.ts;
// IMPORT_ONLY=1 runs only that, IMPORT_UNITS=0 leaves it out, BEFORE=0 leaves out the slow unit-by-unit import.
import { randomBytes } from 'node:crypto';
import {
  aggregate,
  connect,
  type DatabaseHandle,
  insertAreas,
  installForm,
  migrateToLatest,
  rebuildIndRollups,
  saveValues,
} from '@kepu/db';
import { flattenAreaTree, loadAreaTree } from '@kepu/domain';
import { type FormDefinition, type Item, loadShippedForm } from '@kepu/domain/indicators';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import pg from 'pg';
import { readWorkbook, SHEET } from '../src/indicators/excel.ts';
import { benchValuesImport } from './values-import.ts';

const UNITS = Number(process.env.UNITS ?? 5000);
const ITEMS = Number(process.env.ITEMS ?? 150);
const YEARS = [2022, 2023, 2024].slice(0, Number(process.env.YEARS ?? 3));
const RUNS = 5;

function benchForm(year: number): FormDefinition {
  const form = loadShippedForm(year);
  const extra: Item[] = [];
  for (let k = form.items.length; k < ITEMS; k++) {
    extra.push({
      code: `X${String(k).padStart(3, '0')}`,
      group: (['P', 'V', 'F', 'M', 'A', 'E'] as const)[k % 6],
      zh: `附加指标 ${k}`,
      en: `Extra ${k}`,
      valueType: 'integer',
      aggregation: k % 5 === 0 ? 'latest' : 'sum',
      measure: k % 5 === 0 ? 'stock' : 'flow',
      unit: '个',
      breakdown: null,
      parent: null,
      retired: false,
    });
  }
  return { ...form, items: [...form.items, ...extra].slice(0, ITEMS) };
}

async function time(label: string, fn: () => Promise<unknown>, runs = RUNS) {
  await fn(); // warm
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(46)} median ${ms[Math.floor(ms.length / 2)].toFixed(1).padStart(8)} ms   min ${ms[0].toFixed(1).padStart(8)} ms`,
  );
}

async function load(h: DatabaseHandle) {
  const db = h.db;
  const t0 = performance.now();
  const areas = flattenAreaTree(loadAreaTree('211100'));
  await insertAreas(db, areas);
  const towns = areas.filter((a) => a.level === 'town').map((a) => a.code);
  for (const y of YEARS)
    await installForm(db, '211100', benchForm(y), { opensOn: `${y + 1}-03-01`, dueOn: `${y + 1}-06-30` });
  await sql`insert into ind_units (jurisdiction_code, code, name, dept_type, area_code)
    select '211100', 'B' || g, '单位 ' || g, (array['government','school','mass_org','enterprise'])[1 + g % 4], (${towns}::text[])[1 + g % ${towns.length}]
    from generate_series(1, ${UNITS}) g`.execute(db);
  await sql`insert into ind_reports (year, unit_id, state, opens_on, due_on, first_submitted_at)
    select y, u.id, 'accepted', (y + 1) || '-03-01', (y + 1) || '-06-30', make_date(y + 1, 6, 1 + (u.id % 40) / 2)
    from ind_units u cross join unnest(${YEARS}::int[]) y`.execute(db);
  // a bulk load: the rollup triggers are off while the values go in, then the rollups are rebuilt in one statement
  // (SAVE-time cost of the triggers is timed below, on single saves)
  await sql`alter table ind_values disable trigger user`.execute(db);
  for (const y of YEARS) {
    await sql`insert into ind_values (year, unit_id, item_code, option_code, value, updated_by)
      select r.year, r.unit_id, i.code, '', floor(random() * 1000), 'bench'
      from ind_reports r join ind_items i on i.year = r.year and i.value_type <> 'text'
      where r.year = ${y}`.execute(db);
  }
  await sql`alter table ind_values enable trigger user`.execute(db);
  const r0 = performance.now();
  await rebuildIndRollups(db);
  console.log(`  rollups rebuilt from every value in ${((performance.now() - r0) / 1000).toFixed(1)} s`);
  await sql`analyze`.execute(db);
  const n = await sql<{ n: string }>`select count(*) as n from ind_values`.execute(db);
  console.log(
    `  loaded ${Number(n.rows[0].n).toLocaleString('en')} values (${UNITS} units × ${ITEMS} items × ${YEARS.length} years) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

async function run(name: string, h: DatabaseHandle, schema?: string) {
  console.log(`\n${name}`);
  await migrateToLatest(h.db, schema); // the bench schema's own migration tables, not another schema's
  await load(h);
  const year = YEARS.at(-1) as number;
  await time('pivot: area × item, one group, one year', () =>
    aggregate(h.db, '211100', { years: [year], root: '211100', dims: ['area', 'item'], group: 'P' }),
  );
  await time('pivot: area × group, all items, one year', () =>
    aggregate(h.db, '211100', { years: [year], root: '211100', dims: ['area', 'group'] }),
  );
  await time('pivot: area × item, all items, one year', () =>
    aggregate(h.db, '211100', { years: [year], root: '211100', dims: ['area', 'item'] }),
  );
  await time('pivot: dept type × year, one item, 3 years', () =>
    aggregate(h.db, '211100', { years: YEARS, root: '211100', dims: ['deptType', 'year'], items: ['P01'] }),
  );
  await time('map: one item by area + city total', () =>
    Promise.all([
      aggregate(h.db, '211100', { years: [year], root: '211100', dims: ['area', 'item'], items: ['F0111'] }),
      aggregate(h.db, '211100', { years: [year], root: '211100', dims: ['item'], items: ['F0111'] }),
    ]),
  );
  await time('map: "latest" stock item by area', () =>
    aggregate(h.db, '211100', { years: [year], root: '211100', dims: ['area'], items: ['V01'] }),
  );
  await time('drill down: town level of 大洼区, one item', () =>
    aggregate(h.db, '211100', { years: [year], root: '211104', dims: ['area'], items: ['P01'] }),
  );
  await time('before: area × group, all items, from values', () =>
    aggregate(h.db, '211100', { years: [year], root: '211100', dims: ['area', 'group'], source: 'values' }),
  );
  await time('before: area × item, all items, from values', () =>
    aggregate(h.db, '211100', { years: [year], root: '211100', dims: ['area', 'item'], source: 'values' }),
  );
  await time('pivot: area × group, accepted only (rollup stage)', () =>
    aggregate(h.db, '211100', { years: [year], root: '211100', dims: ['area', 'group'], stage: 'accepted' }),
  );
  const form = benchForm(year).items.filter((i) => i.valueType !== 'text');
  const report = () =>
    form.map((i) => ({ item: i.code, option: '', value: Math.floor(Math.random() * 1000) }));
  const saveReport = () => h.db.transaction().execute((trx) => saveValues(trx, year, 2, report(), 'bench'));
  await time(`save one report (${form.length} values)`, saveReport);
  const saveExcel = await excel(h, year);
  await sql`alter table ind_values disable trigger user`.execute(h.db);
  await time(`save one report, rollup triggers off (before)`, saveReport);
  await time('Excel save, rollup triggers off (before)', saveExcel, 3);
  await sql`alter table ind_values enable trigger user`.execute(h.db);
}

/** A 5,000-row workbook: parse, check types and rules (excel.ts), then save the cells in one transaction. */
async function excel(h: DatabaseHandle, year: number) {
  const rows = 5000;
  const base = benchForm(year);
  const items: Item[] = Array.from({ length: rows }, (_, k) => ({
    ...base.items[0],
    code: `W${k}`,
    zh: `行 ${k}`,
    parent: null,
  }));
  const form: FormDefinition = { ...base, items, rules: [] };
  const unit = {
    id: 1,
    code: 'B1',
    name: '单位 1',
    deptType: 'government',
    areaCode: '211104',
    areaName: '',
    areaPath: [],
    orgUnitId: null,
  };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getRow(2).values = ['单位代码', 'B1', '年度', year];
  items.forEach((i, k) => {
    ws.getRow(5 + k).values = [i.code, '', i.zh, '个', k % 97];
  });
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await sql`insert into ind_items (year, code, group_code, zh, en, value_type, aggregation, position)
    select ${year}, 'W' || g, 'P', 'w', 'w', 'integer', 'sum', 1000 + g from generate_series(0, ${rows - 1}) g`.execute(
    h.db,
  );
  await time(`Excel import: ${rows}-row workbook, read + check`, () => readWorkbook(form, unit, buffer), 3);
  const save = async () => {
    const { cells } = await readWorkbook(form, unit, buffer);
    await h.db.transaction().execute((trx) => saveValues(trx, year, 1, cells, 'bench'));
  };
  await time(`Excel import: read + check + save ${rows} cells`, save, 3);
  return save;
}

const IMPORT_UNITS = Number(process.env.IMPORT_UNITS ?? 1000);
const IMPORT_ONLY = !!process.env.IMPORT_ONLY;
const DEMO_UNITS = 58;

async function runImport(name: string, h: DatabaseHandle, schema?: string) {
  console.log(`\n${name}: values import`);
  await migrateToLatest(h.db, schema);
  await benchValuesImport(h, Math.max(0, IMPORT_UNITS - DEMO_UNITS), { before: process.env.BEFORE !== '0' });
}

if (!process.env.ONLY_PG) {
  if (!IMPORT_ONLY) {
    const pglite = await connect();
    await run('PGlite (in memory)', pglite);
    await pglite.close();
  }
  if (IMPORT_UNITS) {
    const pglite = await connect();
    await runImport('PGlite (in memory)', pglite);
    await pglite.close();
  }
}
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
/** `fn` on a throw-away schema of the PostgreSQL database. */
async function onPostgres(url: string, fn: (h: DatabaseHandle, schema: string) => Promise<void>) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const h = await connect({ url, schema });
  try {
    await fn(h, schema);
  } finally {
    await h.close();
    if (!process.env.KEEP_SCHEMA) await admin.query(`drop schema ${schema} cascade`);
    else console.log(`kept schema ${schema}`);
    await admin.end();
  }
}
if (url) {
  const name = `PostgreSQL (${url.replace(/\/\/[^@]*@/, '//')})`;
  if (!IMPORT_ONLY) await onPostgres(url, (h, schema) => run(name, h, schema));
  if (IMPORT_UNITS) await onPostgres(url, (h, schema) => runImport(name, h, schema));
} else console.log('\nPostgreSQL: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to run it too');
