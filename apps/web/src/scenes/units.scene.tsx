// Unit list: every unit named in the plan, with how many tasks it carries and how many of them it leads (as its unit page counts).
import { Table } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccAbilities } from '../api/accountability/acc.ts';
import type { UnitSummary } from '../api/core/types.ts';
import { useUnits } from '../api/core/units.ts';
import { AddLocalUnitForm } from '../components/accountability/unit-area.tsx';
import { FilterText } from '../components/filter-text.tsx';
import { EmptyNotice, ErrorNotice } from '../components/query-state.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { DATA_LANG } from '../i18n/index.ts';

export default function UnitsScene() {
  const { t } = useTranslation();
  usePageTitle(t('units.pageTitle'));
  const units = useUnits();
  const office = useAccAbilities()['acc.manage'] === true;
  const [text, setText] = useState('');
  const needle = text.trim();
  const rows = (units.data ?? []).filter((u) => !needle || u.name.includes(needle));

  return (
    <div className="page" data-test="units-page">
      <h1>{t('units.heading')}</h1>
      <p className="muted">{t('units.intro')}</p>
      <search className="filter-bar" aria-label={t('units.filters')}>
        <FilterText
          label={t('units.search')}
          value={text}
          onChange={setText}
          placeholder={t('units.searchPlaceholder')}
          testId="units-filter-text"
          wide
        />
      </search>
      {units.error ? (
        <ErrorNotice error={units.error} />
      ) : (
        <Table<UnitSummary>
          rowKey="id"
          loading={units.isPending}
          dataSource={rows}
          pagination={false}
          data-test="units-table"
          onRow={(unit) => ({ 'data-test': `unit-row-${unit.id}` }) as HTMLAttributes<HTMLElement>}
          title={() => (
            <span aria-live="polite" data-test="units-count">
              {t('units.count', { count: rows.length })}
            </span>
          )}
          locale={{ emptyText: <EmptyNotice text={needle ? t('units.emptyFiltered') : t('units.empty')} /> }}
          columns={[
            {
              key: 'name',
              title: t('units.name'),
              render: (_, unit) => (
                <Link
                  className="row-link"
                  to={`/units/${unit.id}`}
                  data-test={`unit-link-${unit.id}`}
                  lang={DATA_LANG}
                >
                  {unit.name}
                </Link>
              ),
            },
            {
              key: 'area',
              title: t('accScope.area.column'),
              responsive: ['md'],
              render: (_, unit) => (
                <span data-test={`unit-area-${unit.id}`}>
                  {unit.area?.name ?? t('accScope.area.cityOption')}
                </span>
              ),
            },
            {
              key: 'tasks',
              title: t('units.taskCount'),
              dataIndex: 'taskCount',
              align: 'center',
              width: 140,
              sorter: (a, b) => a.taskCount - b.taskCount,
              defaultSortOrder: 'descend',
            },
            {
              key: 'leads',
              title: t('units.leadCount'),
              dataIndex: 'leadCount',
              align: 'center',
              width: 140,
              sorter: (a, b) => a.leadCount - b.leadCount,
            },
          ]}
        />
      )}
      {office && <AddLocalUnitForm />}
    </div>
  );
}
