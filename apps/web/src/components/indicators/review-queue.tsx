// The reviewer's queue: reports waiting for this district admin (submitted → approve or send back) or the office
// (approved → accept), longest waiting first, each linking to the report.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type QueueRow, useQueue } from '../../api/indicators/setup.ts';
import { EmptyNotice, ErrorNotice, PageLoading } from '../query-state.tsx';

export function ReviewQueue({ year }: { year: number | undefined }) {
  const { t, i18n } = useTranslation();
  const queue = useQueue(year, true);
  if (queue.error) return <ErrorNotice error={queue.error} />;
  if (!queue.data) return <PageLoading />;
  return (
    <section data-test="ind-queue">
      <p className="muted">{t('indSetup.queue.intro')}</p>
      {queue.data.length === 0 ? (
        <EmptyNotice text={t('indSetup.queue.empty')} />
      ) : (
        <Table<QueueRow>
          rowKey={(r) => r.unit.id}
          dataSource={queue.data}
          size="small"
          pagination={{ pageSize: 25, hideOnSinglePage: true }}
          scroll={{ x: true }}
          data-test="ind-queue-table"
          columns={[
            {
              title: t('ind.reports.unit'),
              key: 'unit',
              render: (_, r) => (
                <Link
                  to={`/indicators/reports/${r.report.year}/${r.unit.id}`}
                  data-test={`ind-queue-link-${r.unit.id}`}
                >
                  {r.unit.name}
                </Link>
              ),
            },
            {
              title: t('ind.reports.area'),
              key: 'area',
              render: (_, r) => <span className="ind-nowrap">{r.unit.areaName}</span>,
            },
            {
              title: t('indSetup.queue.step'),
              key: 'step',
              render: (_, r) => (
                <span data-test={`ind-queue-step-${r.unit.id}`}>{t(`indSetup.queue.steps.${r.step}`)}</span>
              ),
            },
            { title: t('indSetup.queue.days'), key: 'days', align: 'right', render: (_, r) => r.days },
            {
              title: t('indSetup.queue.submittedAt'),
              key: 'at',
              render: (_, r) =>
                r.report.submittedAt ? new Date(r.report.submittedAt).toLocaleDateString(i18n.language) : '—',
            },
          ]}
        />
      )}
    </section>
  );
}
