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
import type { CntStore } from '@kepu/domain/content';
import type { CmdStore } from '@kepu/domain/commendations';
import type { ContestStore } from '@kepu/domain/contest';
import type { ExpStore } from '@kepu/domain/experts';
import type { IndStore } from '@kepu/domain/indicators';
import type { JurStore } from '@kepu/domain/jurisdictions';
import type { PubStore } from '@kepu/domain/publication';
import type { SvcStore } from '@kepu/domain/services';
import type { SurveyStore } from '@kepu/domain/survey';
import type { TrnStore } from '@kepu/domain/training';
import type { VolStore } from '@kepu/domain/volunteers';
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
import { cntStore } from './repositories/content/cnt.store.ts';
import { cmdStore } from './repositories/commendations/cmd.store.ts';
import { contestStore } from './repositories/contest/contest.store.ts';
import { expStore } from './repositories/experts/exp.store.ts';
import { latestPopulations } from './repositories/indicators/analysis.repository.ts';
import { indStore } from './repositories/indicators/ind.store.ts';
import { jurStore } from './repositories/jurisdictions/jur.store.ts';
import { insertOutline, listPlans, listUnitNames, loadPlanBundle } from './repositories/plan.repository.ts';
import { pubStore } from './repositories/publication/pub.store.ts';
import { svcStore } from './repositories/services/svc.store.ts';
import { surveyStore } from './repositories/survey/survey.store.ts';
import { trnStore } from './repositories/training/trn.store.ts';
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
import { volStore } from './repositories/volunteers/vol.store.ts';
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
  jur: JurStore;
  pub: PubStore;
  svc: SvcStore;
  vol: VolStore;
  cmd: CmdStore;
  contest: ContestStore;
  exp: ExpStore;
  cnt: CntStore;
  trn: TrnStore;
}

/** Outside a request (the CLI, the seed, jobs) and for an actor scoped to none: Panjin, the jurisdiction an
 *  installation served before there were several (migration 20261217010000's backfill). */
const firstJurisdiction = '211100';

/** The ports over one handle; `jurisdiction` is the request's (the statistics store keeps to it). */
export function storesFor(db: Kysely<Database>, actor: Actor | null, jurisdiction?: string): Stores {
  const here = jurisdiction ?? actor?.jurisdictionCode ?? firstJurisdiction;
  return onFirstUse<Stores>({
    plans: () => ({
      insertOutline: (o) => insertOutline(db, o, actor?.userId ?? null),
      find: (ref, jurisdiction) => loadPlanBundle(db, ref, jurisdiction),
      list: async () => (await listPlans(db)).map(planSummary),
      unitNames: (jurisdiction) => listUnitNames(db, jurisdiction),
    }),
    units: () => ({
      find: async (id) => {
        const r = await findUnit(db, id);
        return r && unitProfile(r);
      },
      update: async (id, patch) => unitProfile(await updateUnit(db, id, patch)),
      areaOf: (unitId) => unitAreaStore(db).unitArea(unitId),
      areaLinks: () => listUnitAreas(db),
    }),
    unitEmails: () => ({
      get: (id) => unitEmails(db, id),
      set: (id, emails) => setUnitEmails(db, id, emails),
    }),
    areas: () => ({
      find: async (code) => {
        const r = await findArea(db, code);
        return r && areaRecord(r);
      },
      list: async () => {
        const [areas, populations] = await Promise.all([listAreas(db), latestPopulations(db)]);
        const latest = new Map(populations.map((p) => [p.area_code, p]));
        return areas.map((a) => areaListing(a, latest.get(a.code)));
      },
    }),
    users: () => ({
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
      enabledOffices: (jurisdictionCode) => enabledOfficeIds(db, jurisdictionCode),
      list: async () => (await listUsers(db)).map(userListItem),
    }),
    credentials: () => ({
      verify: async (username, password) => {
        const row = await findUserByUsername(db, username);
        // the hash check runs for an unknown name too (against a decoy), so it costs as much as a known one
        return checkCredentials(row?.password_hash, password);
      },
    }),
    sessions: () => ({
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
            jurisdictionCode: u.jurisdiction_code,
          },
          mustChangePassword: u.must_change_password,
          jurisdiction: u.session_jurisdiction,
        };
      },
      purgeExpired: () => purgeExpiredSessions(db),
    }),
    auditLog: () => ({
      page: async (q) => {
        const { total, items } = await listAudit(db, q);
        return { total, items: items.map(auditItem) };
      },
    }),
    acc: () => accStore(db),
    ind: () => indStore(db, here),
    survey: () => surveyStore(db),
    jur: () => jurStore(db),
    pub: () => pubStore(db),
    svc: () => svcStore(db),
    vol: () => volStore(db),
    cmd: () => cmdStore(db),
    contest: () => contestStore(db),
    exp: () => expStore(db),
    cnt: () => cntStore(db),
    trn: () => trnStore(db),
  });
}

/** An object whose every property is made the first time it is read, then kept: a request reaches one or two
 *  capabilities' stores, and making all of them (hundreds of functions) for each one was a tenth of a save's CPU. */
function onFirstUse<T extends object>(makers: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(makers) as (keyof T)[]) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = makers[key]();
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out;
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
  /** The request's jurisdiction (UseCaseContext.jurisdiction). */
  jurisdiction?: string;
  /** The server's default jurisdiction (UseCaseContext.defaultJurisdiction). */
  defaultJurisdiction?: string;
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
    stores: storesFor(db, actor, options.jurisdiction ?? options.defaultJurisdiction),
    demoData: options.demoData ?? false,
    ...(options.jurisdiction ? { jurisdiction: options.jurisdiction } : {}),
    ...(options.defaultJurisdiction ? { defaultJurisdiction: options.defaultJurisdiction } : {}),
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
