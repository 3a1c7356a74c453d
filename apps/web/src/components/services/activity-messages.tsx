// An activity's text messages to its registrants for staff: whether the server can send them, and how many reminders
// and waitlist notices were sent, are waiting or failed.
import { useTranslation } from 'react-i18next';
import { useActivityMessages } from '../../api/services/services.ts';
import { ErrorNotice } from '../query-state.tsx';

export function ActivityMessages({ id }: { id: number }) {
  const { t } = useTranslation();
  const q = useActivityMessages(id);
  const states = ['sent', 'queued', 'failed'] as const;
  return (
    <section aria-labelledby="svc-messages" data-test="svc-messages">
      <h2 id="svc-messages">{t('services.messages.heading')}</h2>
      <p>{t('services.messages.intro')}</p>
      {q.error && <ErrorNotice error={q.error} />}
      {q.data && !q.data.enabled && (
        <p role="note" data-test="svc-messages-off">
          {t('services.messages.off')}
        </p>
      )}
      {q.data && (
        <table className="svc-table">
          <thead>
            <tr>
              <th scope="col">{t('services.messages.kind')}</th>
              {states.map((s) => (
                <th scope="col" key={s}>
                  {t(`services.messages.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(['reminder', 'promoted'] as const).map((kind) => (
              <tr key={kind} data-test={`svc-messages-${kind}`}>
                <th scope="row">{t(`services.messages.${kind}`)}</th>
                {states.map((s) => (
                  <td key={s}>{q.data[kind][s]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
