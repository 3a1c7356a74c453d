// One opportunity for staff: check volunteers in and out by their code (typed, or from a scanner that types), and
// the sign-ups with their states.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useOpportunity, useScanVolunteer } from '../../api/volunteers/volunteers.ts';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/volunteers/volunteers.css';

export default function OpportunityScene() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const o = useOpportunity(id);
  const scan = useScanVolunteer(id);
  const [code, setCode] = useState('');
  usePageTitle(o.data?.opportunity.title ?? t('volunteers.opportunities.heading'));
  if (o.error) return <ErrorNotice error={o.error} />;
  if (!o.data) return <PageLoading />;
  const { opportunity, signups } = o.data;
  return (
    <div className="page svc" data-test="vol-opportunity">
      <p>
        <Link to="/volunteers">{t('volunteers.opportunities.back')}</Link>
      </p>
      <h1>{opportunity.title}</h1>
      <p className="muted">
        {opportunity.teamName} · {new Date(opportunity.startsAt).toLocaleString(i18n.language)} ·{' '}
        {t('volunteers.opportunities.taken', { taken: opportunity.taken, slots: opportunity.slots })}
      </p>
      <section aria-labelledby="vol-scan">
        <h2 id="vol-scan">{t('volunteers.opportunities.scan')}</h2>
        <p className="muted">{t('volunteers.opportunities.scanHint')}</p>
        <form
          className="vol-form"
          onSubmit={(e) => {
            e.preventDefault();
            scan.mutate(code.trim().toUpperCase(), { onSuccess: () => setCode('') });
          }}
        >
          <label>
            {t('volunteers.opportunities.code')}
            <input
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoComplete="off"
              data-test="vol-scan-code"
            />
          </label>
          <button type="submit" disabled={!code.trim() || scan.isPending} data-test="vol-scan-submit">
            {t('volunteers.opportunities.submit')}
          </button>
        </form>
        {scan.data && (
          <output className="vol-status" data-test="vol-scan-result">
            {scan.data.action === 'in'
              ? t('volunteers.opportunities.checkedIn')
              : t('volunteers.opportunities.checkedOut', { hours: scan.data.hours })}
          </output>
        )}
        {scan.error && <ErrorNotice error={scan.error} />}
      </section>
      <section aria-labelledby="vol-signups">
        <h2 id="vol-signups">{t('volunteers.opportunities.signups')}</h2>
        {!signups.length && <p className="muted">{t('volunteers.none')}</p>}
        <ul className="svc-list" data-test="vol-signups">
          {signups.map((s) => (
            <li key={s.id}>
              {s.volunteerName} · {t(`volunteers.opportunities.states.${s.status}`)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
