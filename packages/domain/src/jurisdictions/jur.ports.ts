// What the jurisdiction use-cases need from storage, nothing more.
import type { AreaNode } from '../areas/area.types.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { PlanRef } from '../use-cases/ports.ts';
import type { JurisdictionRecord, PlanLinkRecord } from './jur.records.ts';

export interface JurStore {
  /** Every jurisdiction with a current plan, by code. */
  list(): Promise<JurisdictionRecord[]>;
  /** Remembers the session's chosen jurisdiction (null: the account's own). */
  choose(sessionId: string, code: string | null): Promise<void>;
  planLink(planId: number): Promise<PlanLinkRecord | undefined>;
  setImplements(planId: number, implementsPlanId: number | null): Promise<void>;
  /** Adds an area tree to the installation's forest (existing areas kept; a stored top the tree contains moves under
   *  it); returns how many areas were added and how many moved. */
  importAreas(nodes: AreaNode[]): Promise<{ added: number; moved: number }>;
}

/** The ports the cascade reads: jurisdictions, plan bundles, and what accountability and statistics hold. */
export interface JurPlans {
  find(ref: PlanRef, jurisdiction: string): Promise<PlanBundle | null>;
}

export type JurContext = UseCaseContext<{ jur: JurStore; plans: JurPlans }>;
