// The domain's storage ports implemented over one Kysely handle (usually a transaction), and the use-case context.
import type {
  Actor,
  AreaStore,
  AuditLog,
  AuditSink,
  Clock,
  CredentialStore,
  PlanStore,
  SessionStore,
  UnitStore,
  UseCaseContext,
  UserStore,
} from '@kepu/domain';
import type { AccStore } from '@kepu/domain/accountability';
import type { IndStore } from '@kepu/domain/indicators';
import type { Kysely } from 'kysely';
import { checkCredentials, hashPassword } from './auth/passwords.ts';
import {
  areaListing,
  areaRecord,
  auditItem,
  planSummary,
  unitProfile,
  userListItem,
  userRecord,
} from './records.ts';
import { setUnitEmails, unitEmails } from './repositories/accountability/acc.outbox.ts';
import { accStore } from './repositories/accountability/acc.store.ts';
import { listUnitAreas, unitAreaStore } from './repositories/accountability/unit-areas.ts';
import { findArea, listAreas } from './repositories/area.repository.ts';
import { listAudit, writeAudit } from './repositories/audit.repository.ts';
import { latestPopulations } from './repositories/indicators/analysis.repository.ts';
import { insertOutline, listPlans, loadPlanBundle } from './repositories/plan.repository.ts';
import { indStore } from './repositories/indicators/ind.store.ts';
import { findUnit, updateUnit } from './repositories/unit.repository.ts';
import {
  deleteSession,
  findSessionUser,
  findUserByUsername,
  insertSession,
  insertUser,
  listUsers,
  purgeExpiredSessions,
} from './repositories/user.repository.ts';
import type { Database } from './schema.ts';

export { userRecord };

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
  credentials: CredentialStore;
  sessions: SessionStore;
  auditLog: AuditLog;
  acc: AccStore;
  ind: IndStore;
}

export function storesFor(db: Kysely<Database>, actor: Actor | null): Stores {
  return {
    plans: {
      insertOutline: (o) => insertOutline(db, o, actor?.userId ?? null),
      find: (ref, jurisdiction) => loadPlanBundle(db, ref, jurisdiction),
      list: async () => (await listPlans(db)).map(planSummary),
    },
    units: {
      find: async (id) => {
        const r = await findUnit(db, id);
        return r && unitProfile(r);
      },
      update: async (id, patch) => unitProfile(await updateUnit(db, id, patch)),
      areaOf: (unitId) => unitAreaStore(db).unitArea(unitId),
      areaLinks: () => listUnitAreas(db),
    },
    unitEmails: { get: (id) => unitEmails(db, id), set: (id, emails) => setUnitEmails(db, id, emails) },
    areas: {
      find: async (code) => {
        const r = await findArea(db, code);
        return r && areaRecord(r);
      },
      list: async () => {
        const [areas, populations] = await Promise.all([listAreas(db), latestPopulations(db)]);
        const latest = new Map(populations.map((p) => [p.area_code, p]));
        return areas.map((a) => areaListing(a, latest.get(a.code)));
      },
    },
    users: {
      exists: async (username) => (await findUserByUsername(db, username)) !== undefined,
      find: async (username) => {
        const r = await findUserByUsername(db, username);
        return r && userRecord(r);
      },
      insert: async ({ password, ...u }) =>
        userRecord(await insertUser(db, { ...u, passwordHash: await hashPassword(password) })),
      list: async () => (await listUsers(db)).map(userListItem),
    },
    credentials: {
      verify: async (username, password) => {
        const row = await findUserByUsername(db, username);
        // the hash check runs first, so an unknown name costs as much as a known one
        const ok = await checkCredentials(row?.password_hash, password);
        return ok && row ? userRecord(row) : null;
      },
    },
    sessions: {
      open: (id, userId, expiresAt) => insertSession(db, id, userId, expiresAt),
      close: (id) => deleteSession(db, id),
      actor: async (id) => {
        const u = await findSessionUser(db, id);
        if (!u) return null;
        return { userId: u.id, username: u.username, role: u.role, unitId: u.unit_id, areaCode: u.area_code };
      },
      purgeExpired: () => purgeExpiredSessions(db),
    },
    auditLog: {
      page: async (q) => {
        const { total, items } = await listAudit(db, q);
        return { total, items: items.map(auditItem) };
      },
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
