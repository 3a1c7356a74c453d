// Real-name registration of a volunteer on a phone: consent required, public display a separate choice, a guardian
// for an under-14; the volunteer's own page (with their code) follows.
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { volApi } from './api.ts';
import type { PageProps } from './public-app.tsx';
import { volWords } from './volunteer-text.ts';

const thisYear = new Date().getFullYear();
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const pad = (n: number) => String(n).padStart(2, '0');
const split = (s: string) =>
  s
    .split(/[、,，\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export function VolunteerRegisterPage({ lang, go }: PageProps) {
  const t = volWords[lang];
  const [teams, setTeams] = useState<{ id: number; name: string }[]>([]);
  const [f, setF] = useState({
    name: '',
    phone: '',
    y: 1990,
    m: 1,
    d: 1,
    teamId: '',
    skills: '',
    availability: '',
    gName: '',
    gPhone: '',
    consent: false,
    display: false,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    volApi
      .teams()
      .then(setTeams)
      .catch(() => setTeams([]));
  }, []);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const minor = thisYear - f.y <= 14;
  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const r = await volApi.register({
        name: f.name,
        phone: f.phone.trim(),
        birthDate: `${f.y}-${pad(f.m)}-${pad(f.d)}`,
        teamId: f.teamId ? Number(f.teamId) : null,
        skills: split(f.skills),
        availability: split(f.availability),
        guardian: f.gName || f.gPhone ? { name: f.gName, phone: f.gPhone.trim() } : null,
        consent: f.consent,
        publicDisplay: f.display,
      });
      go(`/e/v/${r.token}`);
    } catch (e) {
      const path =
        e instanceof ApiError ? ((e.details.issues as { path: string }[] | undefined)?.[0]?.path ?? '') : '';
      const field = path.includes('guardian')
        ? t.guardian
        : path.endsWith('phone')
          ? t.phone
          : path.endsWith('name')
            ? t.name
            : path.endsWith('consent')
              ? t.consent
              : path.endsWith('birthDate')
                ? t.birth
                : '';
      setProblem(field ? t.problem.replace('{field}', field) : e instanceof ApiError ? e.message : t.network);
    } finally {
      setBusy(false);
    }
  };
  const num = (k: 'y' | 'm' | 'd', list: number[], label: string) => (
    <label>
      {label}
      <select
        value={f[k]}
        onChange={(e) => setF({ ...f, [k]: Number(e.target.value) })}
        data-test={`vol-birth-${k}`}
      >
        {list.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <article>
      <h1>{t.register}</h1>
      <p className="note">{t.intro}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label>
          {t.name}
          <input
            value={f.name}
            required
            maxLength={40}
            autoComplete="name"
            onChange={set('name')}
            data-test="vol-name"
          />
        </label>
        <label>
          {t.phone}
          <input
            value={f.phone}
            required
            inputMode="numeric"
            autoComplete="tel"
            onChange={set('phone')}
            data-test="vol-phone"
          />
        </label>
        <fieldset className="date-parts">
          <legend>{t.birth}</legend>
          {num('y', range(thisYear - 90, thisYear).reverse(), t.year)}
          {num('m', range(1, 12), t.month)}
          {num('d', range(1, 31), t.day)}
        </fieldset>
        {minor && (
          <fieldset>
            <legend>{t.guardian}</legend>
            <label>
              {t.guardianName}
              <input value={f.gName} onChange={set('gName')} />
            </label>
            <label>
              {t.guardianPhone}
              <input value={f.gPhone} inputMode="numeric" onChange={set('gPhone')} />
            </label>
          </fieldset>
        )}
        <label>
          {t.team}
          <select value={f.teamId} onChange={set('teamId')} data-test="vol-team">
            <option value="">{t.noTeam}</option>
            {teams.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.skills}
          <input value={f.skills} onChange={set('skills')} />
        </label>
        <label>
          {t.availability}
          <input value={f.availability} onChange={set('availability')} />
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={f.consent}
            onChange={(e) => setF({ ...f, consent: e.target.checked })}
            data-test="vol-consent"
          />
          {t.consent}
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={f.display}
            onChange={(e) => setF({ ...f, display: e.target.checked })}
          />
          {t.display}
        </label>
        {problem && <p role="alert">{problem}</p>}
        <button type="submit" className="primary" disabled={busy} data-test="vol-submit">
          {t.submit}
        </button>
      </form>
    </article>
  );
}
