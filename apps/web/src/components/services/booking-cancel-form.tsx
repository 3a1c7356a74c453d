// Cancelling a group booking for staff (the group phoned, or the venue must close): a reason, then the places go back
// to the slot. The group can also cancel by its own link.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelBooking } from '../../api/services/venues.ts';
import { ErrorNotice } from '../query-state.tsx';

export function CancelBookingForm({ bookingId }: { bookingId: number }) {
  const { t } = useTranslation();
  const cancel = useCancelBooking(bookingId);
  const [reason, setReason] = useState('');
  return (
    <details className="svc-details" data-test={`booking-cancel-${bookingId}`}>
      <summary>{t('services.venues.detail.cancel')}</summary>
      <label>
        {t('services.venues.detail.cancelReason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button
        type="button"
        className="svc-button"
        disabled={cancel.isPending}
        onClick={() => cancel.mutate(reason)}
      >
        {t('services.venues.detail.cancelButton')}
      </button>
      {cancel.error && <ErrorNotice error={cancel.error} />}
    </details>
  );
}
