// The office's quotas: how many completed responses it wants from each district and each target group (blank: no
// quota). Set in draft or during fieldwork; the fieldwork table shows completes against them.
import type { TargetGroup } from '@kepu/domain/survey';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SurveyView, useSetQuotas } from '../../api/survey/survey.ts';
import { useMessage } from '../app-message.tsx';
import { InputNumber } from '../number-input.tsx';
import { ErrorNotice } from '../query-state.tsx';

type Numbers = Record<string, number | null>;
/** The plan's five groups and the rest, as the instrument's demographics block codes them (the domain's runtime
 * stays out of the bundle). */
const TARGET_GROUPS = [
  'youth',
  'industrial_workers',
  'farmers',
  'elderly',
  'cadres_civil_servants',
  'other',
] as const satisfies readonly TargetGroup[];

export function SurveyQuotas({ survey, counties }: { survey: SurveyView; counties: Map<string, string> }) {
  const { t } = useTranslation();
  const message = useMessage();
  const save = useSetQuotas(survey.id);
  const [districts, setDistricts] = useState<Numbers>(() =>
    Object.fromEntries(survey.quotas?.districts.map((q) => [q.district, q.completes]) ?? []),
  );
  const [groups, setGroups] = useState<Numbers>(() =>
    Object.fromEntries(survey.quotas?.groups.map((q) => [q.targetGroup, q.completes]) ?? []),
  );
  const listed = (n: Numbers) => Object.entries(n).filter((e): e is [string, number] => !!e[1]);
  const submit = () =>
    save.mutate(
      {
        districts: listed(districts).map(([district, completes]) => ({ district, completes })),
        groups: listed(groups).map(([targetGroup, completes]) => ({
          targetGroup: targetGroup as TargetGroup,
          completes,
        })),
      },
      { onSuccess: () => message.success(t('survey.quotas.saved')) },
    );
  const field = (
    id: string,
    label: string,
    value: number | null | undefined,
    set: (v: number | null) => void,
  ) => (
    <label htmlFor={id} key={id}>
      {label}
      <InputNumber id={id} min={1} max={100000} value={value ?? null} onChange={set} data-test={id} />
    </label>
  );
  return (
    <section className="survey-section" aria-labelledby="survey-quotas">
      <h2 id="survey-quotas">{t('survey.quotas.heading')}</h2>
      <p className="muted">{t('survey.quotas.intro')}</p>
      {save.error && <ErrorNotice error={save.error} testId="quotas-error" />}
      <h3>{t('survey.quotas.districts')}</h3>
      <div className="survey-quota-grid">
        {survey.districts.map((d) =>
          field(`quota-district-${d}`, counties.get(d) ?? d, districts[d], (v) =>
            setDistricts((x) => ({ ...x, [d]: v })),
          ),
        )}
      </div>
      <h3>{t('survey.quotas.groups')}</h3>
      <div className="survey-quota-grid">
        {TARGET_GROUPS.map((g) =>
          field(`quota-group-${g}`, t(`survey.fieldwork.groups.${g}`), groups[g], (v) =>
            setGroups((x) => ({ ...x, [g]: v })),
          ),
        )}
      </div>
      <p>
        <Button type="primary" loading={save.isPending} onClick={submit} data-test="quotas-save">
          {t('survey.quotas.save')}
        </Button>
      </p>
    </section>
  );
}
