// A course's sessions: days, hours, place, mode and state; for those who record it, a session added, marked held (on
// the ledger) or voided with a reason (off it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type SessionRecord,
  useAddSession,
  useCompleteSession,
  useVoidSession,
} from '../../api/training/training.ts';
import { DateField } from '../date-field.tsx';
import { ErrorNotice } from '../query-state.tsx';

function SessionRow({ s, canEdit }: { s: SessionRecord; canEdit: boolean }) {
  const { t } = useTranslation();
  const complete = useCompleteSession();
  const voidIt = useVoidSession();
  const [reason, setReason] = useState('');
  return (
    <tr data-test={`trn-session-${s.id}`}>
      <th scope="row">{s.startsOn === s.endsOn ? s.startsOn : `${s.startsOn} — ${s.endsOn}`}</th>
      <td>{s.hours}</td>
      <td>{s.place}</td>
      <td>{t(`training.modes.${s.mode}`)}</td>
      <td data-test="trn-session-state">
        {t(`training.states.${s.state}`)}
        {s.voidReason && (
          <div className="muted">{t('training.sessions.voidReason', { reason: s.voidReason })}</div>
        )}
      </td>
      {canEdit && (
        <td>
          {s.state === 'planned' && (
            <button type="button" onClick={() => complete.mutate(s.id)} data-test="trn-session-complete">
              {t('training.sessions.complete')}
            </button>
          )}
          {s.state !== 'void' && (
            <div className="trn-row-form">
              <label>
                {t('training.sessions.reason')}
                <input value={reason} onChange={(e) => setReason(e.target.value)} size={10} />
              </label>
              <button type="button" onClick={() => voidIt.mutate({ id: s.id, reason })}>
                {t('training.sessions.void')}
              </button>
            </div>
          )}
          {(complete.error ?? voidIt.error) && <ErrorNotice error={complete.error ?? voidIt.error} />}
        </td>
      )}
    </tr>
  );
}

export function SessionsSection(p: { courseId: number; sessions: SessionRecord[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const add = useAddSession(p.courseId);
  const [f, setF] = useState({ startsOn: '', endsOn: '', hours: '', place: '', mode: 'offline' });
  return (
    <section aria-labelledby="trn-sessions">
      <h2 id="trn-sessions">{t('training.sessions.heading')}</h2>
      {p.sessions.length === 0 ? (
        <p>{t('training.sessions.none')}</p>
      ) : (
        <div className="svc-scroll">
          <table className="svc-table" data-test="trn-sessions">
            <thead>
              <tr>
                <th scope="col">{t('training.sessions.startsOn')}</th>
                <th scope="col">{t('training.sessions.hours')}</th>
                <th scope="col">{t('training.sessions.place')}</th>
                <th scope="col">{t('training.sessions.mode')}</th>
                <th scope="col">{t('training.sessions.state')}</th>
                {p.canEdit && <td />}
              </tr>
            </thead>
            <tbody>
              {p.sessions.map((s) => (
                <SessionRow key={s.id} s={s} canEdit={p.canEdit} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {p.canEdit && (
        <form
          className="svc-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate(
              {
                startsOn: f.startsOn,
                endsOn: f.endsOn || f.startsOn,
                ...(f.hours && { hours: Number(f.hours) }),
                place: f.place,
                mode: f.mode,
              },
              { onSuccess: () => setF({ ...f, startsOn: '', endsOn: '', hours: '' }) },
            );
          }}
        >
          <label>
            {t('training.sessions.startsOn')}
            <DateField
              value={f.startsOn}
              onChange={(v) => setF({ ...f, startsOn: v ?? '' })}
              testId="trn-s-start"
            />
          </label>
          <label>
            {t('training.sessions.endsOn')}
            <DateField
              value={f.endsOn}
              onChange={(v) => setF({ ...f, endsOn: v ?? '' })}
              testId="trn-s-end"
            />
          </label>
          <label>
            {t('training.sessions.hours')}
            <input
              inputMode="decimal"
              value={f.hours}
              onChange={(e) => setF({ ...f, hours: e.target.value })}
              data-test="trn-s-hours"
            />
          </label>
          <label>
            {t('training.sessions.place')}
            <input
              value={f.place}
              onChange={(e) => setF({ ...f, place: e.target.value })}
              data-test="trn-s-place"
            />
          </label>
          <label>
            {t('training.sessions.mode')}
            <select value={f.mode} onChange={(e) => setF({ ...f, mode: e.target.value })}>
              <option value="offline">{t('training.modes.offline')}</option>
              <option value="online">{t('training.modes.online')}</option>
            </select>
          </label>
          <div>
            <button type="submit" disabled={add.isPending} data-test="trn-s-add">
              {t('training.sessions.add')}
            </button>
          </div>
        </form>
      )}
      {add.error && <ErrorNotice error={add.error} />}
    </section>
  );
}
