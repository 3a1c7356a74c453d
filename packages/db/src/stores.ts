// The domain's storage ports implemented over one Kysely handle (usually a transaction).
import type { Actor, AreaStore, AuditSink, PlanStore, UnitProfile, UnitStore, UserRecord, UserStore } from '@kepu/domain';
import type { Kysely, Selectable } from 'kysely';
import { findArea } from './repositories/area.repository.ts';
import { setUnitEmails, unitEmails } from './repositories/accountability/acc.outbox.ts';
import { writeAudit } from './repositories/audit.repository.ts';
import { insertOutline } from './repositories/plan.repository.ts';
import { findUnit, updateUnit } from './repositories/unit.repository.ts';
import { findUserByUsername, insertUser } from './repositories/user.repository.ts';
import type { AreasTable, Database, OrgUnitsTable, UsersTable } from './schema.ts';

const unitProfile = (r: Selectable<OrgUnitsTable>): UnitProfile => ({
  id: r.id,
  name: r.name,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  note: r.note,
});
const areaRecord = (r: Selectable<AreasTable>) => ({
  code: r.code,
  name: r.name,
  path: r.path,
});
export const userRecord = (r: Pick<Selectable<UsersTable>, 'id' | 'username' | 'display_name' | 'role' | 'unit_id' | 'area_code'>): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  unitId: r.unit_id,
  areaCode: r.area_code,
});

export interface Stores {
  plans: PlanStore;
  units: UnitStore;
  /** where a unit's reminder mail goes */
  unitEmails: { get(unitId: number): Promise<string[]>; set(unitId: number, emails: string[]): Promise<void> };
  areas: AreaStore;
  users: UserStore;
  audit: AuditSink;
}

export function storesFor(db: Kysely<Database>, actor: Actor | null): Stores {
  return {
    plans: { insertOutline: (o) => insertOutline(db, o, actor?.userId ?? null) },
    units: {
      find: async (id) => {
        const r = await findUnit(db, id);
        return r && unitProfile(r);
      },
      update: async (id, patch) => unitProfile(await updateUnit(db, id, patch)),
    },
    unitEmails: { get: (id) => unitEmails(db, id), set: (id, emails) => setUnitEmails(db, id, emails) },
    areas: {
      find: async (code) => {
        const r = await findArea(db, code);
        return r && areaRecord(r);
      },
    },
    users: {
      exists: async (username) => (await findUserByUsername(db, username)) !== undefined,
      insert: async (u) => userRecord(await insertUser(db, u)),
    },
    audit: {
      write: (e) => writeAudit(db, { ...e, actorId: actor?.userId ?? null, actorUsername: actor?.username ?? 'system' }),
    },
  };
}
