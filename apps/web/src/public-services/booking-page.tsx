// A group's own booking, by the link it was given (/e/b/<token>): the venue, the slot, the group and its status, and
// cancelling it while its slot is still ahead, so that the places go to another group.
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type BookingView, pubApi } from './api.ts';
import { PageLink } from './page-link.tsx';
import type { PageProps } from './public-app.tsx';
import { fillIn, venueWords } from './venue-text.ts';
import { when } from './when.ts';

export function BookingPage({ token, lang, go }: PageProps & { token: string }) {
  const t = venueWords[lang];
  const [v, setV] = useState<BookingView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    pubApi
      .booking(token)
      .then(setV)
      .catch(() => setProblem(t.bookingNotFound));
  }, [token, t]);
  if (!v) return problem ? <p role="alert">{problem}</p> : <output>{t.loading}</output>;
  const b = v.booking;
  const cancel = () => {
    if (!confirm(t.cancelSure)) return;
    setProblem(null);
    pubApi
      .cancelBooking(token)
      .then(setV)
      .catch((e) =>
        setProblem(
          e instanceof ApiError && e.code === 'svc.booking.cancel_conflict' ? t.cannotCancel : t.network,
        ),
      );
  };
  return (
    <article className="ticket">
      <h1>{t.yourBooking}</h1>
      {v.venue && (
        <h2>
          <PageLink to={`/e/venues/${v.venue.id}`} go={go}>
            {v.venue.name}
          </PageLink>
        </h2>
      )}
      {v.slot && <p>{when(v.slot.startsAt, v.slot.endsAt, lang)}</p>}
      {v.venue && (
        <p>
          {t.where}：{v.venue.areaName} {v.venue.address}
        </p>
      )}
      <output className={b.status === 'cancelled' ? 'status ended' : 'status'} data-test="booking-status">
        {t.status[b.status]}
      </output>
      <p>
        {b.groupName} · {fillIn(t.people, { n: b.size })}
      </p>
      {b.cancelReason && <p>{fillIn(t.cancelledBy, { reason: b.cancelReason })}</p>}
      {problem && <p role="alert">{problem}</p>}
      {v.cancellable && (
        <button type="button" className="secondary" data-test="booking-cancel" onClick={cancel}>
          {t.cancel}
        </button>
      )}
    </article>
  );
}
