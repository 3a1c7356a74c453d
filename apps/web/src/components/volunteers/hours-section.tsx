// The review queue of service hours: pending by default (the flagged 24-hour check-outs marked), selected rows
// approved or declined in bulk, or voided, with a reason where one is needed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHours, useMoveHours } from '../../api/volunteers/volunteers.ts';
import { ErrorNotice, PageLoading } from '../query-state.tsx';

const filters = ['pending', 'approved', 'declined,void'] as const;

export function HoursSection({ canManage }: { canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const [states, setStates] = useState<string>('pending');
  const hours = useHours(states);
  const move = useMoveHours();
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [reason, setReason] = useState('');
  const list = hours.data ?? [];
  const act = (m: 'approve' | 'decline' | 'void') =>
    move.mutate({ ids: [...picked], move: m, reason }, { onSuccess: () => setPicked(new Set()) });
  const toggle = (id: number) => {
    const next = new Set(picked);
    next.has(id) ? next.delete(id) : next.add(id);
    setPicked(next);
  };
  return (
    <section aria-labelledby="vol-hours">
      <h2 id="vol-hours">{t('volunteers.hours.heading')}</h2>
      <label className="svc-inline">
        {t('volunteers.hours.filter')}
        <select
          value={states}
          onChange={(e) => {
            setStates(e.target.value);
            setPicked(new Set());
          }}
          data-test="vol-hours-filter"
        >
          {filters.map((f) => (
            <option key={f} value={f}>
              {f
                .split(',')
                .map((s) => t(`volunteers.hours.states.${s}`))
                .join('、')}
            </option>
          ))}
        </select>
      </label>
      {move.data && (
        <output className="vol-status">{t('volunteers.hours.moved', { n: move.data.moved })}</output>
      )}
      {move.error && <ErrorNotice error={move.error} />}
      {hours.error && <ErrorNotice error={hours.error} />}
      {!hours.data && !hours.error && <PageLoading />}
      {hours.data && !list.length && <p className="muted">{t('volunteers.none')}</p>}
      {list.length > 0 && (
        <div className="svc-scroll">
          <table className="svc-table" data-test="vol-hours">
            <thead>
              <tr>
                {canManage && (
                  <th scope="col">
                    <label>
                      <input
                        type="checkbox"
                        checked={picked.size === list.length}
                        onChange={(e) => setPicked(new Set(e.target.checked ? list.map((h) => h.id) : []))}
                        data-test="vol-hours-all"
                      />
                      {t('volunteers.hours.selectAll')}
                    </label>
                  </th>
                )}
                <th scope="col">{t('volunteers.hours.volunteer')}</th>
                <th scope="col">{t('volunteers.hours.when')}</th>
                <th scope="col">{t('volunteers.hours.amount')}</th>
                <th scope="col">{t('volunteers.hours.source')}</th>
                <th scope="col">{t('volunteers.hours.state')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((h) => (
                <tr key={h.id} data-test={`vol-hours-${h.id}`}>
                  {canManage && (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${t('volunteers.hours.select')} ${h.volunteerName}`}
                        checked={picked.has(h.id)}
                        onChange={() => toggle(h.id)}
                      />
                    </td>
                  )}
                  <th scope="row">{h.volunteerName}</th>
                  <td>{new Date(h.startedAt).toLocaleString(i18n.language)}</td>
                  <td>{h.hours}</td>
                  <td>{t(`volunteers.hours.sources.${h.source}`)}</td>
                  <td>
                    {t(`volunteers.hours.states.${h.state}`)}
                    {h.autoCheckedOut && <div className="vol-flag">{t('volunteers.hours.auto')}</div>}
                    {h.reason && <div className="muted">{h.reason}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && list.length > 0 && (
        <div className="vol-form">
          <label>
            {t('volunteers.hours.reason')}
            <input value={reason} onChange={(e) => setReason(e.target.value)} data-test="vol-hours-reason" />
          </label>
          <div className="svc-inline">
            <button
              type="button"
              disabled={!picked.size || move.isPending}
              onClick={() => act('approve')}
              data-test="vol-hours-approve"
            >
              {t('volunteers.hours.approve')}
            </button>
            <button type="button" disabled={!picked.size || move.isPending} onClick={() => act('decline')}>
              {t('volunteers.hours.decline')}
            </button>
            <button type="button" disabled={!picked.size || move.isPending} onClick={() => act('void')}>
              {t('volunteers.hours.void')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
