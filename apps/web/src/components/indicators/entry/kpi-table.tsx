// Literacy values with their source (survey estimate with SE, interval and instrument, or a published citation);
// `removable` (the office on the literacy-values page) adds a delete button that asks first.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeleteKpi } from '../../../api/indicators/data.ts';
import type { KpiValue } from '../../../api/indicators/types.ts';
import { DemoTag } from '../../demo-tag.tsx';
import { formatNumber } from '../ind-tabs.tsx';
import { DeleteButton } from './delete-button.tsx';

export function KpiTable({ values, removable = false }: { values: KpiValue[]; removable?: boolean }) {
  const { t, i18n } = useTranslation();
  const remove = useDeleteKpi();
  const group = (r: KpiValue) =>
    `${r.areaName}${r.option ? ` · ${t(`ind.targets.options.${r.option}`, { defaultValue: r.option })}` : ''}`;
  return (
    <Table<KpiValue>
      rowKey={(r) => `${r.year}-${r.areaCode}-${r.option}`}
      size="small"
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      dataSource={values}
      onRow={(r) => ({ 'data-test': `ind-kpi-row-${r.year}-${r.areaCode}-${r.option || 'all'}` }) as object}
      columns={[
        { title: t('ind.year'), dataIndex: 'year' },
        {
          title: t('ind.areaCol'),
          key: 'a',
          render: (_, r) => group(r),
        },
        {
          title: t('ind.valueCol'),
          key: 'v',
          className: 'ind-num',
          render: (_, r) => (
            <>
              {`${formatNumber(i18n.language, r.value)}%`} <DemoTag demo={r.demo} />
            </>
          ),
        },
        {
          title: t('ind.targets.source'),
          key: 's',
          render: (_, r) =>
            r.source.kind === 'survey'
              ? t('ind.targets.survey', {
                  se: r.source.se ?? '—',
                  low: r.source.ci?.[0] ?? '—',
                  high: r.source.ci?.[1] ?? '—',
                  instrument: r.source.instrument ?? '',
                })
              : t('ind.targets.published', { citation: r.source.citation ?? '' }),
        },
        ...(removable
          ? [
              {
                title: t('indData.delete.column'),
                key: 'd',
                render: (_: unknown, r: KpiValue) => (
                  <DeleteButton
                    what={`${r.year} ${group(r)} ${formatNumber(i18n.language, r.value)}%`}
                    remove={() => remove.mutateAsync(r.id)}
                    pending={remove.isPending && remove.variables === r.id}
                    testId={`ind-kpi-delete-${r.year}-${r.areaCode}-${r.option || 'all'}`}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
