// Literacy values (per year, area and group) with their source; the office enters survey estimates or published figures.
import { useTranslation } from 'react-i18next';
import { useAreas } from '../../api/core/areas.ts';
import { useSession } from '../../api/core/session.ts';
import { useKpi } from '../../api/indicators/targets.ts';
import { areaOptions } from '../../components/area-options.ts';
import { KpiForm } from '../../components/indicators/entry/kpi-form.tsx';
import { KpiTable } from '../../components/indicators/entry/kpi-table.tsx';
import { IndTabs } from '../../components/indicators/ind-tabs.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/indicators/entry/ind-data.css';
import './indicators.css';

export default function IndicatorLiteracyScene() {
  const { t } = useTranslation();
  usePageTitle(t('indData.literacy.heading'));
  const kpi = useKpi();
  const areas = useAreas();
  const office = useSession().data?.user?.role === 'office';
  if (kpi.error) return <ErrorNotice error={kpi.error} />;
  if (!kpi.data) return <PageLoading />;
  return (
    <div className="page page-wide" data-test="ind-literacy">
      <h1>{t('indData.literacy.heading')}</h1>
      <p className="muted">{t('indData.literacy.intro')}</p>
      <IndTabs />
      {office ? (
        areas.data && <KpiForm areas={areaOptions(areas.data)} />
      ) : (
        <p className="muted" data-test="ind-read-only">
          {t('indData.readOnly')}
        </p>
      )}
      <section className="ind-section" data-test="ind-kpi">
        <h2>{t('ind.targets.kpi')}</h2>
        <KpiTable values={kpi.data} removable={office} />
      </section>
    </div>
  );
}
