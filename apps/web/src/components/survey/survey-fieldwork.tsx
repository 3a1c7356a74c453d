// Fieldwork progress for the analyst and the office: invited, started, completed and the response rate by district,
// and completes by target group, each against the office's quota (the share of it reached).
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { type FieldworkView, useFieldwork } from '../../api/survey/survey.ts';
import { ErrorNotice, PageLoading } from '../query-state.tsx';

type Row = FieldworkView['districts'][number];

export function SurveyFieldwork({ surveyId, counties }: { surveyId: number; counties: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const fw = useFieldwork(surveyId, true);
  if (fw.error) return <ErrorNotice error={fw.error} />;
  if (!fw.data) return <PageLoading />;
  const pct = (x: number | null) =>
    x === null ? '—' : x.toLocaleString(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const quotaColumns = <R extends { quota: number | null; reached: number | null }>() => [
    {
      title: t('survey.fieldwork.quota'),
      key: 'q',
      className: 'survey-num',
      render: (_: unknown, r: R) => r.quota ?? '—',
    },
    {
      title: t('survey.fieldwork.reached'),
      key: 'p',
      className: 'survey-num',
      render: (_: unknown, r: R) => pct(r.reached),
    },
  ];
  const rows: Row[] = [...fw.data.districts, { district: 'total', ...fw.data.total }];
  return (
    <section className="survey-section" aria-labelledby="survey-fieldwork">
      <h2 id="survey-fieldwork">{t('survey.fieldwork.heading')}</h2>
      <Table<Row>
        rowKey="district"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        data-test="fieldwork-table"
        onRow={(r) => ({ 'data-test': `fieldwork-${r.district}` }) as object}
        columns={[
          {
            title: t('survey.fieldwork.district'),
            key: 'd',
            render: (_, r) =>
              r.district === 'total' ? (
                <strong>{t('survey.fieldwork.total')}</strong>
              ) : (
                (counties.get(r.district) ?? r.district)
              ),
          },
          { title: t('survey.fieldwork.invited'), dataIndex: 'invited', className: 'survey-num' },
          { title: t('survey.fieldwork.started'), dataIndex: 'started', className: 'survey-num' },
          { title: t('survey.fieldwork.completed'), dataIndex: 'completed', className: 'survey-num' },
          {
            title: t('survey.fieldwork.rate'),
            key: 'r',
            className: 'survey-num',
            render: (_, r) => pct(r.rate),
          },
          ...quotaColumns<Row>(),
        ]}
      />
      {fw.data.groups.length > 0 && (
        <Table
          className="survey-subtable"
          rowKey="targetGroup"
          size="small"
          pagination={false}
          dataSource={fw.data.groups}
          data-test="fieldwork-groups"
          onRow={(g) => ({ 'data-test': `fieldwork-group-${g.targetGroup}` }) as object}
          columns={[
            {
              title: t('survey.fieldwork.group'),
              key: 'g',
              render: (_, g) =>
                t(`survey.fieldwork.groups.${g.targetGroup}`, { defaultValue: g.targetGroup }),
            },
            { title: t('survey.fieldwork.completed'), dataIndex: 'completed', className: 'survey-num' },
            {
              title: t('survey.fieldwork.share'),
              key: 's',
              className: 'survey-num',
              render: (_, g) => pct(g.share),
            },
            ...quotaColumns<FieldworkView['groups'][number]>(),
          ]}
        />
      )}
    </section>
  );
}
