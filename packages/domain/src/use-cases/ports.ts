// What use-cases need from storage, as small interfaces the db package implements over one transaction.
import type { Role } from '../auth/roles.ts';
import type { Outline } from '../plan/outline.schema.ts';

export type { AuditSink } from '../kernel/context.ts';
export interface PlanStore {
  insertOutline(o: Outline): Promise<number>;
}
export interface UnitProfile {
  id: number;
  name: string;
  contactName: string | null;
  contactPhone: string | null;
  note: string;
}
export interface UnitStore {
  find(id: number): Promise<UnitProfile | undefined>;
  update(id: number, patch: Partial<Omit<UnitProfile, 'id' | 'name'>>): Promise<UnitProfile>;
}
export interface AreaRecord {
  code: string;
  name: string;
  path: string[];
}
export interface AreaStore {
  find(code: string): Promise<AreaRecord | undefined>;
}
export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  areaCode: string | null;
}
export interface UserStore {
  exists(username: string): Promise<boolean>;
  /** Stores the account with its password hashed (argon2id); the password itself is never stored. */
  insert(u: Omit<UserRecord, 'id'> & { password: string }): Promise<UserRecord>;
}
