// What the jurisdictions port returns: the jurisdictions an installation serves (those with a current plan).

/** province (PP0000), prefecture-level city (PPCC00), county (any other six digits), or the nation (000000). */
export type JurisdictionLevel = 'nation' | 'province' | 'city' | 'county';

export interface JurisdictionRecord {
  code: string;
  name: string;
  /** The jurisdiction's current plan version. */
  planId: number;
  planTitle: string;
  /** The plan version the current plan implements (the jurisdiction above's), when the office has said so. */
  implementsPlanId: number | null;
  /** The plan (and so the jurisdiction) was made up by the demo data. */
  demo: boolean;
}

/** A plan version as the cascade link sees it. */
export interface PlanLinkRecord {
  id: number;
  jurisdictionCode: string;
  version: number;
  current: boolean;
  implementsPlanId: number | null;
}
