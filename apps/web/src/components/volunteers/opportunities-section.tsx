// The opportunities (a role with slots on a day, linked to an activity or standalone) and, for a manager, the form
// to post one; each links to its check-in and sign-ups page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type OpportunityRecord,
  type TeamRecord,
  useCreateOpportunity,
} from '../../api/volunteers/volunteers.ts';
import { DateField } from '../date-field.tsx';
import { ErrorNotice } from '../query-state.tsx';

const hours = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);
/** A day and an hour in the city's time (UTC+8) as an instant. */
const instant = (day: string, hour: string) => (day ? new Date(`${day}T${hour}:00+08:00`).toISOString() : '');

export function OpportunitiesSection({
  list,
  teams,
  canManage,
}: {
  list: OpportunityRecord[];
  teams: TeamRecord[];
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateOpportunity();
  const [f, setF] = useState({
    teamId: '',
    title: '',
    role: '',
    day: '',
    from: '09:00',
    to: '12:00',
    slots: '10',
  });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const hourSelect = (k: 'from' | 'to', label: string) => (
    <label>
      {label}
      <select value={f[k]} onChange={set(k)}>
        {hours.map((h) => (
          <option key={h}>{h}</option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="vol-opps">
      <h2 id="vol-opps">{t('volunteers.opportunities.heading')}</h2>
      {!list.length && <p className="muted">{t('volunteers.none')}</p>}
      <ul className="svc-list" data-test="vol-opportunities">
        {list.map((o) => (
          <li key={o.id}>
            <Link to={`/volunteers/opportunities/${o.id}`}>{o.title}</Link> · {o.teamName} ·{' '}
            {new Date(o.startsAt).toLocaleString(i18n.language)} ·{' '}
            {t('volunteers.opportunities.taken', { taken: o.taken, slots: o.slots })}
          </li>
        ))}
      </ul>
      {canManage && (
        <form
          className="vol-form"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate({
              teamId: Number(f.teamId),
              title: f.title,
              role: f.role,
              startsAt: instant(f.day, f.from),
              endsAt: instant(f.day, f.to),
              slots: Number(f.slots),
            });
          }}
        >
          <h3>{t('volunteers.opportunities.create')}</h3>
          <label>
            {t('volunteers.opportunities.team')}
            <select value={f.teamId} onChange={set('teamId')} required>
              <option value="" />
              {teams.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('volunteers.opportunities.title')}
            <input value={f.title} onChange={set('title')} required />
          </label>
          <label>
            {t('volunteers.opportunities.role')}
            <input value={f.role} onChange={set('role')} />
          </label>
          <span>
            {t('volunteers.opportunities.when')}
            <DateField value={f.day} onChange={(v) => setF({ ...f, day: v ?? '' })} testId="vol-opp-day" />
          </span>
          {hourSelect('from', t('volunteers.opportunities.starts'))}
          {hourSelect('to', t('volunteers.opportunities.ends'))}
          <label>
            {t('volunteers.opportunities.slots')}
            <input inputMode="numeric" value={f.slots} onChange={set('slots')} required />
          </label>
          <button type="submit" disabled={create.isPending}>
            {t('volunteers.opportunities.create')}
          </button>
          {create.isSuccess && (
            <output className="vol-status">{t('volunteers.opportunities.created')}</output>
          )}
          {create.error && <ErrorNotice error={create.error} />}
        </form>
      )}
    </section>
  );
}
