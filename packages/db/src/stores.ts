// The domain's storage ports implemented over one Kysely handle (usually a transaction), and the use-case context.
import type {
  AccStore,
  Actor,
  AreaStore,
  AuditSink,
  Clock,
  IndStore,
  PlanStore,
  UnitProfile,
  UnitStore,
  UseCaseContext,
  UserRecord,
  UserStore,
} from '@kepu/domain';
import type { Kysely, Selectable } from 'kysely';
import { hashPassword } from './auth/passwords.ts';
import { setUnitEmails, unitEmails } from './repositories/accountability/acc.outbox.ts';
import { accStore } from './repositories/accountability/acc.store.ts';
import { findArea } from './repositories/area.repository.ts';
import { writeAudit } from './repositories/audit.repository.ts';
import { indStore } from './repositories/indicators/ind.store.ts';
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
export const userRecord = (
  r: Pick<Selectable<UsersTable>, 'id' | 'username' | 'display_name' | 'role' | 'unit_id' | 'area_code'>,
): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  unitId: r.unit_id,
  areaCode: r.area_code,
});

/** Every capability's port over one handle; a use-case's context type picks the ones it reaches. */
export interface Stores {
  plans: PlanStore;
  units: UnitStore;
  /** where a unit's reminder mail goes */
  unitEmails: {
    get(unitId: number): Promise<string[]>;
    set(unitId: number, emails: string[]): Promise<void>;
  };
  areas: AreaStore;
  users: UserStore;
  acc: AccStore;
  ind: IndStore;
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
      insert: async ({ password, ...u }) =>
        userRecord(await insertUser(db, { ...u, passwordHash: await hashPassword(password) })),
    },
    acc: accStore(db),
    ind: indStore(db),
  };
}

/** Audit entries written as the actor (or `system`), on the same handle as the change. */
export function auditSink(db: Kysely<Database>, actor: Actor | null): AuditSink {
  return {
    write: (e) =>
      writeAudit(db, { ...e, actorId: actor?.userId ?? null, actorUsername: actor?.username ?? 'system' }),
  };
}

export type KepuContext = UseCaseContext<Stores>;

/** The use-case context over one handle. Mutations use `inUseCase`, so the change and its audit commit together. */
export function useCaseContext(db: Kysely<Database>, actor: Actor | null, clock: Clock): KepuContext {
  return { actor, clock, audit: auditSink(db, actor), stores: storesFor(db, actor) };
}

/** Runs a use-case and its audit entries in one transaction. */
export function inUseCase<T>(
  db: Kysely<Database>,
  actor: Actor | null,
  clock: Clock,
  fn: (ctx: KepuContext) => Promise<T>,
): Promise<T> {
  return db.transaction().execute((trx) => fn(useCaseContext(trx, actor, clock)));
}
