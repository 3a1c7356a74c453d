// What the commendations' use-cases need from storage; candidates' figures are read from the volunteers' hours and
// the venues' assessment through those capabilities' own ports.
import type { UseCaseContext } from '../kernel/context.ts';
import type { SvcStore } from '../services/svc.ports.ts';
import type { AreaStore } from '../use-cases/ports.ts';
import type { VolStore } from '../volunteers/vol.ports.ts';
import type { NominationState, RoundState, Thresholds } from './cmd.codes.ts';
import type {
  CmdEvent,
  NominationInput,
  NominationRecord,
  RoundInput,
  RoundRecord,
  ServiceFigures,
} from './cmd.records.ts';

export interface CmdStore {
  listRounds(): Promise<RoundRecord[]>;
  getRound(id: number): Promise<RoundRecord | undefined>;
  roundOfYear(year: number): Promise<RoundRecord | undefined>;
  insertRound(r: RoundInput, at: string): Promise<RoundRecord>;
  setThresholds(id: number, t: Thresholds): Promise<void>;
  setRoundState(
    id: number,
    state: RoundState,
    patch: { decisionNumber?: string; decisionDate?: string; publishedAt?: string },
  ): Promise<void>;

  listNominations(roundId: number): Promise<NominationRecord[]>;
  getNomination(id: number): Promise<NominationRecord | undefined>;
  insertNomination(n: NominationInput, by: string, at: string): Promise<NominationRecord>;
  updateNomination(
    id: number,
    patch: Partial<
      Pick<NominationInput, 'citation' | 'evidence' | 'belowReason' | 'figures' | 'belowThreshold'>
    > & {
      state?: NominationState;
      comment?: string;
    },
  ): Promise<void>;

  insertEvent(e: CmdEvent): Promise<void>;
  events(entity: CmdEvent['entity'], ids: number[]): Promise<CmdEvent[]>;

  /** Approved hours and activities served per volunteer, per team, in a period (days inclusive). */
  volunteerFigures(from: string, to: string): Promise<ServiceFigures[]>;
  teamFigures(from: string, to: string): Promise<ServiceFigures[]>;
}

export type CmdContext = UseCaseContext<{ cmd: CmdStore; vol: VolStore; svc: SvcStore; areas: AreaStore }>;
