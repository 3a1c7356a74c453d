// Fieldwork figures from invitations and responses: by district (and PSU) how many were invited, started and
// completed, and the response rate (completed / invited, where invitations were used); completes by target group;
// against the office's quotas, the share of each quota reached (completed / quota).
import type { InvitationCount, StoredSurvey, SurveyResponseRecord } from './survey.records.ts';
import type { SurveyDesignInput } from './survey.schemas.ts';

export interface FieldworkRow {
  invited: number;
  started: number;
  completed: number;
  /** completed / invited; null without invitations */
  rate: number | null;
}
const row = (): FieldworkRow => ({ invited: 0, started: 0, completed: 0, rate: null });
const rated = (r: FieldworkRow): FieldworkRow => ({
  ...r,
  rate: r.invited > 0 ? r.completed / r.invited : null,
});

export function fieldworkFigures(
  survey: StoredSurvey,
  invited: readonly InvitationCount[],
  responses: readonly SurveyResponseRecord[],
) {
  const psus = (survey.design as SurveyDesignInput | null)?.psus ?? [];
  const districtOfPsu = new Map(psus.map((p) => [p.code, p.district]));
  const byDistrict = new Map(survey.districts.map((d) => [d, row()]));
  const byPsu = new Map(psus.map((p) => [p.code, row()]));
  const total = row();
  const districtOf = (psu: string | null, demo?: Record<string, string | number>) =>
    (psu && districtOfPsu.get(psu)) || (typeof demo?.district === 'string' ? demo.district : null);
  const add = (psu: string | null, district: string | null, key: keyof Omit<FieldworkRow, 'rate'>, n = 1) => {
    for (const r of [
      total,
      district ? byDistrict.get(district) : undefined,
      psu ? byPsu.get(psu) : undefined,
    ])
      if (r) r[key] += n;
  };
  for (const i of invited) add(i.psuCode, districtOf(i.psuCode), 'invited', i.issued);
  const groups = new Map<string, number>();
  for (const r of responses) {
    const district = districtOf(r.psuCode, r.demographics);
    add(r.psuCode, district, 'started');
    if (!r.submittedAt) continue;
    add(r.psuCode, district, 'completed');
    const g = typeof r.demographics.targetGroup === 'string' ? r.demographics.targetGroup : 'unknown';
    groups.set(g, (groups.get(g) ?? 0) + 1);
  }
  const quotaOf = new Map(survey.quotas?.districts.map((q) => [q.district, q.completes]));
  const groupQuota = new Map(survey.quotas?.groups.map((q) => [q.targetGroup, q.completes]));
  // every group with a quota shows, even before its first complete
  for (const g of groupQuota.keys()) if (!groups.has(g)) groups.set(g, 0);
  const against = (completed: number, quota: number | undefined) => ({
    quota: quota ?? null,
    reached: quota ? completed / quota : null,
  });
  const quotaTotal = survey.quotas?.districts.reduce((s, q) => s + q.completes, 0) || undefined;
  return {
    total: { ...rated(total), ...against(total.completed, quotaTotal) },
    districts: [...byDistrict].map(([district, r]) => ({
      district,
      ...rated(r),
      ...against(r.completed, quotaOf.get(district)),
    })),
    psus: psus.map((p) => ({
      psuCode: p.code,
      name: p.name ?? p.code,
      district: p.district,
      ...rated(byPsu.get(p.code) ?? row()),
    })),
    groups: [...groups].map(([targetGroup, completed]) => ({
      targetGroup,
      completed,
      share: total.completed > 0 ? completed / total.completed : 0,
      ...against(completed, groupQuota.get(targetGroup)),
    })),
  };
}
export type FieldworkFigures = ReturnType<typeof fieldworkFigures>;
