// Which items of the 科普统计 form the ledger fills, and from which query: the one mapping both the pre-fill and
// its tests read. Public (公众) participants go to the form's "other" group.
import type { ActivityType, CampaignKind, TargetGroup } from './svc.codes.ts';
import type { LedgerFilter } from './svc.records.ts';

/** An item may have several rules (activities and training records); their figures add up per cell. */
export interface PrefillRule {
  item: string;
  /** activities held, or participants (check-ins, headcounts, visits) */
  measure: 'held' | 'participants';
  filter: Pick<LedgerFilter, 'types' | 'campaignKind' | 'venueCategory' | 'kinds'>;
  /** the form's breakdown the cells are split by; none: one cell (option '') */
  by?: 'target_group' | 'channel';
  /** only this group (an "of which" item) */
  only?: TargetGroup;
  /** visits to the unit's own venues rather than its activities */
  venues?: boolean;
}

const t = (types: ActivityType[]) => ({ types });
const c = (campaignKind: CampaignKind) => ({ campaignKind });

export const prefillRules: PrefillRule[] = [
  { item: 'A01', measure: 'held', filter: t(['lecture']) },
  { item: 'A011', measure: 'participants', filter: t(['lecture']), by: 'target_group' },
  { item: 'A02', measure: 'held', filter: t(['exhibition']) },
  { item: 'A021', measure: 'participants', filter: t(['exhibition']), by: 'channel' },
  { item: 'A03', measure: 'held', filter: t(['contest']) },
  { item: 'A031', measure: 'participants', filter: t(['contest']) },
  { item: 'A04', measure: 'held', filter: c('science_week') },
  { item: 'A041', measure: 'participants', filter: c('science_week') },
  // practical technology training: activities filed as training, and the training records' sessions held (issue 16)
  { item: 'A07', measure: 'held', filter: t(['training']) },
  { item: 'A07', measure: 'held', filter: { kinds: ['training'] } },
  { item: 'A071', measure: 'participants', filter: t(['training']), by: 'target_group' },
  { item: 'A071', measure: 'participants', filter: { kinds: ['training'] }, by: 'target_group' },
  {
    item: 'V013',
    measure: 'participants',
    filter: { venueCategory: 'science_centre', kinds: ['visit'] },
    venues: true,
  },
  {
    item: 'V014',
    measure: 'participants',
    filter: { venueCategory: 'science_centre', kinds: ['visit'] },
    venues: true,
    only: 'youth',
  },
];

/** The form's target-group option a ledger group is counted under. */
export const formGroup = (g: TargetGroup) => (g === 'public' ? 'other' : g);
