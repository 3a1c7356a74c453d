// Statistics overview: a map of Panjin's areas coloured by a chosen figure, the zones beside it, values by area
// with last year and population, bars, and completeness and timeliness of filing.
import { Card, Table } from 'antd';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompleteness, useFigures } from '../../api/indicators/analysis.ts';
import { useForm } from '../../api/indicators/forms.ts';
import type { AreaFigure, Completeness } from '../../api/indicators/types.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { FiledLine } from '../../components/indicators/filed-line.tsx';
import { formatNumber, IndTabs } from '../../components/indicators/ind-tabs.tsx';
import { NoForm } from '../../components/indicators/no-form.tsx';
import { StageNote, StageSelect, stageParam } from '../../components/indicators/stage-select.tsx';
import { YearField } from '../../components/indicators/year-field.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { EmptyNotice, ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { usePhoneScreen } from '../../hooks/use-small-screen.ts';
import { useIndYear } from './use-year.ts';
import './indicators.css';

// ECharts comes with the map and the bars, after the figures' text and table
const AreaMap = lazy(() =>
  import('../../components/indicators/area-map.tsx').then((m) => ({ default: m.AreaMap })),
);
const AreaBars = lazy(() =>
  import('../../components/indicators/bar-chart.tsx').then((m) => ({ default: m.AreaBars })),
);

type Row = Completeness['byDeptType'][number] & { name?: string };

export default function IndicatorsOverviewScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('ind.pageTitle'));
  const { year, years, noForm, params, set } = useIndYear(['figure', 'stage']);
  const figureCode = params.figure ?? 'C_SPECIAL_PER_CAPITA';
  const form = useForm(year);
  const stage = stageParam(params.stage);
  const figures = useFigures(year, figureCode, stage);
  const completeness = useCompleteness(year, stage);
  const fontSize = usePhoneScreen() ? 16 : 15;
  const en = i18n.language === 'en';
  const name = (x: { zh: string; en: string }) => (en ? x.en : x.zh);
  const fmt = useCallback((v: number | null) => formatNumber(i18n.language, v), [i18n.language]);
  const data = figures.data;
  // the areas one level down (a city's districts, a province's cities), not its zones or its own direct units
  const districts = useMemo(() => data?.areas.filter((a) => a.level !== 'zone' && !a.direct) ?? [], [data]);
  const zones = data?.areas.filter((a) => a.level === 'zone') ?? [];
  const mapData = useMemo(() => districts.map((a) => ({ name: a.name, value: a.value })), [districts]);
  const figureName = data
    ? `${name(data.figure)}${data.figure.unit ? t('common.inParens', { text: data.figure.unit }) : ''}`
    : '';
  const areaName = (a: AreaFigure) => (a.direct ? t('ind.direct') : a.name);

  const figureOptions = form.data
    ? [
        ...form.data.computed
          .filter((c) => !c.retired)
          .map((c) => ({
            value: c.code,
            label: `${t('ind.computedGroup')} · ${name(c)}`,
          })),
        ...form.data.items
          .filter((i) => !i.retired && i.valueType !== 'text')
          .map((i) => ({ value: i.code, label: `${i.code} ${name(i)}` })),
      ]
    : [];

  return (
    <div className="page page-wide" data-test="ind-overview">
      <h1>{t('ind.heading')}</h1>
      <p className="muted">{t('ind.intro')}</p>
      <IndTabs />
      {noForm ? <NoForm /> : null}
      {noForm ? null : (
        <>
          <search className="ind-filters" aria-label={t('ind.figure')}>
            <YearField value={year} years={years} onChange={(v) => set('year', v)} />
            <label className="ind-figure-field">
              {t('ind.figure')}
              <NativeSelect
                value={figureCode}
                onChange={(v) => set('figure', v)}
                options={figureOptions}
                data-test="ind-figure"
                aria-label={t('ind.figure')}
              />
            </label>
            <StageSelect value={stage} onChange={(v) => set('stage', v)} />
          </search>
          {data && <StageNote stage={data.stage} />}
          {figures.error ? (
            <ErrorNotice error={figures.error} />
          ) : !data ? (
            <PageLoading />
          ) : (
            <>
              <div className="ind-map-layout">
                <Card>
                  <h2 className="card-heading">{figureName}</h2>
                  <FiledLine year={data.year} stage={stage} />
                  <Suspense fallback={<div className="ind-map" />}>
                    <AreaMap
                      area={data.root}
                      data={mapData}
                      label={t('ind.mapLabel', { area: data.root.name, figure: figureName, year: data.year })}
                      fontSize={fontSize}
                      format={fmt}
                    />
                  </Suspense>
                </Card>
                <Card data-test="ind-zones">
                  <p className="muted">{t('ind.cityTotal')}</p>
                  <p className="ind-total" data-test="ind-city-total">
                    {fmt(data.root.value)}
                  </p>
                  {data.root.yoy !== null && (
                    <p className="muted">
                      {t('ind.yoy')}
                      {t('common.colon')}
                      {formatNumber(i18n.language, data.root.yoy, 1)}%
                    </p>
                  )}
                  {data.figure.kind === 'computed' && data.figure.formula && (
                    <p className="muted" data-test="ind-formula">
                      {t('ind.formula')}
                      {t('common.colon')}({data.figure.formula.numerator}) ÷ (
                      {data.figure.formula.denominator}) × {data.figure.formula.factor}
                    </p>
                  )}
                  <h3>{t('ind.zones')}</h3>
                  <ul className="ind-zone-list">
                    {[...zones, ...data.areas.filter((a) => a.direct)].map((z) => (
                      <li key={z.code} data-test={`ind-zone-${z.code}`}>
                        <span>{areaName(z)}</span>
                        <span className="ind-zone-value">{fmt(z.value)}</span>
                      </li>
                    ))}
                  </ul>
                </Card>
              </div>
              <section className="ind-section">
                <h2>{t('ind.byArea')}</h2>
                <FiledLine year={data.year} stage={stage} />
                <Table<AreaFigure>
                  rowKey="code"
                  size="middle"
                  pagination={false}
                  scroll={{ x: true }}
                  dataSource={data.areas}
                  data-test="ind-area-table"
                  columns={[
                    {
                      title: t('ind.areaCol'),
                      key: 'name',
                      render: (_, a) => <span className="ind-nowrap">{areaName(a)}</span>,
                    },
                    {
                      title: `${t('ind.valueCol')} ${data.year}`,
                      key: 'value',
                      className: 'ind-num',
                      render: (_, a) => <span data-test={`ind-value-${a.code}`}>{fmt(a.value)}</span>,
                    },
                    {
                      title: `${t('ind.previousCol')} ${data.previousYear ?? ''}`,
                      key: 'prev',
                      className: 'ind-num',
                      render: (_, a) => fmt(a.previous),
                    },
                    {
                      title: t('ind.yoy'),
                      key: 'yoy',
                      className: 'ind-num',
                      render: (_, a) => (a.yoy === null ? '—' : `${formatNumber(i18n.language, a.yoy, 1)}%`),
                    },
                    {
                      title: t('ind.population'),
                      key: 'pop',
                      render: (_, a) =>
                        a.population ? (
                          <span title={a.population.source}>
                            {fmt(a.population.population)}
                            {t('common.inParens', { text: a.population.year })}{' '}
                            <DemoTag demo={a.population.demoEstimate} />
                          </span>
                        ) : (
                          '—'
                        ),
                    },
                  ]}
                />
                {data.figure.kind === 'computed' && data.areas.some((a) => !a.population && !a.direct) && (
                  <p className="muted">{t('ind.populationMissing')}</p>
                )}
              </section>
              <section className="ind-section">
                <Suspense
                  fallback={
                    <div
                      className="ind-bars"
                      style={{ height: Math.max(220, data.areas.length * 44 + 60) }}
                    />
                  }
                >
                  <AreaBars
                    rows={data.areas.map((a) => ({
                      name: areaName(a),
                      value: a.value,
                      previous: a.previous,
                    }))}
                    label={t('ind.barLabel', { figure: figureName })}
                    names={{ current: String(data.year), previous: String(data.previousYear ?? '') }}
                    fontSize={fontSize}
                  />
                </Suspense>
              </section>
            </>
          )}
          <section className="ind-section" data-test="ind-completeness">
            <h2>{t('ind.completeness.heading')}</h2>
            {completeness.data ? (
              completeness.data.byArea.length === 0 ? (
                <EmptyNotice text={t('ind.reports.empty')} />
              ) : (
                <div className="split-layout">
                  {(['byArea', 'byDeptType'] as const).map((k) => (
                    <Table<Row>
                      key={k}
                      rowKey="key"
                      size="small"
                      pagination={false}
                      scroll={{ x: true }}
                      dataSource={completeness.data[k]}
                      columns={[
                        {
                          title: k === 'byArea' ? t('ind.completeness.area') : t('ind.completeness.dept'),
                          key: 'key',
                          render: (_, r: Row) => (
                            <span className="ind-nowrap">
                              {k === 'byArea'
                                ? r.key === completeness.data?.root.code
                                  ? t('ind.direct')
                                  : r.name
                                : t(`ind.dept.${r.key}`, { defaultValue: r.key })}
                            </span>
                          ),
                        },
                        {
                          title: t('ind.completeness.expected'),
                          dataIndex: 'expected',
                          className: 'ind-num',
                        },
                        {
                          title: t('ind.completeness.submitted'),
                          key: 's',
                          className: 'ind-num',
                          render: (_, r) =>
                            `${r.submitted}${t('common.inParens', { text: `${formatNumber(i18n.language, r.completeness, 0)}%` })}`,
                        },
                        {
                          title: t('ind.completeness.onTime'),
                          key: 'o',
                          className: 'ind-num',
                          render: (_, r) =>
                            `${r.onTime}${t('common.inParens', { text: `${formatNumber(i18n.language, r.timeliness, 0)}%` })}`,
                        },
                      ]}
                    />
                  ))}
                </div>
              )
            ) : completeness.error ? (
              <ErrorNotice error={completeness.error} />
            ) : (
              <PageLoading />
            )}
          </section>
        </>
      )}
    </div>
  );
}
