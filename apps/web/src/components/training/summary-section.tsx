// The year's training per programme (courses, sessions and hours held, trainees, completed, completion rate) with its
// Excel and CSV downloads; an empty year is one sentence.
import { useTranslation } from 'react-i18next';
import { summaryDownload, useSummary } from '../../api/training/training.ts';
import { QueryState } from '../query-state.tsx';

const rate = (r: number | null) => (r === null ? '—' : `${r}%`);

export function SummarySection({ year }: { year: string }) {
  const { t } = useTranslation();
  const summary = useSummary(year);
  return (
    <section aria-labelledby="trn-summary">
      <h2 id="trn-summary">{t('training.summary.heading', { year })}</h2>
      <QueryState query={summary}>
        {(s) =>
          s.total.courses === 0 ? (
            <p data-test="trn-summary-empty">{t('training.summary.empty', { year })}</p>
          ) : (
            <>
              <div className="svc-scroll">
                <table className="svc-table" data-test="trn-summary">
                  <thead>
                    <tr>
                      <th scope="col">{t('training.summary.programme')}</th>
                      <th scope="col">{t('training.summary.courses')}</th>
                      <th scope="col">{t('training.summary.sessions')}</th>
                      <th scope="col">{t('training.summary.hours')}</th>
                      <th scope="col">{t('training.summary.trainees')}</th>
                      <th scope="col">{t('training.summary.completed')}</th>
                      <th scope="col">{t('training.summary.rate')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...s.rows, s.total].map((r) => (
                      <tr key={r.programme} data-test={`trn-summary-${r.programme}`}>
                        <th scope="row">
                          {r.programme === 'total'
                            ? t('training.summary.total')
                            : t(`training.programmes.${r.programme}`)}
                        </th>
                        <td>{r.courses}</td>
                        <td>{r.sessions}</td>
                        <td>{r.hours}</td>
                        <td>{r.trainees}</td>
                        <td>{r.completed}</td>
                        <td>{rate(r.completionRate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="trn-downloads">
                <a href={summaryDownload(year, 'xlsx')} download data-test="trn-xlsx">
                  {t('training.summary.excel')}
                </a>
                <a href={summaryDownload(year, 'csv')} download data-test="trn-csv">
                  {t('training.summary.csv')}
                </a>
              </p>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
