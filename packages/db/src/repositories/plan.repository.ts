// Plan versions in SQL: store an outline as a new version, load a version as one bundle.
import { type AnyOutline, type PlanBundle, type PlanRef, toStorable } from '@kepu/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

type Db = Kysely<Database>;

/** Finds or creates the jurisdiction's units by name and returns name → id. */
async function ensureUnits(db: Db, jurisdiction: string, names: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(names)];
  if (unique.length) {
    await db
      .insertInto('org_units')
      .values(unique.map((name) => ({ jurisdiction_code: jurisdiction, name })))
      .onConflict((oc) => oc.columns(['jurisdiction_code', 'name']).doNothing())
      .execute();
  }
  const rows = await db
    .selectFrom('org_units')
    .select(['id', 'name'])
    .where('jurisdiction_code', '=', jurisdiction)
    .execute();
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** Stores the outline (either version) as the jurisdiction's next version and makes it current. Call inside a transaction. */
export async function insertOutline(db: Db, outline: AnyOutline, importedBy: number | null): Promise<number> {
  const o = toStorable(outline);
  const code = o.jurisdiction.code;
  const allTasks = o.groups.flatMap((g) => g.tasks);
  const unitIds = await ensureUnits(db, code, [
    ...o.groups.flatMap((g) => g.leadUnits),
    ...allTasks.flatMap((t) => t.responsibleUnits),
  ]);
  const { max } = await db
    .selectFrom('plans')
    .select((eb) => eb.fn.max<number | null>('version').as('max'))
    .where('jurisdiction_code', '=', code)
    .executeTakeFirstOrThrow();
  // a new version implements what the version it replaces implemented (the cascade link, issue 13)
  const previous = await db
    .selectFrom('plans')
    .select('implements_plan_id')
    .where('jurisdiction_code', '=', code)
    .where('is_current', '=', true)
    .executeTakeFirst();
  await db.updateTable('plans').set({ is_current: false }).where('jurisdiction_code', '=', code).execute();
  const plan = await db
    .insertInto('plans')
    .values({
      jurisdiction_code: code,
      jurisdiction_name: o.jurisdiction.name,
      title: o.title,
      document_number: o.documentNumber,
      issued_on: o.issuedOn ?? null,
      period_start: o.period.start,
      period_end: o.period.end,
      version: (max ?? 0) + 1,
      is_current: true,
      imported_by: importedBy,
      format: o.format,
      preamble: o.preamble,
      implements_plan_id: previous?.implements_plan_id ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const planId = plan.id;
  if (o.sections.length) {
    await db
      .insertInto('plan_sections')
      .values(o.sections.map((s, position) => ({ plan_id: planId, ...s, position })))
      .execute();
  }
  // Each task's group and its place in the group; its place in the plan is taskOrder (in /1 it need not follow the groups).
  const groupOfTask = new Map<number, { id: number; position: number }>();
  for (const [position, g] of o.groups.entries()) {
    const row = await db
      .insertInto('plan_groups')
      .values({
        plan_id: planId,
        kind: g.kind,
        number: g.number ?? 0,
        numbered: g.number !== null,
        section_number: g.section,
        title: g.title,
        text: g.text,
        position,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [i, t] of g.tasks.entries()) groupOfTask.set(t.key, { id: row.id, position: i });
    const leads = [...new Set(g.leadUnits)].map((name, i) => ({
      group_id: row.id,
      unit_id: unitIds.get(name) as number,
      position: i,
    }));
    if (leads.length) await db.insertInto('plan_group_leads').values(leads).execute();
  }
  const byKey = new Map(allTasks.map((t) => [t.key, t]));
  for (const [position, key] of o.taskOrder.entries()) {
    const t = byKey.get(key);
    if (!t) continue;
    const group = groupOfTask.get(key);
    const row = await db
      .insertInto('plan_tasks')
      .values({
        plan_id: planId,
        group_id: group?.id ?? null,
        group_position: group?.position ?? 0,
        position,
        number: key,
        written_number: t.number,
        title: t.title,
        text: t.text,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const units = [...new Set(t.responsibleUnits)].map((name, i) => ({
      task_id: row.id,
      unit_id: unitIds.get(name) as number,
      position: i,
    }));
    if (units.length) await db.insertInto('plan_task_units').values(units).execute();
  }
  if (o.targets.length) {
    await db
      .insertInto('plan_targets')
      .values(o.targets.map((t, position) => ({ plan_id: planId, ...t, position })))
      .execute();
  }
  return planId;
}

/** The names of the jurisdiction's units (what an import's new names are compared with). */
export async function listUnitNames(db: Db, jurisdiction: string): Promise<string[]> {
  const rows = await db
    .selectFrom('org_units')
    .select('name')
    .where('jurisdiction_code', '=', jurisdiction)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.name);
}

export async function listPlans(db: Db) {
  return db.selectFrom('plans').selectAll().orderBy('jurisdiction_code').orderBy('version', 'desc').execute();
}

type PlanContent = Omit<PlanBundle, 'plan'>;

/**
 * A stored version's content never changes (an import stores a new version; unit names are not edited), so it is read
 * once per database handle and kept; the `plans` row (is the version still current?) is read every time, and first: a
 * version whose row a reader cannot see yet (not committed) is never loaded, so never kept.
 */
const contents = new WeakMap<Db, Map<number, Promise<PlanContent>>>();

/** The version `ref` names as a bundle: an id, or `current` (the jurisdiction's current version, else another's). */
export async function loadPlanBundle(db: Db, ref: PlanRef, jurisdiction = ''): Promise<PlanBundle | null> {
  const plans = db.selectFrom('plans').selectAll();
  const p = await (ref === 'current'
    ? plans
        .where('is_current', '=', true)
        .orderBy((eb) => eb.case().when('jurisdiction_code', '=', jurisdiction).then(0).else(1).end())
        .orderBy('imported_at', 'desc')
    : plans.where('id', '=', ref)
  ).executeTakeFirst();
  if (!p) return null;
  return {
    plan: {
      id: p.id,
      jurisdictionCode: p.jurisdiction_code,
      jurisdictionName: p.jurisdiction_name,
      title: p.title,
      documentNumber: p.document_number,
      issuedOn: p.issued_on,
      period: { start: p.period_start, end: p.period_end },
      version: p.version,
      current: p.is_current,
      importedAt: new Date(p.imported_at).toISOString(),
      format: p.format === 2 ? 2 : 1,
      preamble: p.preamble,
    },
    ...(await content(db, p.id, p.jurisdiction_code)),
  };
}

function content(db: Db, planId: number, jurisdiction: string): Promise<PlanContent> {
  const cache = contents.get(db) ?? new Map<number, Promise<PlanContent>>();
  contents.set(db, cache);
  let loaded = cache.get(planId);
  if (!loaded) {
    loaded = loadPlanContent(db, planId, jurisdiction);
    cache.set(planId, loaded);
    loaded.catch(() => cache.delete(planId)); // a failed read is tried again next time
  }
  return loaded;
}

async function loadPlanContent(db: Db, planId: number, jurisdiction: string): Promise<PlanContent> {
  const [sections, groups, leads, tasks, taskUnits, targets, units] = await Promise.all([
    db
      .selectFrom('plan_sections')
      .select(['number', 'title', 'kind', 'text'])
      .where('plan_id', '=', planId)
      .orderBy('position')
      .execute(),
    db.selectFrom('plan_groups').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db
      .selectFrom('plan_group_leads as l')
      .innerJoin('plan_groups as g', 'g.id', 'l.group_id')
      .select(['l.group_id', 'l.unit_id'])
      .where('g.plan_id', '=', planId)
      .orderBy('l.position')
      .execute(),
    db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db
      .selectFrom('plan_task_units as u')
      .innerJoin('plan_tasks as t', 't.id', 'u.task_id')
      .select(['t.number', 'u.unit_id'])
      .where('t.plan_id', '=', planId)
      .orderBy('u.position')
      .execute(),
    db.selectFrom('plan_targets').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db
      .selectFrom('org_units')
      .select(['id', 'name'])
      .where('jurisdiction_code', '=', jurisdiction)
      .orderBy('id')
      .execute(),
  ]);
  const used = new Set([...leads.map((l) => l.unit_id), ...taskUnits.map((u) => u.unit_id)]);
  return {
    sections,
    groups: groups.map((g) => ({
      id: g.id,
      kind: g.kind,
      number: g.number,
      numbered: g.numbered,
      section: g.section_number,
      title: g.title,
      text: g.text,
      leadUnitIds: leads.filter((l) => l.group_id === g.id).map((l) => l.unit_id),
      taskNumbers: tasks
        .filter((t) => t.group_id === g.id)
        .sort((a, b) => a.group_position - b.group_position)
        .map((t) => t.number),
    })),
    tasks: tasks.map((t) => ({
      number: t.number,
      writtenNumber: t.written_number,
      groupId: t.group_id,
      title: t.title,
      text: t.text,
      unitIds: taskUnits.filter((u) => u.number === t.number).map((u) => u.unit_id),
    })),
    targets: targets.map((t) => ({
      indicator: t.indicator,
      year: t.year,
      kind: t.kind,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      text: t.text,
      source: t.source,
    })),
    units: new Map(units.filter((u) => used.has(u.id)).map((u) => [u.id, u])),
  };
}
