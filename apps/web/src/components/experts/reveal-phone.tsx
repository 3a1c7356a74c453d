// The full mobile number of an expert, shown on request: the read is written to the audit log.
import { useTranslation } from 'react-i18next';
import { useRevealPhone } from '../../api/experts/experts.ts';
import { ErrorNotice } from '../query-state.tsx';

export function RevealPhone({ id }: { id: number }) {
  const { t } = useTranslation();
  const reveal = useRevealPhone();
  if (reveal.data) return <output data-test={`exp-phone-${id}`}>{reveal.data.phone}</output>;
  return (
    <>
      <button
        type="button"
        className="svc-button"
        title={t('experts.detail.revealNote')}
        onClick={() => reveal.mutate(id)}
        disabled={reveal.isPending}
        data-test={`exp-reveal-${id}`}
      >
        {t('experts.detail.revealPhone')}
      </button>
      {reveal.error && <ErrorNotice error={reveal.error} />}
    </>
  );
}
