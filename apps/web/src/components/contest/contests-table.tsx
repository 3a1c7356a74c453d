// Contests in a table: title (示例 on the demo's), mode, window, eligibility, attempts, items per paper and whether
// it is open now; each opens its page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contest } from '../../api/contest/contest.ts';
import { usePaged } from '../list-pager.tsx';
import { EmptyNotice } from '../query-state.tsx';
import { cityTime } from './codes.ts';

export function ContestsTable({ contests }: { contests: Contest[] }) {
  const { t } = useTranslation();
  const { rows, pager } = usePaged(contests, 20, t('contest.contests.heading'));
  if (!contests.length) return <EmptyNotice text={t('contest.contests.empty')} />;
  const now = new Date().toISOString();
  return (
    <>
      <div className="svc-scroll">
        <table className="svc-table svc-text" data-test="ct-contests">
          <thead>
            <tr>
              <th scope="col">{t('contest.contests.title')}</th>
              <th scope="col">{t('contest.contests.mode')}</th>
              <th scope="col">{t('contest.contests.window')}</th>
              <th scope="col">{t('contest.contests.groups')}</th>
              <th scope="col">{t('contest.contests.items')}</th>
              <th scope="col">{t('contest.contests.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/contest/${c.id}`} data-test={`ct-contest-${c.id}`}>
                    {c.title}
                  </Link>
                  {c.demo && <span className="svc-demo">{t('contest.demo')}</span>}
                </th>
                <td>{t(`contest.modes.${c.mode}`)}</td>
                <td>
                  {cityTime(c.opensAt)} — {cityTime(c.closesAt)}
                </td>
                <td>{c.targetGroups.map((g) => t(`services.groups.${g}`)).join('、')}</td>
                <td>{c.rules.reduce((n, r) => n + r.count, 0)}</td>
                <td>
                  {t(
                    `contest.contests.statuses.${now < c.opensAt ? 'upcoming' : now < c.closesAt ? 'open' : 'closed'}`,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager}
    </>
  );
}
