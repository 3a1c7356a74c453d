// The teams in their hierarchy (支队 → 大队 → 分队) and, for a manager, the form to add one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TeamRecord, useCreateTeam } from '../../api/volunteers/volunteers.ts';
import { AreaSelect } from '../area-select.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { DemoTag } from './demo-tag.tsx';

const levels = ['city', 'district', 'unit'] as const;
const parentOf = { city: null, district: 'city', unit: 'district' } as const;

/** Teams ordered as a tree: each followed by the teams below it. */
function tree(
  teams: TeamRecord[],
  parent: number | null = null,
  depth = 0,
): { team: TeamRecord; depth: number }[] {
  return teams
    .filter((t) => t.parentId === parent)
    .flatMap((team) => [{ team, depth }, ...tree(teams, team.id, depth + 1)]);
}

export function TeamsSection({ teams, canManage }: { teams: TeamRecord[]; canManage: boolean }) {
  const { t } = useTranslation();
  const create = useCreateTeam();
  const [f, setF] = useState({
    name: '',
    level: 'district' as (typeof levels)[number],
    parentId: '',
    areaCode: '',
    host: '',
  });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const roots = tree(teams);
  const shown = roots.length ? roots : teams.map((team) => ({ team, depth: 0 }));
  const parents = teams.filter((x) => x.level === parentOf[f.level]);
  return (
    <section aria-labelledby="vol-teams">
      <h2 id="vol-teams">{t('volunteers.teams.heading')}</h2>
      <div className="svc-scroll">
        <table className="svc-table" data-test="vol-teams">
          <thead>
            <tr>
              <th scope="col">{t('volunteers.teams.name')}</th>
              <th scope="col">{t('volunteers.teams.level')}</th>
              <th scope="col">{t('volunteers.teams.area')}</th>
              <th scope="col">{t('volunteers.teams.host')}</th>
              <th scope="col">{t('volunteers.teams.members')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ team, depth }) => (
              <tr key={team.id}>
                <th scope="row" style={{ paddingLeft: `${0.6 + depth * 1.5}rem` }}>
                  {team.name} {team.demo && <DemoTag />}
                </th>
                <td>{t(`volunteers.teams.levels.${team.level}`)}</td>
                <td>{team.areaName}</td>
                <td>{team.host}</td>
                <td>{team.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canManage && (
        <form
          className="vol-form"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate({ ...f, parentId: f.parentId ? Number(f.parentId) : null });
          }}
        >
          <h3>{t('volunteers.teams.create')}</h3>
          <label>
            {t('volunteers.teams.name')}
            <input value={f.name} onChange={set('name')} required data-test="vol-team-name" />
          </label>
          <label>
            {t('volunteers.teams.level')}
            <select value={f.level} onChange={set('level')} data-test="vol-team-level">
              {levels.map((l) => (
                <option key={l} value={l}>
                  {t(`volunteers.teams.levels.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('volunteers.teams.parent')}
            <select value={f.parentId} onChange={set('parentId')} data-test="vol-team-parent">
              <option value="">{t('volunteers.teams.noParent')}</option>
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <AreaSelect
            label={t('volunteers.teams.area')}
            value={f.areaCode}
            onChange={(areaCode) => setF({ ...f, areaCode })}
            test="vol-team-area"
            empty=""
            required
          />
          <label>
            {t('volunteers.teams.host')}
            <input value={f.host} onChange={set('host')} />
          </label>
          <button type="submit" disabled={create.isPending}>
            {t('volunteers.teams.create')}
          </button>
          {create.isSuccess && <output className="vol-status">{t('volunteers.teams.created')}</output>}
          {create.error && <ErrorNotice error={create.error} />}
        </form>
      )}
    </section>
  );
}
