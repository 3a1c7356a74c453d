// The emergencies under way, each with its sign-off and, for the office, 结束 with a note; and those that have ended.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type EmergencyRecord, useEndEmergency } from '../../api/content/content.ts';
import { ActorName } from '../demo-tag.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { useCntWords } from './labels.ts';

export function ActiveEmergencies({ list, canEnd }: { list: EmergencyRecord[]; canEnd: boolean }) {
  const { t } = useTranslation();
  const l = useCntWords();
  const end = useEndEmergency();
  const [notes, setNotes] = useState<Record<number, string>>({});
  if (!list.length) return <p className="muted">{t('content.emergency.noActive')}</p>;
  return (
    <>
      <ul className="plain-list" data-test="cnt-active">
        {list.map((e) => (
          <li key={e.id} className="cnt-box" data-test={`cnt-active-${e.id}`}>
            <p>
              <strong>{l.hazards[e.hazard]}</strong> · <Link to={`/content/${e.workId}`}>{e.title}</Link>
            </p>
            <p>
              {t('content.emergency.signOffIs')}
              {e.signOff} · {t('content.emergency.by')} <ActorName name={e.startedBy} /> ·{' '}
              {l.when(e.startedAt)}
            </p>
            {canEnd && (
              <form
                className="svc-actions"
                noValidate
                onSubmit={(ev) => {
                  ev.preventDefault();
                  end.mutate({ id: e.id, note: notes[e.id] ?? '' });
                }}
              >
                <label className="cnt-field">
                  {t('content.emergency.endNote')}
                  <input
                    value={notes[e.id] ?? ''}
                    onChange={(ev) => setNotes({ ...notes, [e.id]: ev.target.value })}
                    data-test={`cnt-end-note-${e.id}`}
                  />
                </label>
                <button
                  type="submit"
                  className="svc-button secondary"
                  disabled={end.isPending}
                  data-test={`cnt-end-${e.id}`}
                >
                  {t('content.emergency.end')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {end.error && <ErrorNotice error={end.error} />}
    </>
  );
}

export function EmergencyHistory({ list }: { list: EmergencyRecord[] }) {
  const { t } = useTranslation();
  const l = useCntWords();
  if (!list.length) return <p className="muted">{t('content.emergency.noHistory')}</p>;
  return (
    <div className="svc-scroll">
      <table className="svc-table svc-text" data-test="cnt-history">
        <thead>
          <tr>
            <th scope="col">{t('content.emergency.pack')}</th>
            <th scope="col">{t('content.form.hazard')}</th>
            <th scope="col">{t('content.emergency.signOffShort')}</th>
            <th scope="col">{t('content.emergency.startedAt')}</th>
            <th scope="col">{t('content.emergency.endedAt')}</th>
            <th scope="col">{t('content.emergency.endNote')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <Link to={`/content/${e.workId}`}>{e.title}</Link>
              </th>
              <td>{l.hazards[e.hazard]}</td>
              <td>
                {e.signOff}（<ActorName name={e.startedBy} />）
              </td>
              <td>{l.when(e.startedAt)}</td>
              <td>
                {l.when(e.endedAt)} {e.endedBy && `（${e.endedBy}）`}
              </td>
              <td>{e.endNote || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
