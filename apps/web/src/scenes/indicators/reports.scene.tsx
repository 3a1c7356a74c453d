// The year's forms the user can see: their unit's (liaison), their area's (district) or all (office, viewer).
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Segmented, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../api/client.ts';
import { useSession } from '../../api/core/session.ts';
import { useAssignForm, useReports } from '../../api/indicators/reports.ts';
import type { IndReportEntryView } from '../../api/indicators/types.ts';
import { IndTabs } from '../../components/indicators/ind-tabs.tsx';
import { ReviewQueue } from '../../components/indicators/review-queue.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { EmptyNotice, ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { usePhoneScreen } from '../../hooks/use-small-screen.ts';
import { useIndYear } from './use-year.ts';
import './indicators.css';
import { useMessage } from '../../components/app-message.tsx';
import { YearField } from '../../components/indicators/year-field.tsx';

type Row = IndReportEntryView;

export default function IndicatorReportsScene() {
  const { t } = useTranslation();
  const phone = usePhoneScreen();
  const dept = (r: Row) => t(`ind.dept.${r.unit.deptType}`, { defaultValue: r.unit.deptType });
  usePageTitle(t('ind.reports.heading'));
  const { years, params, set } = useIndYear(['view']);
  const year = params.year ? Number(params.year) : years[0]?.year;
  const reports = useReports(year);
  const [state, setState] = useState<string>('');
  const role = useSession().data?.user?.role;
  const office = role === 'office';
  const reviewer = office || role === 'district';
  const queue = reviewer && params.view === 'queue';
  const message = useMessage();
  const assign = useAssignForm(year);
  const doAssign = () =>
    assign.mutate(undefined, {
      onSuccess: (r) =>
        void message.success(
          t('ind.reports.assigned', { count: r.assigned, opens: r.opensOn, due: r.dueOn }),
        ),
    });
  const rows = (reports.data ?? []).filter((r) => !state || r.report.state === state);
  return (
    <div className="page page-wide" data-test="ind-reports">
      <h1>{t('ind.reports.heading')}</h1>
      <p className="muted">{t('ind.reports.intro')}</p>
      <IndTabs />
      <search className="ind-filters" aria-label={t('ind.reports.filter')}>
        <YearField value={year} years={years} onChange={(v) => set('year', v)} />
        {queue ? null : (
          <label>
            {t('ind.reports.filter')}
            <NativeSelect
              value={state}
              onChange={setState}
              aria-label={t('ind.reports.filter')}
              data-test="ind-state-filter"
              options={[
                { value: '', label: t('ind.reports.all') },
                ...(['open', 'draft', 'submitted', 'returned', 'approved', 'accepted'] as const).map((s) => ({
                  value: s,
                  label: t(`ind.state.${s}`),
                })),
              ]}
            />
          </label>
        )}
      </search>
      {reviewer ? (
        <Segmented
          className="ind-view-switch"
          aria-label={t('indSetup.queue.views')}
          value={queue ? 'queue' : 'all'}
          onChange={(v) => set('view', v === 'queue' ? 'queue' : '')}
          options={[
            { value: 'all', label: t('indSetup.queue.all') },
            { value: 'queue', label: <span data-test="ind-view-queue">{t('indSetup.queue.mine')}</span> },
          ]}
        />
      ) : null}
      {queue ? <ReviewQueue year={year} /> : null}
      {!queue && office && year ? (
        <div className="ind-actions" data-test="ind-office-actions">
          <Button onClick={doAssign} loading={assign.isPending} data-test="ind-assign">
            {t('ind.reports.assign')}
          </Button>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={apiUrl('/indicators/export', { year, format: 'csv' })}
            download
            data-test="ind-export-csv"
          >
            {t('ind.reports.exportCsv')}
          </Button>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={apiUrl('/indicators/export', { year, format: 'json' })}
            download
            data-test="ind-export-json"
          >
            {t('ind.reports.exportJson')}
          </Button>
        </div>
      ) : null}
      {assign.error ? <ErrorNotice error={assign.error} /> : null}
      {queue ? null : reports.error ? (
        <ErrorNotice error={reports.error} />
      ) : !reports.data ? (
        <PageLoading />
      ) : rows.length === 0 ? (
        <EmptyNotice text={t('ind.reports.empty')} />
      ) : (
        <Table<Row>
          rowKey={(r) => r.unit.id}
          dataSource={rows}
          pagination={{ pageSize: 25, hideOnSinglePage: true }}
          scroll={{ x: true }}
          data-test="ind-report-table"
          columns={[
            {
              title: t('ind.reports.unit'),
              key: 'unit',
              render: (_, r) => (
                <>
                  <Link
                    to={`/indicators/reports/${r.report.year}/${r.unit.id}`}
                    data-test={`ind-report-link-${r.unit.id}`}
                  >
                    {r.unit.name}
                  </Link>
                  {/* a phone has no room for the area and type columns: they stand under the name */}
                  {phone && <div className="muted">{`${r.unit.areaName} · ${dept(r)}`}</div>}
                </>
              ),
            },
            {
              title: t('ind.reports.area'),
              key: 'area',
              responsive: ['sm'],
              render: (_, r) => <span className="ind-nowrap">{r.unit.areaName}</span>,
            },
            {
              title: t('ind.reports.dept'),
              key: 'dept',
              responsive: ['sm'],
              render: (_, r) => dept(r),
            },
            {
              title: t('ind.reports.state'),
              key: 'state',
              render: (_, r) => (
                <span className="ind-nowrap" data-test={`ind-report-state-${r.unit.id}`}>
                  {t(`ind.state.${r.report.state}`)}
                </span>
              ),
            },
            {
              title: t('ind.reports.due'),
              key: 'due',
              render: (_, r) => <span className="ind-nowrap">{r.report.dueOn}</span>,
            },
          ]}
        />
      )}
    </div>
  );
}
