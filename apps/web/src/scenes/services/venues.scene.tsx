// The venue registry for staff: every venue with its level, area, accreditation status and whether it takes group
// bookings; the office registers new ones below.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbilities } from '../../api/core/session.ts';
import { useVenues } from '../../api/services/venues.ts';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { VenueResultsPublish } from '../../components/services/venue-assessment.tsx';
import { VenueForm } from '../../components/services/venue-form.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';

export default function VenuesScene() {
  const { t } = useTranslation();
  usePageTitle(t('services.venues.heading'));
  const abilities = useAbilities();
  const venues = useVenues();
  if (venues.error) return <ErrorNotice error={venues.error} />;
  if (!venues.data) return <PageLoading />;
  return (
    <div className="page page-wide svc" data-test="venues-page">
      <h1>{t('services.venues.heading')}</h1>
      <p className="muted">
        {t('services.venues.intro')} <a href="/portal/venues">{t('services.venues.publicPage')}</a>
      </p>
      {venues.data.length === 0 ? (
        <p className="muted">{t('services.venues.empty')}</p>
      ) : (
        <div className="svc-scroll">
          <table className="svc-table svc-text" data-test="venues-table">
            <thead>
              <tr>
                <th scope="col">{t('services.venues.name')}</th>
                <th scope="col">{t('services.venues.level')}</th>
                <th scope="col">{t('services.venues.category')}</th>
                <th scope="col">{t('services.venues.area')}</th>
                <th scope="col">{t('services.venues.status')}</th>
                <th scope="col">{t('services.venues.bookable')}</th>
                <th scope="col">{t('services.venues.validUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {venues.data.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <Link to={`/services/venues/${v.id}`}>{v.name}</Link>
                  </th>
                  <td>{t(`services.venues.levels.${v.level}`)}</td>
                  <td>{t(`services.venues.categories.${v.category}`)}</td>
                  <td>{v.areaName}</td>
                  <td>{t(`services.venues.statuses.${v.status}`)}</td>
                  <td>{v.bookable ? t('services.venues.yes') : t('services.venues.no')}</td>
                  <td>{v.validUntil ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {abilities['svc.venues'] && <VenueResultsPublish year={new Date().getFullYear() - 1} />}
      {abilities['svc.venues'] && <VenueForm />}
    </div>
  );
}
