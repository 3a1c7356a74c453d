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
import type { SvcStore } from '@kepu/domain/services';
import type { SurveyStore } from '@kepu/domain/survey';
import type { Kysely } from 'kysely';
import { checkCredentials, hashPassword } from './auth/passwords.ts';
import {
  accountRecord,
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
import { indStore } from './repositories/indicators/ind.store.ts';
import { insertOutline, listPlans, loadPlanBundle } from './repositories/plan.repository.ts';
import { svcStore } from './repositories/services/svc.store.ts';
import { surveyStore } from './repositories/survey/survey.store.ts';
import { findUnit, updateUnit } from './repositories/unit.repository.ts';
import {
  countFailedSignIn,
  deleteSession,
  deleteUserSessions,
  enabledOfficeIds,
  findSessionUser,
  findUserById,
  findUserByUsername,
  insertSession,
  insertUser,
  listUsers,
  purgeExpiredSessions,
  updateUserRow,
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
  survey: SurveyStore;
  svc: SvcStore;
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
        return r && accountRecord(r);
      },
      get: async (id) => {
        const r = await findUserById(db, id);
        return r && accountRecord(r);
      },
      insert: async ({ password, ...u }) =>
        accountRecord(await insertUser(db, { ...u, passwordHash: await hashPassword(password) })),
      update: async (id, patch) => accountRecord(await updateUserRow(db, id, patch)),
      setState: async (id, state) => accountRecord(await updateUserRow(db, id, state)),
      setPassword: async (id, password, mustChange) => {
        await updateUserRow(db, id, {
          passwordHash: await hashPassword(password),
          mustChangePassword: mustChange,
        });
      },
      countFailedSignIn: async (id, lockAfter, at) => {
        const r = await countFailedSignIn(db, id, lockAfter, at);
        return { failedLogins: r.failed_logins, locked: r.locked_at !== null };
      },
      enabledOffices: () => enabledOfficeIds(db),
      list: async () => (await listUsers(db)).map(userListItem),
    },
    credentials: {
      verify: async (username, password) => {
        const row = await findUserByUsername(db, username);
        // the hash check runs for an unknown name too (against a decoy), so it costs as much as a known one
        return checkCredentials(row?.password_hash, password);
      },
    },
    sessions: {
      open: (id, userId, expiresAt) => insertSession(db, id, userId, expiresAt),
      close: (id) => deleteSession(db, id),
      closeAllOf: (userId, except) => deleteUserSessions(db, userId, except),
      find: async (id) => {
        const u = await findSessionUser(db, id);
        if (!u) return null;
        return {
          actor: {
            userId: u.id,
            username: u.username,
            role: u.role,
            unitId: u.unit_id,
            areaCode: u.area_code,
          },
          mustChangePassword: u.must_change_password,
        };
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
    survey: surveyStore(db),
    svc: svcStore(db),
  };
}

/** Audit entries written as the actor (or `system`), on the same handle as the change. */
export function auditSink(db: Kysely<Database>, actor: Actor | null): AuditSink {
  return {
    write: ({ actor: who, ...e }) =>
      writeAudit(db, {
        ...e,
        actorId: who ? who.id : (actor?.userId ?? null),
        actorUsername: who ? who.username : (actor?.username ?? 'system'),
      }),
  };
}

export type KepuContext = UseCaseContext<Stores>;

/** What a context knows of the instance besides its actor and clock. */
export interface ContextOptions {
  /** The database was started with the public demo data: the demo passwords may be set again (UseCaseContext). */
  demoData?: boolean;
}

/** The use-case context over one handle. Mutations use `inUseCase`, so the change and its audit commit together. */
export function useCaseContext(
  db: Kysely<Database>,
  actor: Actor | null,
  clock: Clock,
  options: ContextOptions = {},
): KepuContext {
  return {
    actor,
    clock,
    audit: auditSink(db, actor),
    stores: storesFor(db, actor),
    demoData: options.demoData ?? false,
  };
}

/** SQLSTATEs after which a transaction can simply run again: a deadlock (two saves sharing rollup rows, see
 * 20261210010000-ind-rollup-group-locks) and a serialization failure. Nothing of the failed attempt was committed. */
const runAgain = new Set(['40P01', '40001']);
const attempts = 3;

/** Runs a use-case and its audit entries in one transaction, again (up to three times) when the database chose it
 * as a deadlock's victim. */
export async function inUseCase<T>(
  db: Kysely<Database>,
  actor: Actor | null,
  clock: Clock,
  fn: (ctx: KepuContext) => Promise<T>,
  options: ContextOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute((trx) => fn(useCaseContext(trx, actor, clock, options)));
    } catch (e) {
      const code = (e as { code?: unknown } | null)?.code;
      if (attempt >= attempts || typeof code !== 'string' || !runAgain.has(code)) throw e;
    }
  }
}
