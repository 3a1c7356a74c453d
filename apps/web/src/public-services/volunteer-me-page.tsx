// The volunteer's own page by their code: the code as a QR for check-in and out, stars and approved hours, open roles
// to sign up for, service records, certificates, the own-data export and the deletion request.
import { useEffect, useState } from 'react';
import { QrImage } from '../components/qr-image.tsx';
import { type OpenRole, type OwnPage, volApi } from './api.ts';
import type { PageProps } from './public-app.tsx';
import { volWords } from './volunteer-text.ts';
import { when } from './when.ts';

export function VolunteerMePage({ lang, code }: PageProps & { code: string }) {
  const t = volWords[lang];
  const [me, setMe] = useState<OwnPage | null>(null);
  const [roles, setRoles] = useState<OpenRole[]>([]);
  const [missing, setMissing] = useState(false);
  const [deleted, setDeleted] = useState(false);
  useEffect(() => {
    volApi
      .me(code)
      .then(setMe)
      .catch(() => setMissing(true));
    volApi
      .roles()
      .then(setRoles)
      .catch(() => setRoles([]));
  }, [code]);
  if (missing) return <p role="alert">{t.notFound}</p>;
  if (!me) return <output>{t.loading}</output>;
  const v = me.volunteer;
  const next = me.starHours[v.star];
  const signup = (id: number) => me.signups.find((s) => s.opportunityId === id);
  return (
    <article className="ticket">
      <h1>{t.me}</h1>
      <p>{v.name}</p>
      <output className="status" data-test="vol-me-star">
        {t.stars}：{v.star ? '★'.repeat(v.star) : t.noStar}
      </output>
      <p data-test="vol-me-hours">
        {t.hours}：{t.hoursUnit.replace('{n}', String(v.approvedHours))}
        {next !== undefined &&
          `（${t.nextStar.replace('{n}', String(Math.max(0, next - v.approvedHours)))}）`}
      </p>
      <QrImage text={code} label={`${t.code} ${code}`} className="qr" testId="vol-me-qr" />
      <p>
        {t.code}：
        <strong className="code" data-test="vol-me-code">
          {code}
        </strong>
      </p>
      <p className="note">{t.codeNote}</p>
      <h2>{t.opportunities}</h2>
      {!roles.length && <p>{t.noOpportunities}</p>}
      <ul className="plain" data-test="vol-me-roles">
        {roles.map((r) => {
          const s = signup(r.id);
          const active = s && s.status !== 'cancelled';
          return (
            <li key={r.id}>
              <strong>{r.title}</strong>
              <div className="note">
                {r.teamName} · {when(r.startsAt, r.endsAt, lang)} ·{' '}
                {t.slots.replace('{n}', `${r.taken}/${r.slots}`)}
              </div>
              {s && <output data-test={`vol-me-signup-${r.id}`}>{t.states[s.status]}</output>}{' '}
              <button
                type="button"
                className={active ? 'secondary' : 'primary'}
                data-test={`vol-me-${active ? 'cancel' : 'signup'}-${r.id}`}
                onClick={() =>
                  void (active ? volApi.cancel(code, r.id) : volApi.signUp(code, r.id)).then(setMe)
                }
              >
                {active ? t.cancel : t.signUp}
              </button>
            </li>
          );
        })}
      </ul>
      <h2>{t.records}</h2>
      <ul className="plain" data-test="vol-me-records">
        {me.hours.map((h) => (
          <li key={h.id}>
            {new Date(h.startedAt).toLocaleDateString(lang)} · {t.hoursUnit.replace('{n}', String(h.hours))} ·{' '}
            {t.hourStates[h.state]}
          </li>
        ))}
      </ul>
      {me.certificates.length > 0 && (
        <>
          <h2>{t.certificates}</h2>
          <ul className="plain" data-test="vol-me-certificates">
            {me.certificates.map((c) => (
              <li key={c.number}>
                {c.number} · {c.issuer} · {t.hoursUnit.replace('{n}', String(c.hours))}
                {c.revoked && ` · ${t.revoked}`}{' '}
                <a href={`/api/pub/vol/me/${code}/certificates/${c.number}/pdf`}>{t.pdf}</a>{' '}
                <a href={`/e/c/${c.number}`}>{t.verifyLink}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t.myData}</h2>
      <p>
        <a href={`/api/pub/vol/me/${code}/export`} download>
          {t.export}
        </a>
      </p>
      <p className="note">{t.deleteNote}</p>
      {deleted ? (
        <output className="vol-status">{t.deleted}</output>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => void volApi.deletion(code).then(() => setDeleted(true))}
        >
          {t.delete}
        </button>
      )}
    </article>
  );
}
