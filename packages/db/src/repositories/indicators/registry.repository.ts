// The yearly form as rows: breakdowns (defined once), items, rules and computed indicators per year.
import type {
  Breakdown,
  Computed,
  FormDefinition,
  IndForm,
  IndFormMeta,
  Item,
  Rule,
} from '@kepu/domain/indicators';
import type { Kysely, Selectable } from 'kysely';
import type {
  IndBreakdownsTable,
  IndComputedTable,
  IndItemsTable,
  IndRulesTable,
} from '../../schema/indicators.ts';
import type { Database } from '../../schema.ts';
import { jsonRows } from '../json-rows.ts';

type Db = Kysely<Database>;

const itemRow = (j: string, year: number, i: Item, position: number) => ({
  jurisdiction_code: j,
  year,
  code: i.code,
  group_code: i.group,
  zh: i.zh,
  en: i.en,
  value_type: i.valueType,
  aggregation: i.aggregation,
  measure: i.measure,
  unit: i.unit,
  breakdown_code: i.breakdown,
  parent_code: i.parent,
  position,
  retired: i.retired,
});
export const ruleRow = (j: string, year: number, r: Rule, position: number) => ({
  jurisdiction_code: j,
  year,
  code: r.code,
  left_expr: r.left,
  op: r.op,
  right_expr: r.right,
  severity: r.severity,
  zh: r.zh,
  en: r.en,
  position,
  retired: r.retired,
});

/** Stores a whole form for its year (breakdowns are shared across years and kept when present). */
export async function installForm(
  db: Db,
  j: string,
  form: FormDefinition,
  window: { opensOn: string; dueOn: string },
): Promise<void> {
  for (const b of form.breakdowns) {
    await db
      .insertInto('ind_breakdowns')
      .values({ code: b.code, zh: b.zh, en: b.en, options: JSON.stringify(b.options) })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
  await db
    .insertInto('ind_forms')
    .values({
      jurisdiction_code: j,
      year: form.year,
      title: form.title,
      opens_on: window.opensOn,
      due_on: window.dueOn,
    })
    .execute();
  await db
    .insertInto('ind_items')
    .values(form.items.map((i, k) => itemRow(j, form.year, i, k + 1)))
    .execute();
  if (form.rules.length)
    await db
      .insertInto('ind_rules')
      .values(form.rules.map((r, k) => ruleRow(j, form.year, r, k + 1)))
      .execute();
  if (form.computed.length)
    await db
      .insertInto('ind_computed')
      .values(form.computed.map((c) => ({ jurisdiction_code: j, year: form.year, ...c })))
      .execute();
}

export async function listFormYears(db: Db, j: string): Promise<IndFormMeta[]> {
  const rows = await db
    .selectFrom('ind_forms')
    .selectAll()
    .where('jurisdiction_code', '=', j)
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => ({ year: r.year, title: r.title, opensOn: r.opens_on, dueOn: r.due_on }));
}

export async function findFormMeta(db: Db, j: string, year: number): Promise<IndFormMeta | undefined> {
  const r = await db
    .selectFrom('ind_forms')
    .selectAll()
    .where('jurisdiction_code', '=', j)
    .where('year', '=', year)
    .executeTakeFirst();
  return r && { year: r.year, title: r.title, opensOn: r.opens_on, dueOn: r.due_on };
}

/** The form of a year as the domain sees it (items and rules in their order, retired ones included), in one query. */
export async function loadForm(db: Db, j: string, year: number): Promise<IndForm | undefined> {
  const part = <T extends 'ind_items' | 'ind_rules' | 'ind_computed'>(t: T) =>
    db
      .selectFrom(t as 'ind_items')
      .selectAll()
      .where('jurisdiction_code', '=', j)
      .where('year', '=', year);
  const items = part('ind_items');
  const rules = part('ind_rules');
  const computed = part('ind_computed');
  const f = await db
    .selectFrom('ind_forms')
    .select(['year', 'title', 'opens_on', 'due_on'])
    .select([
      jsonRows<Selectable<IndItemsTable>>(items, 'position').as('items'),
      jsonRows<Selectable<IndRulesTable>>(rules, 'position').as('rules'),
      jsonRows<Selectable<IndComputedTable>>(computed, 'code').as('computed'),
      jsonRows<Selectable<IndBreakdownsTable>>(db.selectFrom('ind_breakdowns').selectAll(), 'code').as(
        'breakdowns',
      ),
    ])
    .where('jurisdiction_code', '=', j)
    .where('year', '=', year)
    .executeTakeFirst();
  if (!f) return undefined;
  return {
    format: 'kepu-indicator-form/1',
    year: f.year,
    title: f.title,
    opensOn: f.opens_on,
    dueOn: f.due_on,
    breakdowns: f.breakdowns.map((b) => ({
      code: b.code,
      zh: b.zh,
      en: b.en,
      options: b.options as Breakdown['options'],
    })),
    items: f.items.map(
      (i): Item => ({
        code: i.code,
        group: i.group_code as Item['group'],
        zh: i.zh,
        en: i.en,
        valueType: i.value_type as Item['valueType'],
        aggregation: i.aggregation as Item['aggregation'],
        measure: i.measure as Item['measure'],
        unit: i.unit,
        breakdown: i.breakdown_code,
        parent: i.parent_code,
        retired: i.retired,
      }),
    ),
    rules: f.rules.map(
      (r): Rule => ({
        code: r.code,
        left: r.left_expr,
        op: r.op as Rule['op'],
        right: r.right_expr,
        severity: r.severity as Rule['severity'],
        zh: r.zh,
        en: r.en,
        retired: r.retired,
      }),
    ),
    computed: f.computed.map(
      (c): Computed => ({
        code: c.code,
        zh: c.zh,
        en: c.en,
        numerator: c.numerator,
        denominator: c.denominator,
        factor: c.factor,
        unit: c.unit,
        retired: c.retired,
      }),
    ),
  };
}

export async function insertItem(db: Db, j: string, year: number, item: Item, position: number) {
  await db
    .insertInto('ind_items')
    .values(itemRow(j, year, item, position))
    .execute();
}

export async function updateItem(
  db: Db,
  j: string,
  year: number,
  code: string,
  patch: Partial<Pick<Item, 'zh' | 'en' | 'unit' | 'measure' | 'parent' | 'retired'>>,
) {
  const { parent, ...rest } = patch;
  await db
    .updateTable('ind_items')
    .set({ ...rest, ...(parent !== undefined ? { parent_code: parent } : {}) })
    .where('jurisdiction_code', '=', j)
    .where('year', '=', year)
    .where('code', '=', code)
    .execute();
}

/** Renumbers items in the given order; items not listed keep their relative order after them. */
export async function reorderItems(db: Db, j: string, year: number, codes: string[]) {
  const all = await db
    .selectFrom('ind_items')
    .select('code')
    .where('jurisdiction_code', '=', j)
    .where('year', '=', year)
    .orderBy('position')
    .execute();
  const order = [...codes, ...all.map((r) => r.code).filter((c) => !codes.includes(c))];
  for (let k = 0; k < order.length; k++) {
    await db
      .updateTable('ind_items')
      .set({ position: k + 1 })
      .where('jurisdiction_code', '=', j)
      .where('year', '=', year)
      .where('code', '=', order[k])
      .execute();
  }
}

export async function insertRule(db: Db, j: string, year: number, rule: Rule, position: number) {
  await db
    .insertInto('ind_rules')
    .values(ruleRow(j, year, rule, position))
    .execute();
}

export async function updateRule(
  db: Db,
  j: string,
  year: number,
  code: string,
  patch: Partial<Omit<Rule, 'code'>>,
) {
  const { left, right, ...rest } = patch;
  await db
    .updateTable('ind_rules')
    .set({
      ...rest,
      ...(left !== undefined ? { left_expr: left } : {}),
      ...(right !== undefined ? { right_expr: right } : {}),
    })
    .where('jurisdiction_code', '=', j)
    .where('year', '=', year)
    .where('code', '=', code)
    .execute();
}

export async function insertComputed(db: Db, j: string, year: number, c: Computed) {
  await db
    .insertInto('ind_computed')
    .values({ jurisdiction_code: j, year, ...c })
    .execute();
}

export async function updateComputed(
  db: Db,
  j: string,
  year: number,
  code: string,
  patch: Partial<Omit<Computed, 'code'>>,
) {
  await db
    .updateTable('ind_computed')
    .set(patch)
    .where('jurisdiction_code', '=', j)
    .where('jurisdiction_code', '=', j)
    .where('year', '=', year)
    .where('code', '=', code)
    .execute();
}
