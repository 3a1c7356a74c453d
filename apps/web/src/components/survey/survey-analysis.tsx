// The analyst's part of a survey page: import responses (CSV, all or nothing), download the scored respondents; once
// fieldwork has closed, the run's estimates (city and domains, interval, design effect, cells suppressed by the rule),
// the weighting report, the analysis file and publishing.
import type { LiteracyEstimates } from '@kepu/domain/survey';
import { Button, Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client.ts';
import { type SurveyView, useAnalysis, useImportResponses, usePublish } from '../../api/survey/survey.ts';
import { useMessage } from '../app-message.tsx';
import { FileButton } from '../file-button.tsx';
import { ErrorNotice, PageLoading } from '../query-state.tsx';
import { SurveyGaps } from './survey-gaps.tsx';

type Cell = LiteracyEstimates['overall'];

export function SurveyAnalysis({ survey, counties }: { survey: SurveyView; counties: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const closed = survey.status === 'closed' || survey.status === 'published';
  const analysis = useAnalysis(survey.id, closed);
  const importing = useImportResponses(survey.id);
  const publish = usePublish(survey.id);
  const message = useMessage();
  const pct = (x: number | null | undefined) =>
    x === null || x === undefined
      ? '—'
      : x.toLocaleString(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const pick = (file: File) =>
    importing.mutate(file, {
      onSuccess: (r) => message.success(t('survey.analysis.imported', { rows: r.rows })),
    });
  const level = (c: Cell) =>
    c.variable === 'district'
      ? (counties.get(c.level ?? '') ?? c.level)
      : t(`survey.analysis.levels.${c.variable}.${c.level}`, { defaultValue: c.level ?? '' });
  return (
    <section className="survey-section" aria-labelledby="survey-analysis">
      <h2 id="survey-analysis">{t('survey.analysis.heading')}</h2>
      {importing.error && <ErrorNotice error={importing.error} testId="responses-import-error" />}
      {publish.error && <ErrorNotice error={publish.error} testId="publish-error" />}
      <div className="survey-actions">
        {(survey.status === 'fieldwork' || survey.status === 'closed') && (
          <FileButton
            label={t('survey.analysis.import')}
            accept=".csv,text/csv,.xlsx"
            onFile={pick}
            testId="responses-import"
          />
        )}
        <a href={apiUrl(`/survey/surveys/${survey.id}/respondents.csv`)} download>
          {t('survey.analysis.scored')}
        </a>
        {closed && (
          <a href={apiUrl(`/survey/surveys/${survey.id}/analysis.csv`)} download>
            {t('survey.analysis.file')}
          </a>
        )}
      </div>
      {closed && analysis.error && <ErrorNotice error={analysis.error} testId="analysis-error" />}
      {closed && !analysis.data && !analysis.error && <PageLoading />}
      {closed && analysis.data && (
        <>
          <Descriptions
            size="small"
            bordered
            column={1}
            className="survey-section"
            data-test="analysis-overall"
            items={[
              {
                key: 'e',
                label: t('survey.analysis.estimate'),
                children: pct(analysis.data.estimates.overall.estimate),
              },
              {
                key: 'c',
                label: t('survey.analysis.interval', {
                  level: Math.round(analysis.data.estimates.level * 100),
                }),
                children: analysis.data.estimates.overall.ci
                  ? `${pct(analysis.data.estimates.overall.ci[0])} – ${pct(analysis.data.estimates.overall.ci[1])}`
                  : '—',
              },
              { key: 'n', label: t('survey.analysis.n'), children: analysis.data.n },
              {
                key: 'd',
                label: t('survey.analysis.deff'),
                children: analysis.data.estimates.overall.deff?.toFixed(2) ?? '—',
              },
              {
                key: 'w',
                label: t('survey.analysis.weights'),
                children: t('survey.analysis.weightRange', {
                  min: analysis.data.weighting.min.toFixed(1),
                  max: analysis.data.weighting.max.toFixed(1),
                  deff: analysis.data.weighting.kishDeff.toFixed(2),
                }),
              },
            ]}
          />
          <p className="muted">
            {t('survey.analysis.rule', {
              n: analysis.data.estimates.rule.minN,
              cv: Math.round(analysis.data.estimates.rule.maxCv * 100),
            })}
          </p>
          <SurveyGaps view={analysis.data} counties={counties} />
          <Table<Cell>
            className="survey-section"
            rowKey={(c) => `${c.variable}-${c.level}`}
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={analysis.data.estimates.domains}
            data-test="analysis-domains"
            columns={[
              {
                title: t('survey.analysis.domain'),
                key: 'v',
                render: (_, c) => t(`survey.analysis.variables.${c.variable}`),
              },
              { title: t('survey.analysis.level'), key: 'l', render: (_, c) => level(c) },
              { title: t('survey.analysis.n'), dataIndex: 'n', className: 'survey-num' },
              {
                title: t('survey.analysis.estimate'),
                key: 'e',
                className: 'survey-num',
                render: (_, c) => pct(c.estimate),
              },
              {
                title: t('survey.analysis.intervalShort'),
                key: 'c',
                render: (_, c) => (c.ci ? `${pct(c.ci[0])} – ${pct(c.ci[1])}` : '—'),
              },
              {
                title: '',
                key: 's',
                render: (_, c) =>
                  c.status === 'ok' ? null : (
                    <Tag color={c.status === 'suppressed' ? 'default' : 'gold'}>
                      {t(`survey.analysis.status.${c.status}`)}
                    </Tag>
                  ),
              },
            ]}
          />
          {survey.status === 'closed' && (
            <Button
              type="primary"
              className="survey-section"
              loading={publish.isPending}
              onClick={() =>
                publish.mutate(undefined, {
                  onSuccess: () => message.success(t('survey.analysis.published')),
                })
              }
              data-test="survey-publish"
            >
              {t('survey.detail.publish')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
