// Area populations by year with their source: everyone reads; the office (or a district within its area) enters a
// year's figure with its source. Seeded stand-ins are marked as demo estimates.
import { Alert, Button, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAreas } from '../../api/core/areas.ts';
import { useAbilities } from '../../api/core/session.ts';
import { type PopulationRow, usePopulations } from '../../api/indicators/data.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import {
  areaLineage,
  editableAreaOptions,
  mayEditArea,
} from '../../components/indicators/entry/area-access.ts';
import { PopulationForm } from '../../components/indicators/entry/population-form.tsx';
import { formatNumber, IndTabs } from '../../components/indicators/ind-tabs.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { usePhoneScreen } from '../../hooks/use-small-screen.ts';
import '../../components/indicators/entry/ind-data.css';
import './indicators.css';

export default function IndicatorPopulationsScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('indData.populations.heading'));
  const list = usePopulations();
  const areas = useAreas();
  const abilities = useAbilities();
  const phone = usePhoneScreen();
  const [editing, setEditing] = useState<{
    areaCode: string;
    year: number;
    population: number;
    source: string;
  } | null>(null);
  const tree = areas.data ?? [];
  const editable = useMemo(() => editableAreaOptions(tree, abilities), [tree, abilities]);
  const lineage = useMemo(() => areaLineage(tree), [tree]);
  if (list.error) return <ErrorNotice error={list.error} />;
  if (!list.data) return <PageLoading />;
  const demo = list.data.some((p) => p.demoEstimate);
  const source = (r: PopulationRow) => (
    <div className="ind-data-source">
      <DemoTag demo={r.demoEstimate} testId="ind-pop-demo" />
      {r.source}
    </div>
  );
  return (
    <div className="page page-wide" data-test="ind-populations">
      <h1>{t('indData.populations.heading')}</h1>
      <p className="muted">{t('indData.populations.intro')}</p>
      <IndTabs />
      {demo && (
        <Alert type="warning" showIcon className="ind-lock" title={t('indData.populations.demoNote')} />
      )}
      {editable.length > 0 ? (
        <PopulationForm areas={editable} editing={editing} />
      ) : (
        <p className="muted" data-test="ind-read-only">
          {t('indData.readOnly')}
        </p>
      )}
      <Table<PopulationRow>
        className="ind-section"
        rowKey={(r) => `${r.area_code}-${r.year}`}
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={list.data}
        locale={{ emptyText: t('indData.populations.empty') }}
        aria-label={t('indData.populations.tableLabel')}
        data-test="ind-pop-table"
        onRow={(r) => ({ 'data-test': `ind-pop-row-${r.area_code}-${r.year}` }) as object}
        columns={[
          ...(phone
            ? [
                {
                  title: t('indData.populations.tableLabel'),
                  key: 'all',
                  render: (_: unknown, r: PopulationRow) => (
                    <>
                      <div className="ind-data-phone-head">
                        <span>{`${r.name} · ${r.year}`}</span>
                        <strong>{formatNumber(i18n.language, r.population)}</strong>
                      </div>
                      {source(r)}
                    </>
                  ),
                },
              ]
            : [
                {
                  title: t('indData.area'),
                  key: 'a',
                  render: (_: unknown, r: PopulationRow) => <span className="ind-nowrap">{r.name}</span>,
                },
                { title: t('indData.year'), dataIndex: 'year' },
                {
                  title: t('indData.populations.population'),
                  key: 'p',
                  className: 'ind-num',
                  render: (_: unknown, r: PopulationRow) => formatNumber(i18n.language, r.population),
                },
                {
                  title: t('indData.populations.source'),
                  key: 's',
                  render: (_: unknown, r: PopulationRow) => source(r),
                },
              ]),
          ...(editable.length
            ? [
                {
                  title: '',
                  key: 'e',
                  render: (_: unknown, r: PopulationRow) =>
                    mayEditArea(abilities, lineage, r.area_code) ? (
                      <Button
                        aria-label={t('indData.populations.editing', { area: r.name, year: r.year })}
                        onClick={() => {
                          setEditing({
                            areaCode: r.area_code,
                            year: r.year,
                            population: r.population,
                            source: r.source,
                          });
                          window.scrollTo({ top: 0 });
                        }}
                        data-test={`ind-pop-edit-${r.area_code}-${r.year}`}
                      >
                        {t('indData.populations.edit')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
