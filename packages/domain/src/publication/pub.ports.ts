// What the publication use-cases need from storage: the releases (versioned snapshots), beside the stores they read
// the figures from.
import type { AccStore } from '../accountability/acc.ports.ts';
import type { IndStore } from '../indicators/ind.ports.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { AreaStore, UnitStore } from '../use-cases/ports.ts';
import type { PubRelease, PubSnapshot } from './pub.records.ts';

export interface PubStore {
  /** Every release, newest first, without their snapshots' bodies parsed twice. */
  listReleases(): Promise<Omit<PubRelease, 'snapshot'>[]>;
  /** The newest release of a year, or of any year. */
  latest(year?: number): Promise<PubRelease | undefined>;
  insertRelease(year: number, snapshot: PubSnapshot, by: string): Promise<PubRelease>;
}

export type PubContext = UseCaseContext<{
  pub: PubStore;
  ind: IndStore;
  acc: AccStore;
  areas: AreaStore;
  units: UnitStore;
}> & { plan: PlanBundle };
