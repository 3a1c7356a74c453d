// What use-cases need from storage, as small interfaces the db package implements over one transaction.
import type { Actor, Role } from '../auth/roles.ts';
import type { AuditAction, AuditEntity } from '../kernel/audit-codes.ts';
import type { AnyOutline } from '../plan/outline-file.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';

export type { AuditSink } from '../kernel/context.ts';

/** A plan version: `current` (the jurisdiction's current one) or an id. */
export type PlanRef = number | 'current';
/** One stored plan version, as GET /api/plans lists it. */
export interface PlanSummary {
  id: number;
  title: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  version: number;
  /** ISO 8601 instant */
  importedAt: string;
  current: boolean;
}
export interface PlanStore {
  insertOutline(o: AnyOutline): Promise<number>;
  /** The names of the jurisdiction's units, in the order they were made. */
  unitNames(jurisdiction: string): Promise<string[]>;
  /** The version `ref` names: `current` is the jurisdiction's current version (else another's); null when none. */
  find(ref: PlanRef, jurisdiction: string): Promise<PlanBundle | null>;
  /** Every version of every jurisdiction, newest version first within a jurisdiction. */
  list(): Promise<PlanSummary[]>;
}

export interface UnitProfile {
  id: number;
  /** The jurisdiction whose plan names the unit. */
  jurisdictionCode: string;
  name: string;
  contactName: string | null;
  contactPhone: string | null;
  note: string;
}
/** The area a unit is linked to for district scope; a unit without one is city-level. */
export interface UnitAreaRef {
  code: string;
  name: string;
}
export interface UnitStore {
  find(id: number): Promise<UnitProfile | undefined>;
  update(
    id: number,
    patch: Partial<Omit<UnitProfile, 'id' | 'name' | 'jurisdictionCode'>>,
  ): Promise<UnitProfile>;
  areaOf(unitId: number): Promise<UnitAreaRef | undefined>;
  /** Every linked unit's area, by unit id. */
  areaLinks(): Promise<Map<number, UnitAreaRef>>;
}

export interface AreaRecord {
  code: string;
  name: string;
  path: string[];
}
/** An area with its latest yearly population (and the figure's source), as the area tree shows it. */
export interface AreaListing {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  population: number | null;
  populationYear: number | null;
  populationSource: string | null;
}
export interface AreaStore {
  find(code: string): Promise<AreaRecord | undefined>;
  /** Every area, parents before children. */
  list(): Promise<AreaListing[]>;
}

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  areaCode: string | null;
}
/** Whether an account may sign in: disabled by the office, locked after failed sign-ins, or due a new password. */
export interface AccountState {
  /** ISO 8601 instant the office disabled the account; null while enabled */
  disabledAt: string | null;
  /** ISO 8601 instant of the failed sign-in that locked the account; null while unlocked */
  lockedAt: string | null;
  /** Failed sign-ins since the last successful one (or unlock). */
  failedLogins: number;
  /** Set by a reset from the office: the owner chooses a new password before anything else. */
  mustChangePassword: boolean;
}
/** An account with its sign-in state. */
export interface AccountRecord extends UserRecord, AccountState {
  /** The jurisdiction the account is scoped to (and everything below it); null: the server's default. */
  jurisdictionCode: string | null;
}
/** An account as the users page lists it. */
export interface UserListItem extends AccountRecord {
  unitName: string | null;
  areaName: string | null;
  /** ISO 8601 instant */
  createdAt: string;
}
/** What the office may change of an account (besides its state and password). */
export type UserPatch = Partial<Pick<UserRecord, 'displayName' | 'role' | 'unitId' | 'areaCode'>>;
/** A change of sign-in state; a Date sets a stamp, null clears it. */
export interface AccountStatePatch {
  disabledAt?: Date | null;
  lockedAt?: Date | null;
  failedLogins?: number;
  mustChangePassword?: boolean;
}
export interface UserStore {
  exists(username: string): Promise<boolean>;
  find(username: string): Promise<AccountRecord | undefined>;
  get(id: number): Promise<AccountRecord | undefined>;
  /** Stores the account with its password hashed (argon2id); the password itself is never stored. */
  insert(
    u: Omit<UserRecord, 'id'> & { password: string; jurisdictionCode?: string | null },
  ): Promise<AccountRecord>;
  update(id: number, patch: UserPatch): Promise<AccountRecord>;
  setState(id: number, state: AccountStatePatch): Promise<AccountRecord>;
  /** Hashes and stores a new password, and whether its owner must change it at the next sign-in. */
  setPassword(id: number, password: string, mustChange: boolean): Promise<void>;
  /**
   * Counts one more failed sign-in in a single statement, and locks the account (at `at`) when the count reaches
   * `lockAfter`; answers the new count and whether the account is now locked.
   */
  countFailedSignIn(
    id: number,
    lockAfter: number,
    at: Date,
  ): Promise<{ failedLogins: number; locked: boolean }>;
  /**
   * Ids of the office accounts that are not disabled, their rows locked until the transaction ends, so two offices
   * cannot each disable the other at once.
   */
  /** Enabled office accounts; with a jurisdiction (null: the default one), only the offices scoped to it. */
  enabledOffices(jurisdictionCode?: string | null): Promise<number[]>;
  /** Every account in id order, each with the ancestor path of its area (for scope checks). */
  list(): Promise<(UserListItem & { areaPath: readonly string[] })[]>;
}

export interface CredentialStore {
  /** Whether `password` is the account's; an unknown name costs as much time as a wrong password (and is false). */
  verify(username: string, password: string): Promise<boolean>;
}
/** The signed-in user of a session, and whether they must choose a new password before anything else. */
export interface SessionUser {
  actor: Actor;
  mustChangePassword: boolean;
  /** The jurisdiction chosen in this session (the switcher); null: the account's own. */
  jurisdiction?: string | null;
}
export interface SessionStore {
  /** `id` is the SHA-256 of the cookie's token; the token itself is never stored. */
  open(id: string, userId: number, expiresAt: Date): Promise<void>;
  close(id: string): Promise<void>;
  /** Ends every session of the user, but the one `except` names (the session making the change). */
  closeAllOf(userId: number, except?: string): Promise<void>;
  /** The session's user; null when there is no such session, it has expired or its account is disabled. */
  find(id: string): Promise<SessionUser | null>;
  purgeExpired(): Promise<void>;
}

/** The audit page's filters as the route takes them: dates are calendar days in the jurisdiction's time zone. */
export interface AuditQuery {
  limit: number;
  offset: number;
  /** The actor's username. */
  actor?: string;
  /** Entries by the unit's people, or about its reports and rectifications. */
  unit?: number;
  action?: AuditAction;
  entity?: AuditEntity;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}
/** What the store filters by: the days turned into instants (from inclusive, until exclusive). */
export type AuditFilter = Omit<AuditQuery, 'from' | 'to'> & { since?: Date; until?: Date };
/** One audit entry as the audit page shows it: who (name and unit), when, what, about which record, before and after. */
export interface AuditItem {
  id: number;
  /** ISO 8601 instant */
  at: string;
  /** `name` is the account's display name and `unit` its unit or area; both null for `system` and `demo`. */
  actor: { id: number | null; username: string; name: string | null; unit: string | null };
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  /** The record in words (a report's task, a round's title, an account's name) and the unit it belongs to. */
  subject: { name: string | null; unit: string | null };
  before: unknown;
  after: unknown;
}
export interface AuditPage {
  total: number;
  items: AuditItem[];
}
/** Reads the audit log; entries are written through the context's AuditSink. */
export interface AuditLog {
  page(q: AuditFilter): Promise<AuditPage>;
}
