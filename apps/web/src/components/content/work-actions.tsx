// The steps open to the reader in the work's state: submit (its author's side, in a draft or a returned work),
// publish (the office, an approved or withdrawn work), withdraw and recall (the office, with a reason).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkMove, type WorkDetail } from '../../api/content/content.ts';
import { ErrorNotice } from '../query-state.tsx';

export function WorkActions({ detail }: { detail: WorkDetail }) {
  const { t } = useTranslation();
  const { work: w, can } = detail;
  const move = useWorkMove(w.id);
  const [reason, setReason] = useState('');
  const moves = [
    ...(can.edit && (w.state === 'draft' || w.state === 'revise') ? (['submit'] as const) : []),
    ...(can.review && (w.state === 'approved' || w.state === 'withdrawn') ? (['publish'] as const) : []),
    ...(can.review && w.state === 'published' ? (['withdraw'] as const) : []),
    ...(can.review && w.state === 'in_review' ? (['recall'] as const) : []),
  ];
  const needsReason = moves.some((m) => m === 'withdraw' || m === 'recall');
  if (!moves.length) return null;
  return (
    <section aria-labelledby="cnt-actions">
      <h2 id="cnt-actions">{t('content.actions.heading')}</h2>
      <form
        className="svc-actions"
        noValidate
        onSubmit={(e) => e.preventDefault()}
        aria-labelledby="cnt-actions"
      >
        {needsReason && (
          <label className="cnt-field">
            {t('content.actions.reason')}
            <input value={reason} onChange={(e) => setReason(e.target.value)} data-test="cnt-reason" />
          </label>
        )}
        {moves.map((m) => (
          <button
            key={m}
            type="button"
            className={m === 'withdraw' || m === 'recall' ? 'svc-button secondary' : 'svc-button'}
            disabled={move.isPending}
            data-test={`cnt-${m}`}
            onClick={() =>
              move.mutate(
                { move: m, ...((m === 'withdraw' || m === 'recall') && { reason }) },
                { onSuccess: () => setReason('') },
              )
            }
          >
            {t(`content.actions.${m}`)}
          </button>
        ))}
      </form>
      {move.error && <ErrorNotice error={move.error} />}
    </section>
  );
}
