// JurStore over one Kysely handle: the jurisdictions with a current plan, the session's choice, the cascade link.
import type { JurisdictionRecord, JurStore, PlanLinkRecord } from '@kepu/domain/jurisdictions';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import { importAreaNodes } from './area-import.ts';

type Db = Kysely<Database>;

export async function listJurisdictions(db: Db): Promise<JurisdictionRecord[]> {
  const rows = await db
    .selectFrom('plans')
    .select(['id', 'jurisdiction_code', 'jurisdiction_name', 'title', 'implements_plan_id', 'demo'])
    .where('is_current', '=', true)
    .orderBy('jurisdiction_code')
    .execute();
  return rows.map((r) => ({
    code: r.jurisdiction_code,
    name: r.jurisdiction_name,
    planId: r.id,
    planTitle: r.title,
    implementsPlanId: r.implements_plan_id,
    demo: r.demo,
  }));
}

export async function findPlanLink(db: Db, id: number): Promise<PlanLinkRecord | undefined> {
  const r = await db
    .selectFrom('plans')
    .select(['id', 'jurisdiction_code', 'version', 'is_current', 'implements_plan_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    r && {
      id: r.id,
      jurisdictionCode: r.jurisdiction_code,
      version: r.version,
      current: r.is_current,
      implementsPlanId: r.implements_plan_id,
    }
  );
}

export const setPlanImplements = (db: Db, planId: number, implementsPlanId: number | null) =>
  db.updateTable('plans').set({ implements_plan_id: implementsPlanId }).where('id', '=', planId).execute();

export function jurStore(db: Db): JurStore {
  return {
    list: () => listJurisdictions(db),
    choose: async (sessionId, code) => {
      await db.updateTable('sessions').set({ jurisdiction_code: code }).where('id', '=', sessionId).execute();
    },
    planLink: (id) => findPlanLink(db, id),
    setImplements: async (planId, implementsPlanId) => {
      await setPlanImplements(db, planId, implementsPlanId);
    },
    importAreas: (nodes) => importAreaNodes(db, nodes),
  };
}
