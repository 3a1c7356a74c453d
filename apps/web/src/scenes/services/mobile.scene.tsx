// Mobile units for staff (科普大篷车, 流动科技馆): each unit with what its reported stops add up to, and its stops
// (planned, reported, voided with the reason); those who file plan and report stops, the office registers units and
// voids a stop.
import { stopVisitors } from '@kepu/domain/services';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbilities } from '../../api/core/session.ts';
import { type TourStopRecord, useMobileUnits } from '../../api/services/mobile.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import {
  MobileUnitForm,
  PlanStopForm,
  ReportStopForm,
  VoidStopForm,
} from '../../components/services/mobile-forms.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';

/** today on this device (YYYY-MM-DD); the server refuses a stop reported before it begins by its own clock */
const today = () => new Date().toLocaleDateString('sv-SE');

export default function MobileScene() {
  const { t } = useTranslation();
  usePageTitle(t('services.mobile.heading'));
  const abilities = useAbilities();
  const units = useMobileUnits();
  if (units.error) return <ErrorNotice error={units.error} />;
  if (!units.data) return <PageLoading />;
  const state = (s: TourStopRecord) =>
    s.voidedAt
      ? t('services.mobile.voided', { reason: s.voidReason })
      : s.reportedAt
        ? t('services.mobile.reported')
        : t('services.mobile.planned');
  return (
    <div className="page page-wide svc" data-test="mobile-page">
      <p className="breadcrumb">
        <Link to="/services">{t('services.heading')}</Link>
      </p>
      <h1>{t('services.mobile.heading')}</h1>
      <p className="muted">{t('services.mobile.intro')}</p>
      {units.data.length === 0 && <p className="muted">{t('services.mobile.empty')}</p>}
      {units.data.map((u) => (
        <section key={u.id} aria-labelledby={`mobile-${u.id}`} data-test={`mobile-unit-${u.id}`}>
          <h2 id={`mobile-${u.id}`}>
            {u.name}
            <DemoTag demo={u.demo} />
          </h2>
          <p>
            {t(`services.mobile.kinds.${u.kind}`)} · {u.areaName}
          </p>
          <p data-test={`mobile-totals-${u.id}`}>{t('services.mobile.totals', u.totals)}</p>
          {u.stops.length === 0 ? (
            <p className="muted">{t('services.mobile.noStops')}</p>
          ) : (
            <section
              className="svc-scroll"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable)
              tabIndex={0}
              aria-label={t('services.mobile.stopsOf', { name: u.name })}
            >
              <table className="svc-table svc-text">
                <thead>
                  <tr>
                    <th scope="col">{t('services.mobile.dates')}</th>
                    <th scope="col">{t('services.mobile.site')}</th>
                    <th scope="col">{t('services.mobile.area')}</th>
                    <th scope="col">{t('services.mobile.visitorsCol')}</th>
                    <th scope="col">{t('services.mobile.activities')}</th>
                    <th scope="col">{t('services.mobile.km')}</th>
                    <th scope="col">{t('services.mobile.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {u.stops.map((s) => (
                    <tr key={s.id} data-test={`stop-${s.id}`}>
                      <td>{s.startsOn === s.endsOn ? s.startsOn : `${s.startsOn}—${s.endsOn}`}</td>
                      <th scope="row">{s.site}</th>
                      <td>{s.areaName}</td>
                      <td>{s.reportedAt ? stopVisitors(s) : '—'}</td>
                      <td>{s.activities ?? '—'}</td>
                      <td>{s.km ?? '—'}</td>
                      <td>
                        {state(s)}
                        {!s.reportedAt && !s.voidedAt && s.startsOn <= today() && abilities['svc.file'] && (
                          <ReportStopForm stopId={s.id} />
                        )}
                        {s.reportedAt && !s.voidedAt && abilities['svc.ledger.void'] && (
                          <VoidStopForm stopId={s.id} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {abilities['svc.file'] && <PlanStopForm unitId={u.id} />}
        </section>
      ))}
      {abilities['svc.venues'] && <MobileUnitForm />}
    </div>
  );
}
