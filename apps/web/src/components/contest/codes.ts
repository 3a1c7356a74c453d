// The contests' codes as the staff pages list them (types from @kepu/domain; no value import, which would bundle it).
import type {
  BoardKind,
  ContestMode,
  Difficulty,
  FlagDecision,
  ItemKind,
  ItemReview,
} from '@kepu/domain/contest';

export const kinds: readonly ItemKind[] = ['single', 'multiple', 'truefalse'];
export const difficulties: readonly Difficulty[] = ['easy', 'medium', 'hard'];
export const reviews: readonly ItemReview[] = ['draft', 'approved', 'retired'];
export const modes: readonly ContestMode[] = ['untimed', 'timed', 'daily'];
export const boardKinds: readonly BoardKind[] = ['person', 'team', 'unit', 'district'];
export const decisions: readonly FlagDecision[] = ['cleared', 'confirmed'];
export const groups = ['youth', 'workers', 'farmers', 'elderly', 'officials', 'public'] as const;
export type Group = (typeof groups)[number];

/** An instant as 'YYYY-MM-DD HH:mm' in the city's time (UTC+8): what the date fields and the tables show. */
export const cityTime = (at: string) =>
  new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
