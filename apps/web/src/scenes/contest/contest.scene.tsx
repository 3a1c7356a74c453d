// One contest for staff (/contest/<id>): its terms, the results, the live leaderboards, participation by district
// (map and table), the anti-cheat flags to decide, and for the office the form to edit it. Figures refresh every few
// seconds while the page is open.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useContestDetail, useItems } from '../../api/contest/contest.ts';
import { useAbilities } from '../../api/core/session.ts';
import { cityTime } from '../../components/contest/codes.ts';
import { ContestForm } from '../../components/contest/contest-form.tsx';
import { FlagsSection } from '../../components/contest/flags-section.tsx';
import { Leaderboards } from '../../components/contest/leaderboards.tsx';
import { ResultsPanel } from '../../components/contest/results-panel.tsx';
import { TeamsSection } from '../../components/contest/teams-section.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/contest/contest.css';

export default function ContestScene() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const canManage = useAbilities()['contest.manage'];
  const detail = useContestDetail(id);
  const items = useItems({ review: 'approved' });
  usePageTitle(detail.data?.contest.title ?? t('contest.heading'));
  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!detail.data) return <PageLoading />;
  const d = detail.data;
  const c = d.contest;
  const topics = [...new Set((items.data ?? []).map((i) => i.topic))].sort();
  return (
    <div className="page page-wide svc" data-test="ct-contest-page">
      <p>
        <Link to="/contest">{t('contest.heading')}</Link>
      </p>
      <h1>
        {c.title}
        {c.demo && <span className="svc-demo">{t('contest.demo')}</span>}
      </h1>
      <p className="muted" data-test="ct-facts">
        {t('contest.detail.facts', {
          mode: t(`contest.modes.${c.mode}`),
          from: cityTime(c.opensAt),
          to: cityTime(c.closesAt),
          area: d.areaName,
          groups: c.targetGroups.map((g) => t(`services.groups.${g}`)).join('、'),
        })}
        {' · '}
        {c.timeLimit !== null && `${t('contest.detail.limit', { seconds: c.timeLimit })} · `}
        {t('contest.detail.cap', { cap: c.attemptCap })} ·{' '}
        <a href={`/e/q/${c.id}`}>{t('contest.publicPage')}</a>
      </p>
      <ResultsPanel d={d} />
      <Leaderboards id={id} teams={c.teamMode} />
      {c.teamMode && <TeamsSection id={id} canManage={canManage} />}
      <FlagsSection flags={d.flags} canManage={canManage} />
      {canManage && (
        <details className="svc-details">
          <summary data-test="ct-contest-edit">{t('contest.contests.editing')}</summary>
          <ContestForm key={c.id} contest={c} topics={topics} />
        </details>
      )}
    </div>
  );
}
