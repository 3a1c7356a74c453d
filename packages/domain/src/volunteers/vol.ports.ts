// What the volunteers' use-cases need from storage; hours reach the participation ledger through the services' port.
import type { UseCaseContext } from '../kernel/context.ts';
import type { SvcStore } from '../services/svc.ports.ts';
import type { AreaStore } from '../use-cases/ports.ts';
import type { NationalMapping } from './national-export.ts';
import type { PersonalField } from './retention.use-cases.ts';
import type { HourState, SignupState } from './vol.codes.ts';
import type {
  CertificateRecord,
  HourInput,
  HourRecord,
  OpportunityInput,
  OpportunityRecord,
  SignupRecord,
  TeamInput,
  TeamRecord,
  VolunteerInput,
  VolunteerRecord,
} from './vol.records.ts';

export interface VolStore {
  starHours(): Promise<number[]>;
  setStarHours(list: number[]): Promise<void>;

  listTeams(): Promise<TeamRecord[]>;
  getTeam(id: number): Promise<TeamRecord | undefined>;
  insertTeam(t: TeamInput): Promise<TeamRecord>;
  setSeal(id: number, png: Buffer): Promise<void>;
  seal(id: number): Promise<Buffer | null>;

  /** Stores a volunteer with a fresh random key (only its hash kept); answers the key once. */
  insertVolunteer(v: VolunteerInput, at: string): Promise<{ id: number; token: string }>;
  volunteerByToken(token: string): Promise<VolunteerRecord | undefined>;
  getVolunteer(id: number): Promise<VolunteerRecord | undefined>;
  listVolunteers(q: { teamIds?: number[] }): Promise<VolunteerRecord[]>;
  setVolunteerHours(id: number, approvedHours: number, star: number): Promise<void>;
  setVolunteerStatus(id: number, status: VolunteerRecord['status']): Promise<void>;
  /** Blanks a volunteer's personal fields (name kept as 已删除, phone and birth date cleared); hours stay. */
  eraseVolunteer(id: number): Promise<void>;
  /** Volunteers who asked for deletion this many days ago or more, or inactive past the retention. */
  purgeable(before: string): Promise<number[]>;
  /** Clears one personal field of active volunteers inactive since `before`; answers those cleared. */
  clearField(field: Exclude<PersonalField, 'name'>, before: string): Promise<number[]>;
  /** Days each personal field is kept after a volunteer's last activity. */
  fieldRetention(): Promise<Record<PersonalField, number>>;
  setFieldRetention(days: Record<PersonalField, number>): Promise<void>;
  /** The national platforms' column mapping; null: the shipped default. */
  nationalMapping(): Promise<NationalMapping | null>;
  setNationalMapping(m: NationalMapping): Promise<void>;

  listOpportunities(q: { teamIds?: number[]; from?: string }): Promise<OpportunityRecord[]>;
  getOpportunity(id: number): Promise<OpportunityRecord | undefined>;
  /** The opportunity, its row locked until the transaction ends (sign-ups take turns for the last slots). */
  lockOpportunity(id: number): Promise<OpportunityRecord | undefined>;
  insertOpportunity(o: OpportunityInput): Promise<OpportunityRecord>;
  signupsOf(q: { opportunityId?: number; volunteerId?: number }): Promise<SignupRecord[]>;
  upsertSignup(opportunityId: number, volunteerId: number, status: SignupState): Promise<SignupRecord>;
  setSignupStatus(id: number, status: SignupState): Promise<void>;

  insertHours(h: HourInput, by: string): Promise<HourRecord>;
  getHours(ids: number[]): Promise<HourRecord[]>;
  /** The newest 1,000 unless `all`. */
  listHours(q: {
    volunteerId?: number;
    teamIds?: number[];
    states?: HourState[];
    all?: boolean;
  }): Promise<HourRecord[]>;
  /** The volunteer's open check-in (entered, not checked out), if any. */
  openHours(volunteerId: number): Promise<HourRecord | undefined>;
  /** Open check-ins that began before this instant. */
  staleOpenHours(before: string): Promise<HourRecord[]>;
  setHoursState(
    id: number,
    state: HourState,
    patch: {
      endedAt?: string;
      hours?: number;
      autoCheckedOut?: boolean;
      reason?: string | null;
      by: string;
      at: string;
    },
  ): Promise<void>;
  approvedHoursOf(volunteerId: number): Promise<number>;

  insertCertificate(
    c: Omit<CertificateRecord, 'id' | 'number' | 'volunteerName' | 'revokedAt' | 'revokeReason'>,
    by: string,
  ): Promise<CertificateRecord>;
  certificateByNumber(number: string): Promise<CertificateRecord | undefined>;
  listCertificates(q: { volunteerId?: number; teamIds?: number[] }): Promise<CertificateRecord[]>;
  revokeCertificate(id: number, reason: string, at: string): Promise<void>;
}

export type VolContext = UseCaseContext<{ vol: VolStore; svc: SvcStore; areas: AreaStore }>;
