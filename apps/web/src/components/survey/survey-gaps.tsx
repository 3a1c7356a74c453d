// The analyst's comparisons: change since the city's last survey estimate, the urban–rural gap and the range between
// districts, each a difference in percentage points with its standard error, interval and two-sided p.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyAnalysisView } from '../../api/survey/survey.ts';

interface Row {
  key: string;
  label: string;
  difference: number;
  se: number;
  ci: [number, number];
  p: number;
}

export function SurveyGaps({ view, counties }: { view: SurveyAnalysisView; counties: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const pp = (x: number) =>
    t('survey.gaps.points', {
      value: (x * 100).toLocaleString(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
    });
  const { urbanRural, districtRange } = view.estimates.gaps;
  const rows: Row[] = [
    ...(view.change
      ? [
          {
            key: 'change',
            label: t('survey.gaps.change', { year: view.change.previousYear }),
            ...view.change,
          },
        ]
      : []),
    { key: 'urbanRural', label: t('survey.gaps.urbanRural'), ...urbanRural },
    {
      key: 'districts',
      label: t('survey.gaps.districts', {
        high: counties.get(districtRange.minuend) ?? districtRange.minuend,
        low: counties.get(districtRange.subtrahend) ?? districtRange.subtrahend,
      }),
      ...districtRange,
    },
  ];
  const level = Math.round(view.estimates.level * 100);
  return (
    <section className="survey-section" aria-labelledby="survey-gaps">
      <h3 id="survey-gaps">{t('survey.gaps.heading')}</h3>
      {!view.change && <p className="muted">{t('survey.gaps.noPrevious')}</p>}
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        data-test="analysis-gaps"
        columns={[
          { title: t('survey.gaps.what'), dataIndex: 'label' },
          // no horizontal scrolling (a scrolling region needs the keyboard): the SE goes with the difference
          {
            title: t('survey.gaps.difference'),
            align: 'right',
            render: (_, r) => t('survey.gaps.withSe', { value: pp(r.difference), se: pp(r.se) }),
          },
          {
            title: t('survey.gaps.interval', { level }),
            align: 'right',
            render: (_, r) => `${pp(r.ci[0])} – ${pp(r.ci[1])}`,
          },
          {
            title: t('survey.gaps.p'),
            align: 'right',
            render: (_, r) =>
              `${r.p < 0.001 ? '< 0.001' : r.p.toFixed(3)} ${r.p < 1 - view.estimates.level ? t('survey.gaps.significant') : t('survey.gaps.notSignificant')}`,
          },
        ]}
      />
    </section>
  );
}
