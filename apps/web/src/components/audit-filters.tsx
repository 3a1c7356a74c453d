// The audit log's filters: person, unit, action, record type and a range of days, each labelled in words. On a phone
// they fold under one line (open when any is chosen) so the log itself starts on the first screen.
import { auditActions, auditEntities, demoAuditActor } from '@kepu/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../api/core/units.ts';
import { useUsers } from '../api/core/users.ts';
import { usePhoneScreen } from '../hooks/use-small-screen.ts';
import { DateField } from './date-field.tsx';
import { FilterSelect } from './filter-select.tsx';

export const auditFilterKeys = ['actor', 'unit', 'action', 'entity', 'from', 'to'] as const;
export type AuditFilterKey = (typeof auditFilterKeys)[number];
type Values = Record<AuditFilterKey, string | undefined>;

function DayField(props: {
  label: string;
  value?: string;
  onChange: (v: string | undefined) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="filter-field filter-day">
      <label htmlFor={id} className="filter-label">
        {props.label}
      </label>
      <DateField
        id={id}
        className="filter-control"
        value={props.value}
        onChange={props.onChange}
        testId={props.testId}
      />
    </div>
  );
}

export function AuditFilters({
  values,
  set,
}: {
  values: Values;
  set: (k: AuditFilterKey, v?: string) => void;
}) {
  const { t } = useTranslation();
  const phone = usePhoneScreen();
  const chosen = auditFilterKeys.filter((k) => values[k]).length;
  const [foldOpen] = useState(chosen > 0); // only the first render's: a reader's own opening and closing stays
  const users = useUsers(true);
  const units = useUnits();
  const people = [
    ...(users.data ?? []).map((u) => ({
      value: u.username,
      label: u.unitName || u.areaName ? `${u.displayName}（${u.unitName ?? u.areaName}）` : u.displayName,
    })),
    { value: demoAuditActor, label: t('audit.demo') },
    { value: 'system', label: t('audit.system') },
  ];
  const fields = (
    <>
      <FilterSelect
        label={t('audit.actor')}
        allLabel={t('audit.allPeople')}
        value={values.actor}
        options={people}
        onChange={(v) => set('actor', v)}
        testId="audit-filter-actor"
      />
      <FilterSelect
        label={t('audit.unit')}
        allLabel={t('audit.allUnits')}
        value={values.unit}
        options={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
        onChange={(v) => set('unit', v)}
        testId="audit-filter-unit"
      />
      <FilterSelect
        label={t('audit.action')}
        allLabel={t('audit.allActions')}
        value={values.action}
        options={auditActions.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
        onChange={(v) => set('action', v)}
        testId="audit-filter-action"
      />
      <FilterSelect
        label={t('audit.entity')}
        allLabel={t('audit.allEntities')}
        value={values.entity}
        options={auditEntities.map((e) => ({ value: e, label: t(`audit.entities.${e}`) }))}
        onChange={(v) => set('entity', v)}
        testId="audit-filter-entity"
      />
      <DayField
        label={t('audit.from')}
        value={values.from}
        onChange={(v) => set('from', v)}
        testId="audit-filter-from"
      />
      <DayField
        label={t('audit.to')}
        value={values.to}
        onChange={(v) => set('to', v)}
        testId="audit-filter-to"
      />
    </>
  );
  return (
    <search className="filter-bar" aria-label={t('audit.filters')}>
      {phone ? (
        <details className="filter-fold" open={foldOpen} data-test="audit-filter-fold">
          <summary>{chosen ? t('audit.filterFoldChosen', { count: chosen }) : t('audit.filterFold')}</summary>
          <div className="filter-fold-fields">{fields}</div>
        </details>
      ) : (
        fields
      )}
    </search>
  );
}
