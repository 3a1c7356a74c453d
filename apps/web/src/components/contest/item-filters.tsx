// The item bank's filters: review state, kind, difficulty, target group, topic and words in the question.
import { useTranslation } from 'react-i18next';
import type { ItemFilters as Filters } from '../../api/contest/contest.ts';
import { FilterSelect } from '../filter-select.tsx';
import { FilterText } from '../filter-text.tsx';
import { difficulties, groups, kinds, reviews } from './codes.ts';

export function ItemFilters({ value, onChange }: { value: Filters; onChange: (f: Filters) => void }) {
  const { t } = useTranslation();
  const set = (k: keyof Filters) => (v: string | undefined) => onChange({ ...value, [k]: v || undefined });
  const all = t('contest.any');
  return (
    <search className="filter-bar" aria-label={t('contest.items.filters')}>
      <FilterSelect
        label={t('contest.items.review')}
        allLabel={all}
        value={value.review}
        options={reviews.map((r) => ({ value: r, label: t(`contest.reviews.${r}`) }))}
        onChange={set('review')}
        testId="ct-filter-review"
      />
      <FilterSelect
        label={t('contest.items.kind')}
        allLabel={all}
        value={value.kind}
        options={kinds.map((k) => ({ value: k, label: t(`contest.kinds.${k}`) }))}
        onChange={set('kind')}
        testId="ct-filter-kind"
      />
      <FilterSelect
        label={t('contest.items.difficulty')}
        allLabel={all}
        value={value.difficulty}
        options={difficulties.map((d) => ({ value: d, label: t(`contest.difficulties.${d}`) }))}
        onChange={set('difficulty')}
        testId="ct-filter-difficulty"
      />
      <FilterSelect
        label={t('contest.items.group')}
        allLabel={all}
        value={value.group}
        options={groups.map((g) => ({ value: g, label: t(`services.groups.${g}`) }))}
        onChange={set('group')}
        testId="ct-filter-group"
      />
      <FilterText
        label={t('contest.items.topic')}
        value={value.topic ?? ''}
        onChange={set('topic')}
        testId="ct-filter-topic"
      />
      <FilterText
        label={t('contest.items.q')}
        value={value.q ?? ''}
        onChange={set('q')}
        testId="ct-filter-q"
        wide
      />
    </search>
  );
}
