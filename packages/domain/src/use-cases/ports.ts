// What use-cases need from storage, as small interfaces the db package implements over one transaction.
import type { Actor, Role } from '../auth/roles.ts';
import type { Outline } from '../plan/outline.schema.ts';
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
  insertOutline(o: Outline): Promise<number>;
  /** The version `ref` names: `current` is the jurisdiction's current version (else another's); null when none. */
  find(ref: PlanRef, jurisdiction: string): Promise<PlanBundle | null>;
  /** Every version of every jurisdiction, newest version first within a jurisdiction. */
  list(): Promise<PlanSummary[]>;
}

export interface UnitProfile {
  id: number;
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
  update(id: number, patch: Partial<Omit<UnitProfile, 'id' | 'name'>>): Promise<UnitProfile>;
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
/** An account as the users page lists it. */
export interface UserListItem extends UserRecord {
  unitName: string | null;
  areaName: string | null;
  /** ISO 8601 instant */
  createdAt: string;
}
export interface UserStore {
  exists(username: string): Promise<boolean>;
  find(username: string): Promise<UserRecord | undefined>;
  /** Stores the account with its password hashed (argon2id); the password itself is never stored. */
  insert(u: Omit<UserRecord, 'id'> & { password: string }): Promise<UserRecord>;
  /** Every account in id order, each with the ancestor path of its area (for scope checks). */
  list(): Promise<(UserListItem & { areaPath: readonly string[] })[]>;
}

export interface CredentialStore {
  /** The account when the password is right, else null; an unknown name costs as much time as a wrong password. */
  verify(username: string, password: string): Promise<UserRecord | null>;
}
export interface SessionStore {
  /** `id` is the SHA-256 of the cookie's token; the token itself is never stored. */
  open(id: string, userId: number, expiresAt: Date): Promise<void>;
  close(id: string): Promise<void>;
  /** The session's user as an actor; null when there is no such session or it has expired. */
  actor(id: string): Promise<Actor | null>;
  purgeExpired(): Promise<void>;
}

export interface AuditQuery {
  limit: number;
  offset: number;
  actor?: string;
  entity?: string;
}
/** One audit entry as the audit page shows it: who, when, what, before and after. */
export interface AuditItem {
  id: number;
  /** ISO 8601 instant */
  at: string;
  actor: { id: number | null; username: string };
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}
export interface AuditPage {
  total: number;
  items: AuditItem[];
}
/** Reads the audit log; entries are written through the context's AuditSink. */
export interface AuditLog {
  page(q: AuditQuery): Promise<AuditPage>;
}
