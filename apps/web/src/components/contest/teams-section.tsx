// A team contest's teams on its staff page: each team's name, unit, area and the code its players type; the office
// adds a team (the server names any missing field and gives the code).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddTeam, useTeams } from '../../api/contest/contest.ts';
import { AreaSelect } from '../area-select.tsx';
import { ErrorNotice } from '../query-state.tsx';

export function TeamsSection({ id, canManage }: { id: number; canManage: boolean }) {
  const { t } = useTranslation();
  const teams = useTeams(id);
  const add = useAddTeam(id);
  const [f, setF] = useState({ name: '', unit: '', areaCode: '' });
  return (
    <section aria-labelledby="ct-teams" data-test="ct-teams">
      <h2 id="ct-teams">{t('contest.teams.heading')}</h2>
      <p className="muted">{t('contest.teams.intro')}</p>
      {teams.data?.length === 0 && <p>{t('contest.teams.none')}</p>}
      {!!teams.data?.length && (
        <div className="svc-table-wrap">
          <table className="svc-table">
            <thead>
              <tr>
                <th scope="col">{t('contest.teams.name')}</th>
                <th scope="col">{t('contest.teams.unit')}</th>
                <th scope="col">{t('contest.teams.code')}</th>
              </tr>
            </thead>
            <tbody>
              {teams.data.map((x) => (
                <tr key={x.id}>
                  <td>{x.name}</td>
                  <td>{x.unit}</td>
                  <td>
                    <code>{x.code}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && (
        <form
          className="svc-form ct-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate(f, { onSuccess: () => setF({ name: '', unit: '', areaCode: '' }) });
          }}
        >
          <label>
            {t('contest.teams.name')}
            <input
              value={f.name}
              onChange={(e) => setF({ ...f, name: e.target.value })}
              data-test="ct-team-name"
            />
          </label>
          <label>
            {t('contest.teams.unit')}
            <input value={f.unit} onChange={(e) => setF({ ...f, unit: e.target.value })} />
          </label>
          <AreaSelect
            label={t('contest.teams.area')}
            value={f.areaCode}
            onChange={(areaCode) => setF({ ...f, areaCode })}
            test="ct-team-area"
          />
          <span className="svc-actions ct-wide">
            <button type="submit" className="svc-button" disabled={add.isPending} data-test="ct-team-add">
              {t('contest.teams.add')}
            </button>
          </span>
          {add.error && (
            <div className="ct-wide">
              <ErrorNotice error={add.error} testId="ct-team-error" />
            </div>
          )}
        </form>
      )}
    </section>
  );
}
