// Literacy values with their source (survey estimate with SE, interval and instrument, or a published citation).
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiValue } from '../../../scenes/indicators/ind-api.ts';
import { formatNumber } from '../ind-tabs.tsx';

export function KpiTable({ values }: { values: KpiValue[] }) {
  const { t, i18n } = useTranslation();
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
          render: (_, r) =>
            `${r.areaName}${r.option ? ` · ${t(`ind.targets.options.${r.option}`, { defaultValue: r.option })}` : ''}`,
        },
        {
          title: t('ind.valueCol'),
          key: 'v',
          className: 'ind-num',
          render: (_, r) => `${formatNumber(i18n.language, r.value)}%`,
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
      ]}
    />
  );
}
