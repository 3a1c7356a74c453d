// A work's record: its versions (who wrote each, when it was submitted), the logged steps (step, from → to, by, when,
// note) and the expert reviews (expert, version, answer, comments).
import { useTranslation } from 'react-i18next';
import type { WorkDetail } from '../../api/content/content.ts';
import { ActorName } from '../demo-tag.tsx';
import { useCntWords } from './labels.ts';

export function HistorySection({ detail }: { detail: WorkDetail }) {
  const { t } = useTranslation();
  const l = useCntWords();
  const { versions, events, reviews } = detail;
  return (
    <>
      <section aria-labelledby="cnt-reviews">
        <h2 id="cnt-reviews">{t('content.detail.reviews')}</h2>
        {reviews.length === 0 ? (
          <p className="muted">{t('content.detail.noReviews')}</p>
        ) : (
          <ul className="plain-list" data-test="cnt-reviews">
            {reviews.map((r) => (
              <li key={r.id} className="cnt-box" data-test={`cnt-review-${r.id}`}>
                <strong>{r.expertName}</strong> · {t('content.detail.version', { n: r.version })} ·{' '}
                <span className="svc-state">{t(`content.reviewStates.${r.state}`)}</span> ·{' '}
                {l.when(r.decidedAt ?? r.assignedAt)}
                {r.comments && (
                  <p>
                    {t('content.detail.commentsIs')}
                    <span data-test="cnt-review-comments">{r.comments}</span>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cnt-log">
        <h2 id="cnt-log">{t('content.detail.log')}</h2>
        <div className="svc-scroll">
          <table className="svc-table svc-text" data-test="cnt-events">
            <thead>
              <tr>
                <th scope="col">{t('content.detail.move')}</th>
                <th scope="col">{t('content.list.state')}</th>
                <th scope="col">{t('content.list.version')}</th>
                <th scope="col">{t('content.detail.by')}</th>
                <th scope="col">{t('content.detail.at')}</th>
                <th scope="col">{t('content.detail.note')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{t(`content.moves.${e.move}`)}</th>
                  <td>
                    {e.fromState ? `${l.states[e.fromState]} → ` : ''}
                    {l.states[e.toState]}
                  </td>
                  <td>{e.version}</td>
                  <td>
                    <ActorName name={e.by} />
                  </td>
                  <td>{l.when(e.at)}</td>
                  <td className="cnt-note">{e.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="cnt-versions">
        <h2 id="cnt-versions">{t('content.detail.history')}</h2>
        <ul className="svc-list" data-test="cnt-versions">
          {[...versions]
            .sort((a, b) => b.number - a.number)
            .map((v) => (
              <li key={v.number}>
                {t('content.detail.version', { n: v.number })} · <ActorName name={v.createdBy} /> ·{' '}
                {l.when(v.createdAt)} ·{' '}
                {v.submittedAt
                  ? t('content.detail.submittedAt', { at: l.when(v.submittedAt) })
                  : t('content.detail.notSubmitted')}
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}
