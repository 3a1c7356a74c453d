// The ticket: a QR code of the opaque token, the code in words, status, a calendar file with reminders, one-tap cancel.
import { useEffect, useState } from 'react';
import { QrImage } from '../components/qr-image.tsx';
import { pubApi, type TicketView } from './api.ts';
import { PageLink } from './page-link.tsx';
import type { PageProps } from './public-app.tsx';
import { fill, groups, words } from './text.ts';
import { when } from './when.ts';

export function TicketPage({ token, lang, go }: PageProps & { token: string }) {
  const t = words[lang];
  const [v, setV] = useState<TicketView | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    pubApi
      .ticket(token)
      .then(setV)
      .catch(() => setMissing(true));
  }, [token]);
  if (missing) return <p role="alert">{t.notFound}</p>;
  if (!v) return <output>{t.loading}</output>;
  const r = v.registration;
  const status =
    r.status === 'confirmed'
      ? t.confirmed
      : r.status === 'waitlisted'
        ? fill(t.waitlisted, v.waitlistPosition ?? 0)
        : r.status === 'checked_in'
          ? t.checkedIn
          : t.cancelled;
  return (
    <article className="ticket">
      <h1>{t.ticket}</h1>
      <h2>{v.activity.title}</h2>
      {v.session && <p>{when(v.session.startsAt, v.session.endsAt, lang)}</p>}
      <p>
        {t.at}：{v.activity.areaName} {v.activity.address}
      </p>
      <output className={r.status === 'cancelled' ? 'status ended' : 'status'} data-test="ticket-status">
        {status}
      </output>
      <p>
        {r.name} · {groups[lang][r.targetGroup]} · {fill(t.seats, 1 + r.minors)}
      </p>
      {(r.status === 'confirmed' || r.status === 'checked_in') && (
        <>
          <QrImage text={token} label={`${t.code} ${token}`} className="qr" testId="ticket-qr" />
          <p className="note">{t.ticketNote}</p>
        </>
      )}
      <p>
        {t.code}：
        <strong className="code" data-test="ticket-code">
          {token}
        </strong>
      </p>
      <p className="note">{t.saveNote}</p>
      {(r.status === 'confirmed' || r.status === 'waitlisted') &&
        v.session &&
        v.session.startsAt > new Date().toISOString() && (
          <p>
            <a
              className="button"
              href={`/api/pub/tickets/${token}/calendar.ics`}
              data-test="ticket-calendar"
              download
            >
              {t.calendar}
            </a>
            <br />
            <span className="note">{t.calendarNote}</span>
          </p>
        )}
      {r.status !== 'cancelled' && v.session && v.session.startsAt <= new Date().toISOString() && (
        <p>
          <PageLink
            to={`/e/a/${v.activity.id}/feedback?t=${token}`}
            go={go}
            className="button"
            data-test="ticket-feedback"
          >
            {t.feedback}
          </PageLink>
        </p>
      )}
      {(r.status === 'confirmed' || r.status === 'waitlisted') && (
        <button
          type="button"
          className="secondary"
          data-test="ticket-cancel"
          onClick={() => void pubApi.cancel(token).then(setV)}
        >
          {t.cancel}
        </button>
      )}
    </article>
  );
}
