// An activity's satisfaction survey for staff: the link to print, when it takes answers, the mean and spread of each
// question, who would recommend it, and the comments (no answer says who gave it).
import { useTranslation } from 'react-i18next';
import { useActivityFeedback } from '../../api/services/services.ts';
import { ErrorNotice } from '../query-state.tsx';

export function ActivityFeedback({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const q = useActivityFeedback(id);
  const link = `${location.origin}/e/a/${id}/feedback`;
  const day = (s: string) => new Date(s).toLocaleDateString(i18n.language);
  return (
    <section aria-labelledby="svc-feedback" data-test="svc-feedback">
      <h2 id="svc-feedback">{t('services.feedback.heading')}</h2>
      <p>{t('services.feedback.intro')}</p>
      <p>
        {t('services.feedback.link')}
        <a href={link}>{link}</a>
      </p>
      {q.error && <ErrorNotice error={q.error} />}
      {q.data?.window && (
        <p>
          {t('services.feedback.window', {
            from: day(q.data.window.opensAt),
            to: day(q.data.window.closesAt),
          })}
        </p>
      )}
      {q.data && q.data.answers === 0 && <p>{t('services.feedback.none')}</p>}
      {q.data && q.data.answers > 0 && (
        <>
          <p data-test="svc-feedback-count">
            {t('services.feedback.answers', { n: q.data.answers, tickets: q.data.fromTickets })}
          </p>
          <div className="svc-table">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('services.feedback.question')}</th>
                  <th scope="col">{t('services.feedback.mean')}</th>
                  <th scope="col">{t('services.feedback.spread')}</th>
                </tr>
              </thead>
              <tbody>
                {q.data.questions.map((x) => (
                  <tr key={x.key} data-test={`svc-feedback-${x.key}`}>
                    <th scope="row">{t(`services.feedback.${x.key}`)}</th>
                    <td>{x.mean?.toFixed(2)}</td>
                    <td>{x.spread.join(' / ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>{t('services.feedback.recommend', q.data.recommend)}</p>
          {q.data.comments.length > 0 && (
            <>
              <h3>{t('services.feedback.comments', { n: q.data.comments.length })}</h3>
              <ul className="svc-list" data-test="svc-feedback-comments">
                {q.data.comments.map((c) => (
                  <li key={`${c.at}-${c.text}`}>
                    {day(c.at)} · {t('services.feedback.score', { n: c.overall })} · {c.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
