// Demo (示例) of the cascade: Liaoning's province plan, Anshan's city plan (both marked demo), Panjin's and Anshan's
// plans linked to Liaoning's, Anshan's progress in three rounds and a literacy estimate, and a province office
// account scoped to 210000 and everything below it.
import {
  accStore,
  type Database,
  listJurisdictions,
  loadPlanBundle,
  setPlanImplements,
  useCaseContext,
} from '@kepu/db';
import {
  type Actor,
  type AreaNode,
  flattenAreaTree,
  importPlan,
  loadAreaTree,
  zonedClock,
} from '@kepu/domain';
import {
  addDays,
  defaultRoundTitle,
  localDate,
  type ReportStatus,
  roundCells,
} from '@kepu/domain/accountability';
import type { Insertable, Kysely } from 'kysely';
import { anshanDemoOutline, liaoningDemoOutline } from './demo-outlines.ts';

export const PROVINCE = '210000';
export const ANSHAN = '210300';

/** The installation's area forest for the demo: Liaoning → its cities and counties, Panjin with its towns and zones. */
export function demoAreaNodes(): AreaNode[] {
  const province = loadAreaTree(PROVINCE);
  const panjin = loadAreaTree('211100');
  province.children = province.children.map((c) =>
    c.code === panjin.code ? { ...panjin, parentCode: PROVINCE } : c,
  );
  return flattenAreaTree(province);
}

const statuses: ReportStatus[] = ['on_track', 'on_track', 'done', 'at_risk', 'on_track', 'delayed'];

/** Anshan's rounds and accepted (and a few awaiting review) reports, relative to today. */
async function seedCityProgress(db: Kysely<Database>, planId: number, now: Date) {
  const plan = await loadPlanBundle(db, planId);
  if (!plan) return;
  const today = localDate(now);
  const year = Number(today.slice(0, 4));
  const store = accStore(db);
  const rounds = [];
  for (const [period, opens] of [
    ['Q1', -200],
    ['Q2', -110],
    ['Q3', -40],
  ] as const) {
    const opensOn = addDays(today, opens);
    const dueOn = addDays(opensOn, 10);
    rounds.push(
      await store.insertRound({
        planId,
        year,
        period,
        title: defaultRoundTitle(year, period),
        opensOn,
        dueOn,
        closesOn: addDays(dueOn, 10),
      }),
    );
  }
  const snapshot = {
    rounds,
    extensions: [],
    reports: [],
    workItems: [],
    weights: [],
    rectifications: [],
    unitAreas: new Map(),
  };
  const rows: Insertable<Database['acc_reports']>[] = [];
  let k = 0;
  for (const [ri, round] of rounds.entries()) {
    for (const cell of roundCells(plan, snapshot, round, today)) {
      k += 1;
      const status = statuses[(k + ri) % statuses.length];
      const awaiting = ri === 2 && k % 4 === 0;
      const submitted = `${addDays(round.dueOn, -2)}T07:00:00.000Z`;
      rows.push({
        round_id: round.id,
        task_number: cell.taskNumber,
        unit_id: cell.unitId,
        state: awaiting ? 'submitted' : 'accepted',
        status,
        previous_status: null,
        progress: status === 'done' ? 100 : Math.min(95, 20 + ri * 25 + (k % 3) * 5),
        done_text: '按计划开展工作（示例）。',
        measures: '',
        problems: '',
        next_steps: '',
        items: JSON.stringify([]),
        first_submitted_at: submitted,
        submitted_at: submitted,
        accepted_at: awaiting ? null : `${addDays(round.dueOn, 0)}T07:00:00.000Z`,
        returned_count: 0,
      });
    }
  }
  if (rows.length) await db.insertInto('acc_reports').values(rows).execute();
}

/**
 * Loads the cascade demo; call after the Panjin demo (its plan is the current one of 211100) and before
 * markDemoRecords (which marks the reports and the literacy estimate as demo).
 */
export async function seedCascadeDemo(db: Kysely<Database>, actor: Actor, now = new Date()): Promise<void> {
  const ctx = useCaseContext(db, actor, zonedClock());
  const provincePlan = await importPlan(ctx, liaoningDemoOutline());
  const anshanPlan = await importPlan(ctx, anshanDemoOutline());
  await db.updateTable('plans').set({ demo: true }).where('id', 'in', [provincePlan, anshanPlan]).execute();
  for (const j of await listJurisdictions(db))
    if (j.code !== PROVINCE) await setPlanImplements(db, j.planId, provincePlan);
  await seedCityProgress(db, anshanPlan, now);
  const year = Number(localDate(now).slice(0, 4));
  await ctx.stores.ind.upsertKpiValue(
    {
      code: 'K_LITERACY',
      year: year - 1,
      areaCode: ANSHAN,
      option: '',
      value: 11.8,
      sourceKind: 'survey',
      se: 0.8,
      ciLow: 10.2,
      ciHigh: 13.4,
      instrument: '示例估计',
      citation: null,
    },
    'demo',
  );
}
