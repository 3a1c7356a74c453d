// The office's emergency publication of a reviewed pack: its sign-off (签发意见), then a confirmation naming the pack
// and what happens (public at once, every unit notified).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStartEmergency } from '../../api/content/content.ts';
import { ErrorNotice } from '../query-state.tsx';

export function EmergencyStart({ workId, title }: { workId: number; title: string }) {
  const { t } = useTranslation();
  const start = useStartEmergency();
  const [signOff, setSignOff] = useState('');
  const [confirming, setConfirming] = useState(false);
  if (start.isSuccess) return <output className="vol-status">{t('content.emergency.started')}</output>;
  return (
    <form
      className="cnt-box"
      noValidate
      data-test={`cnt-emergency-${workId}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!confirming) return setConfirming(true);
        start.mutate({ workId, signOff }, { onSettled: () => setConfirming(false) });
      }}
    >
      <label className="cnt-field">
        {t('content.emergency.signOff')}
        <textarea
          rows={2}
          maxLength={500}
          value={signOff}
          onChange={(e) => setSignOff(e.target.value)}
          data-test="cnt-signoff"
        />
      </label>
      {confirming ? (
        <div role="alertdialog" aria-label={t('content.emergency.start')}>
          <p>
            <strong>{t('content.emergency.confirm', { title })}</strong>
          </p>
          <div className="svc-actions">
            <button type="submit" className="svc-button" disabled={start.isPending} data-test="cnt-confirm">
              {t('content.emergency.confirmYes')}
            </button>
            <button type="button" className="svc-button secondary" onClick={() => setConfirming(false)}>
              {t('content.emergency.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="svc-actions">
          <button type="submit" className="svc-button" data-test="cnt-emergency-start">
            {t('content.emergency.start')}
          </button>
        </div>
      )}
      {start.error && <ErrorNotice error={start.error} />}
    </form>
  );
}
