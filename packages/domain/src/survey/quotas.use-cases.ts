// Fieldwork quotas: the office sets how many completed responses it wants from each district and each target group,
// before or during fieldwork; the monitoring (fieldwork.view.ts) shows completes and response rate against them.
import { authorize } from '../auth/policy.ts';
import { invalid, issue } from '../kernel/field-error.ts';
import type { SurveyContext } from './survey.ports.ts';
import type { QuotasInput } from './survey.schemas.ts';
import { loadSurvey, statusConflict } from './surveys.use-cases.ts';

export async function setSurveyQuotas(ctx: SurveyContext, id: number, input: QuotasInput) {
  authorize(ctx.actor, 'survey.manage');
  const before = await loadSurvey(ctx, id);
  if (before.status !== 'draft' && before.status !== 'fieldwork') throw statusConflict(before, 'fieldwork');
  const issues = [];
  const districts = new Set<string>();
  for (const [i, q] of input.districts.entries()) {
    if (!before.districts.includes(q.district))
      issues.push(
        issue(
          `districts.${i}.district`,
          'survey.quota_outside_districts',
          `${q.district} is not a district of the survey`,
          { district: q.district },
        ),
      );
    if (districts.has(q.district))
      issues.push(
        issue(`districts.${i}.district`, 'survey.duplicate_district_quota', `${q.district} has two quotas`, {
          district: q.district,
        }),
      );
    districts.add(q.district);
  }
  const groups = new Set<string>();
  for (const [i, q] of input.groups.entries()) {
    if (groups.has(q.targetGroup))
      issues.push(
        issue(`groups.${i}.targetGroup`, 'survey.duplicate_group_quota', `${q.targetGroup} has two quotas`, {
          row: i + 1,
        }),
      );
    groups.add(q.targetGroup);
  }
  if (issues.length) throw invalid(issues);
  const quotas = input.districts.length || input.groups.length ? input : null;
  const after = await ctx.stores.survey.updateSurvey(id, { quotas });
  await ctx.audit.write({
    action: 'survey.quotas.set',
    entity: 'survey',
    entityId: id,
    before: before.quotas,
    after: quotas,
  });
  return after;
}
