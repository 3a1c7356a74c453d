// What use-cases need from storage, as small interfaces the db package implements over one transaction.
import type { Role } from '../auth/roles.ts';
import type { Outline } from '../plan/outline.schema.ts';

export interface AuditSink {
  write(e: { action: string; entity: string; entityId: string | number; before?: unknown; after?: unknown }): Promise<void>;
}
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
  insert(u: Omit<UserRecord, 'id'> & { passwordHash: string }): Promise<UserRecord>;
}
