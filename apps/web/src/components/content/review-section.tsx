// Sending a submitted work to an expert: the experts whose topics meet the work's (name, title, organisation, the
// topics shared), the send, and the review link shown once with a copy button. Stays mounted while the work moves on,
// so the link is still there after the work is in review.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssign, useReviewers, type WorkRecord } from '../../api/content/content.ts';
import { ErrorNotice } from '../query-state.tsx';
import { CopyLink } from './copy-link.tsx';
import { useCntWords } from './labels.ts';

export function ReviewSection({ work }: { work: WorkRecord }) {
  const { t } = useTranslation();
  const l = useCntWords();
  const open = work.state === 'submitted';
  const reviewers = useReviewers(work.id, open);
  const assign = useAssign(work.id);
  const [expert, setExpert] = useState('');
  if (!open && !assign.data) return null;
  return (
    <section aria-labelledby="cnt-review">
      <h2 id="cnt-review">{t('content.review.heading')}</h2>
      {open && reviewers.data && reviewers.data.length === 0 && (
        <p className="muted">{t('content.review.noExperts')}</p>
      )}
      {open && reviewers.data && reviewers.data.length > 0 && (
        <form
          className="svc-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            assign.mutate(Number(expert) || 0, { onSuccess: () => setExpert('') });
          }}
        >
          <label>
            {t('content.review.expert')}
            <select value={expert} onChange={(e) => setExpert(e.target.value)} data-test="cnt-reviewer">
              <option value="">{t('content.review.choose')}</option>
              {reviewers.data.map((r) => (
                <option key={r.id} value={r.id}>
                  {[r.name, r.title, r.organisation].filter(Boolean).join(' · ')} ·{' '}
                  {t('content.review.shared', { topics: l.list(r.topics, l.topics) })}
                </option>
              ))}
            </select>
          </label>
          <div>
            <button type="submit" className="svc-button" disabled={assign.isPending} data-test="cnt-send">
              {t('content.review.send')}
            </button>
          </div>
        </form>
      )}
      {reviewers.error && <ErrorNotice error={reviewers.error} />}
      {assign.error && <ErrorNotice error={assign.error} />}
      {assign.data && (
        <CopyLink
          path={assign.data.link}
          label={t('content.review.sent', { name: assign.data.expertName })}
        />
      )}
    </section>
  );
}
