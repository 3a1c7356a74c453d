// The contests for staff (/contest): every contest with its mode, window, eligibility and state, a link to the item
// bank and the players' page, and the office's form for a new contest.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useContests, useItems } from '../../api/contest/contest.ts';
import { useAbilities } from '../../api/core/session.ts';
import { ContestForm } from '../../components/contest/contest-form.tsx';
import { ContestsTable } from '../../components/contest/contests-table.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/contest/contest.css';

export default function ContestsScene() {
  const { t } = useTranslation();
  usePageTitle(t('contest.heading'));
  const canManage = useAbilities()['contest.manage'];
  const contests = useContests();
  const items = useItems({ review: 'approved' });
  if (contests.error) return <ErrorNotice error={contests.error} />;
  if (!contests.data) return <PageLoading />;
  const topics = [...new Set((items.data ?? []).map((i) => i.topic))].sort();
  return (
    <div className="page page-wide svc" data-test="ct-home">
      <h1>{t('contest.heading')}</h1>
      <p className="muted">
        {t('contest.intro')} <Link to="/contest/items">{t('contest.items.nav')}</Link> ·{' '}
        <a href="/e/q">{t('contest.publicPage')}</a>
      </p>
      <section aria-labelledby="ct-contests">
        <h2 id="ct-contests">{t('contest.contests.heading')}</h2>
        <ContestsTable contests={contests.data} />
      </section>
      {canManage && (
        <section aria-label={t('contest.contests.create')}>
          <ContestForm topics={topics} />
        </section>
      )}
    </div>
  );
}
