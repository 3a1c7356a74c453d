// Players' error reports on one item, newest first; the office marks each resolved once it has dealt with it.
import { useTranslation } from 'react-i18next';
import { type QuizItem, useItemReports, useResolveReport } from '../../api/contest/contest.ts';
import { ErrorNotice, PageLoading } from '../query-state.tsx';

export function ItemReports({ item, canManage }: { item: QuizItem; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const reports = useItemReports(item.id);
  const resolve = useResolveReport();
  if (reports.error) return <ErrorNotice error={reports.error} />;
  if (!reports.data) return <PageLoading />;
  const when = (at: string) =>
    new Date(at).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai', hour12: false });
  return (
    <section aria-labelledby="ct-reports" data-test="ct-reports">
      <h2 id="ct-reports">{t('contest.items.reportsOf', { stem: item.stem })}</h2>
      {reports.data.length === 0 ? (
        <p className="muted">{t('contest.items.noReports')}</p>
      ) : (
        <div className="svc-scroll">
          <table className="svc-table svc-text">
            <thead>
              <tr>
                <th scope="col">{t('contest.items.reportNote')}</th>
                <th scope="col">{t('contest.items.reportAt')}</th>
                <th scope="col">{t('contest.items.resolved')}</th>
              </tr>
            </thead>
            <tbody>
              {reports.data.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.note}</th>
                  <td>{when(r.at)}</td>
                  <td>
                    {r.resolved ? (
                      t('contest.items.resolved')
                    ) : canManage ? (
                      <button
                        type="button"
                        className="svc-button secondary"
                        disabled={resolve.isPending}
                        onClick={() => resolve.mutate({ itemId: item.id, reportId: r.id })}
                        data-test="ct-report-resolve"
                      >
                        {t('contest.items.resolve')}
                      </button>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {resolve.error && <ErrorNotice error={resolve.error} />}
    </section>
  );
}
