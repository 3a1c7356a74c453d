// The group and unit filters the task list and the matrix share; the page keeps their values in the address.
import { useTranslation } from 'react-i18next';
import { usePlan } from '../api/core/plan.ts';
import { useUnits } from '../api/core/units.ts';
import { FilterSelect } from './filter-select.tsx';
import { groupOptions } from './group-options.ts';

interface Props {
  filter: { group?: string; unit?: string };
  onChange: (key: 'group' | 'unit', value: string | undefined) => void;
  /** `tasks` → data-test `tasks-filter-group` and `tasks-filter-unit`. */
  testPrefix: string;
}

export function PlanFilters({ filter, onChange, testPrefix }: Props) {
  const { t } = useTranslation();
  const plan = usePlan();
  const units = useUnits();
  return (
    <>
      <FilterSelect
        label={t('filter.group')}
        allLabel={t('filter.allGroups')}
        value={filter.group}
        options={groupOptions(t, plan.data?.groups ?? [])}
        onChange={(v) => onChange('group', v)}
        testId={`${testPrefix}-filter-group`}
      />
      <FilterSelect
        label={t('filter.unit')}
        allLabel={t('filter.allUnits')}
        value={filter.unit}
        options={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
        onChange={(v) => onChange('unit', v)}
        testId={`${testPrefix}-filter-unit`}
      />
    </>
  );
}
