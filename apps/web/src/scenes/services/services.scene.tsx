// The services home for staff: the ledger's figures by district, the activities in the reader's scope, and the form
// to file an activity (a unit's liaison, a district admin, the office).

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbilities } from '../../api/core/session.ts';
import { useActivities, useCampaigns, useFigures } from '../../api/services/services.ts';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { FiguresTable } from '../../components/services/figures-table.tsx';
import { FileActivityForm } from '../../components/services/file-activity-form.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';

export default function ServicesScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('services.heading'));
  const abilities = useAbilities();
  const [year, setYear] = useState(new Date().getFullYear());
  const figures = useFigures(year);
  const activities = useActivities();
  const campaigns = useCampaigns();
  if (activities.error) return <ErrorNotice error={activities.error} />;
  if (!activities.data) return <PageLoading />;
  const when = (s?: { startsAt: string }) => (s ? new Date(s.startsAt).toLocaleString(i18n.language) : '—');
  return (
    <div className="page page-wide svc" data-test="svc-home">
      <h1>{t('services.heading')}</h1>
      <p className="muted">
        {t('services.intro')} <a href="/e">{t('services.publicPage')}</a>{' '}
        <Link to="/services/venues" data-test="svc-venues-link">
          {t('services.venues.heading')}
        </Link>{' '}
        <Link to="/services/mobile" data-test="svc-mobile-link">
          {t('services.mobile.heading')}
        </Link>
      </p>
      <section aria-labelledby="svc-figures">
        <h2 id="svc-figures">{t('services.figures.heading')}</h2>
        <label className="svc-inline">
          {t('services.figures.year')}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-test="svc-year">
            {[0, 1, 2, 3].map((k) => {
              const y = new Date().getFullYear() + 1 - k;
              return (
                <option key={y} value={y}>
                  {y}
                </option>
              );
            })}
          </select>
        </label>
        {figures.error && <ErrorNotice error={figures.error} />}
        {figures.data && figures.data.total.held === 0 && figures.data.total.participants === 0 && (
          <p className="muted" data-test="svc-figures-empty">
            {t('services.figures.empty', { year })}
          </p>
        )}
        {figures.data && (figures.data.total.held > 0 || figures.data.total.participants > 0) && (
          <FiguresTable districts={figures.data.districts} total={figures.data.total} />
        )}
      </section>
      <section aria-labelledby="svc-campaigns">
        <h2 id="svc-campaigns">{t('services.campaigns.heading')}</h2>
        {campaigns.data?.length === 0 && <p className="muted">{t('services.campaigns.empty')}</p>}
        <ul className="svc-list">
          {campaigns.data?.map((c) => (
            <li key={c.id}>
              <Link to={`/services/campaigns/${c.id}`} data-test={`svc-campaign-${c.id}`}>
                {c.name}
              </Link>{' '}
              · {t('services.campaigns.dates', { from: c.startsOn, to: c.endsOn })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="svc-list">
        <h2 id="svc-list">{t('services.list.heading')}</h2>
        {activities.data.length === 0 ? (
          <p className="muted">{t('services.list.empty')}</p>
        ) : (
          <ul className="svc-list">
            {activities.data.map((a) => (
              <li key={a.id}>
                <Link to={`/services/activities/${a.id}`} data-test={`svc-activity-${a.id}`}>
                  {a.title}
                </Link>{' '}
                <span className="svc-state">{t(`services.states.${a.state}`)}</span> · {a.areaName} ·{' '}
                {when(a.sessions[0])}
                {a.demo && <span className="svc-demo">示例</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {abilities['svc.file'] && <FileActivityForm />}
    </div>
  );
}
