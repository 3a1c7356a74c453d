// Share of schools with at least one science counsellor, by area (computed by the server from the registry).
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetsPayload } from '../../../api/indicators/types.ts';
import { formatNumber } from '../ind-tabs.tsx';

type Row = TargetsPayload['counsellorShareByArea'][number];

export function CounsellorShareTable({ rows }: { rows: Row[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<Row>
      rowKey="area"
      size="small"
      pagination={false}
      scroll={{ x: true }}
      dataSource={rows}
      onRow={(r) => ({ 'data-test': `ind-share-${r.area}` }) as object}
      columns={[
        { title: t('ind.areaCol'), dataIndex: 'name' },
        { title: t('ind.targets.schools'), dataIndex: 'schools', className: 'ind-num' },
        { title: t('ind.targets.withCounsellor'), dataIndex: 'withCounsellor', className: 'ind-num' },
        {
          title: t('ind.targets.share'),
          key: 'share',
          className: 'ind-num',
          render: (_, r) => <span data-test="share">{`${formatNumber(i18n.language, r.share, 1)}%`}</span>,
        },
      ]}
    />
  );
}
