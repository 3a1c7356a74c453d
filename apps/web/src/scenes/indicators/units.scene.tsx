// Reporting units of the statistics: the office adds and edits units (department type, area, linked plan unit),
// deactivates them, assigns the year's form to chosen units with a window and extends one unit's window.
import { Button, Input, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/core/session.ts';
import { useUnits } from '../../api/core/units.ts';
import { useForm } from '../../api/indicators/forms.ts';
import { useReports } from '../../api/indicators/reports.ts';
import { type SetupUnit, useIndUnits, useSetupMutation } from '../../api/indicators/setup.ts';
import type { IndAssignView } from '../../api/indicators/types.ts';
import { IndTabs } from '../../components/indicators/ind-tabs.tsx';
import { UnitForm } from '../../components/indicators/unit-form.tsx';
import { WindowForm } from '../../components/indicators/window-form.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { useIndYear } from './use-year.ts';
import './indicators.css';
import { useMessage } from '../../components/app-message.tsx';
import { YearField } from '../../components/indicators/year-field.tsx';

export default function IndicatorUnitsScene() {
  const { t } = useTranslation();
  const message = useMessage();
  const { years, params, set } = useIndYear();
  const year = params.year ? Number(params.year) : years[0]?.year;
  usePageTitle(t('indSetup.units.heading', { year: year ?? '' }));
  const office = useSession().data?.user?.role === 'office';
  const units = useIndUnits();
  const reports = useReports(year);
  const form = useForm(year);
  const planUnits = useUnits();
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<number[]>([]);
  const [editing, setEditing] = useState<SetupUnit | null>(null);
  const [extending, setExtending] = useState<SetupUnit | null>(null);
  const assign = useSetupMutation<IndAssignView>();
  const extend = useSetupMutation();
  const toggle = useSetupMutation();
  const reportOf = new Map((reports.data ?? []).map((r) => [r.unit.id, r.report]));
  const planName = new Map((planUnits.data ?? []).map((u) => [u.id, u.name]));
  const needle = filter.trim().toLowerCase();
  const rows = (units.data ?? []).filter(
    (u) => !needle || u.name.toLowerCase().includes(needle) || u.code.toLowerCase().includes(needle),
  );
  const extendReport = extending ? reportOf.get(extending.id) : undefined;
  return (
    <div className="page page-wide" data-test="ind-units">
      <h1>{t('indSetup.units.heading', { year: year ?? '' })}</h1>
      <p className="muted">{t('indSetup.units.intro')}</p>
      <IndTabs />
      <search className="ind-filters" aria-label={t('indSetup.units.filter')}>
        <YearField value={year} years={years} onChange={(v) => set('year', v)} />
        <label>
          {t('indSetup.units.filter')}
          <Input
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            allowClear
            data-test="ind-unit-filter"
          />
        </label>
      </search>
      {office ? (
        editing ? (
          <UnitForm key={editing.id} unit={editing} onDone={() => setEditing(null)} />
        ) : (
          <UnitForm />
        )
      ) : null}
      {office && year && form.data ? (
        <WindowForm
          key={`assign-${year}`}
          test="ind-assign"
          heading={t('indSetup.units.assignHeading')}
          hint={t('indSetup.units.assignHint', { count: selected.length })}
          initial={{ opensOn: form.data.opensOn, dueOn: form.data.dueOn }}
          submitLabel={t('indSetup.units.assign')}
          disabled={selected.length === 0}
          pending={assign.isPending}
          error={assign.error}
          onSubmit={(w) =>
            assign.mutate(
              { method: 'post', path: `/indicators/forms/${year}/assign`, body: { unitIds: selected, ...w } },
              {
                onSuccess: (r) => {
                  void message.success(
                    t('indSetup.units.assigned', { count: r.assigned, opens: r.opensOn, due: r.dueOn }),
                  );
                  setSelected([]);
                },
              },
            )
          }
        />
      ) : null}
      {office && extending && extendReport ? (
        <WindowForm
          key={`extend-${extending.id}`}
          test="ind-extend"
          heading={t('indSetup.units.extendHeading', { name: extending.name })}
          initial={{ opensOn: extendReport.opensOn, dueOn: extendReport.dueOn }}
          submitLabel={t('indSetup.units.save')}
          pending={extend.isPending}
          error={extend.error}
          onCancel={() => setExtending(null)}
          onSubmit={(w) =>
            extend.mutate(
              { method: 'put', path: `/indicators/reports/${year}/${extending.id}/window`, body: w },
              {
                onSuccess: () => {
                  void message.success(t('indSetup.units.extended', { name: extending.name }));
                  setExtending(null);
                },
              },
            )
          }
        />
      ) : null}
      {toggle.error ? <ErrorNotice error={toggle.error} /> : null}
      {units.error ? (
        <ErrorNotice error={units.error} />
      ) : !units.data ? (
        <PageLoading />
      ) : (
        <Table<SetupUnit>
          rowKey="id"
          size="small"
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          data-test="ind-unit-table"
          rowSelection={
            office
              ? {
                  selectedRowKeys: selected,
                  // no select-all box: antd repeats the header in an aria-hidden measuring row (axe: aria-hidden-focus)
                  hideSelectAll: true,
                  onChange: (keys) => setSelected(keys.map(Number)),
                  getCheckboxProps: (u) => ({
                    disabled: !u.active,
                    'aria-label': t('indSetup.units.select', { name: u.name }),
                  }),
                }
              : undefined
          }
          columns={[
            {
              title: t('indSetup.units.code'),
              key: 'code',
              render: (_, u) => <span className="ind-nowrap">{u.code}</span>,
            },
            {
              title: t('indSetup.units.name'),
              key: 'name',
              render: (_, u) => <span data-test={`ind-unit-row-${u.code}`}>{u.name}</span>,
            },
            {
              title: t('indSetup.units.area'),
              key: 'area',
              render: (_, u) => <span className="ind-nowrap">{u.areaName}</span>,
            },
            {
              title: t('indSetup.units.dept'),
              key: 'dept',
              render: (_, u) => t(`ind.dept.${u.deptType}`, { defaultValue: u.deptType }),
            },
            {
              title: t('indSetup.units.orgUnitShort'),
              key: 'org',
              render: (_, u) => (u.orgUnitId ? (planName.get(u.orgUnitId) ?? u.orgUnitId) : '—'),
            },
            {
              title: t('indSetup.units.active'),
              key: 'active',
              render: (_, u) => (
                <span className="ind-nowrap">
                  {u.active ? t('indSetup.units.activeYes') : t('indSetup.units.activeNo')}
                </span>
              ),
            },
            {
              title: t('indSetup.units.report'),
              key: 'report',
              render: (_, u) => {
                const r = reportOf.get(u.id);
                return (
                  <span data-test={`ind-unit-report-${u.code}`}>
                    {r ? t(`ind.state.${r.state}`) : t('indSetup.units.notAssigned')}
                  </span>
                );
              },
            },
            {
              title: t('indSetup.units.window'),
              key: 'window',
              render: (_, u) => {
                const r = reportOf.get(u.id);
                return r ? (
                  <span className="ind-nowrap" data-test={`ind-unit-window-${u.code}`}>
                    {t('indSetup.units.windowText', { opens: r.opensOn, due: r.dueOn })}
                  </span>
                ) : (
                  '—'
                );
              },
            },
            ...(office
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, u: SetupUnit) => (
                      <span className="ind-actions" style={{ margin: 0 }}>
                        <Button
                          size="small"
                          onClick={() => setEditing(u)}
                          data-test={`ind-unit-edit-${u.code}`}
                        >
                          {t('indSetup.units.edit')}
                        </Button>
                        {reportOf.has(u.id) ? (
                          <Button
                            size="small"
                            onClick={() => setExtending(u)}
                            data-test={`ind-unit-extend-${u.code}`}
                          >
                            {t('indSetup.units.extend')}
                          </Button>
                        ) : null}
                        <Button
                          size="small"
                          onClick={() =>
                            toggle.mutate({
                              method: 'patch',
                              path: `/indicators/units/${u.id}`,
                              body: { active: !u.active },
                            })
                          }
                          data-test={`ind-unit-active-${u.code}`}
                        >
                          {u.active ? t('indSetup.units.deactivate') : t('indSetup.units.activate')}
                        </Button>
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </div>
  );
}
