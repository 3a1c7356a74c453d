// What the experts' use-cases need from storage; service records reach the participation ledger through the
// services' port.
import type { UseCaseContext } from '../kernel/context.ts';
import type { SvcStore } from '../services/svc.ports.ts';
import type { AreaStore } from '../use-cases/ports.ts';
import type { ExpertStatus, ExpertTopic, InvitationState } from './exp.codes.ts';
import type {
  ExpertInput,
  ExpertRecord,
  InvitationRecord,
  PoolRecord,
  ServiceInput,
  ServiceRecord,
} from './exp.records.ts';

export interface ExpertQuery {
  poolId?: number;
  poolCode?: string;
  topic?: ExpertTopic;
  /** experts serving this area or an area below it */
  areaCode?: string;
  /** only those available for invitations */
  available?: boolean;
  ids?: number[];
}

export interface ExpStore {
  listPools(): Promise<PoolRecord[]>;
  insertPool(p: { code: string; name: string; nameEn: string }): Promise<PoolRecord>;

  /** Stores an expert with a fresh random key (only its hash kept); answers the key once. */
  insertExpert(e: ExpertInput, by: string, at: string): Promise<{ id: number; token: string }>;
  updateExpert(id: number, e: ExpertInput): Promise<void>;
  /** A new key for the expert (the old one stops working); answers it once. */
  renewToken(id: number): Promise<string>;
  getExpert(id: number): Promise<ExpertRecord | undefined>;
  expertByToken(token: string): Promise<ExpertRecord | undefined>;
  /** Not erased experts matching every filter given, by id. */
  listExperts(q: ExpertQuery): Promise<ExpertRecord[]>;
  setExpertStatus(id: number, status: ExpertStatus): Promise<void>;
  /** Blanks the personal fields (name 已删除, phone, gender, languages); invitations and service records stay. */
  eraseExpert(id: number): Promise<void>;
  /** Experts who asked for deletion, and those with no invitation or service since `before`. */
  purgeable(before: string): Promise<number[]>;

  insertInvitation(
    i: { activityId: number; expertId: number; topic: ExpertTopic | null; note: string },
    by: string,
    at: string,
  ): Promise<InvitationRecord>;
  getInvitation(id: number): Promise<InvitationRecord | undefined>;
  listInvitations(q: { activityId?: number; expertId?: number }): Promise<InvitationRecord[]>;
  setInvitationState(
    id: number,
    state: InvitationState,
    p: { reason: string | null; by: string; at: string },
  ): Promise<void>;

  insertService(s: ServiceInput, by: string): Promise<ServiceRecord>;
  getService(id: number): Promise<ServiceRecord | undefined>;
  listServices(q: { expertId?: number; activityId?: number }): Promise<ServiceRecord[]>;
  voidService(id: number, reason: string, by: string, at: string): Promise<void>;
}

export type ExpContext = UseCaseContext<{ exp: ExpStore; svc: SvcStore; areas: AreaStore }>;
