// The volunteers of the teams the reader sees: team, skills, stars and approved hours (phones masked); a manager
// issues a certificate of service from a row.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TeamRecord, useIssueCertificate, type VolunteerView } from '../../api/volunteers/volunteers.ts';
import { DateField } from '../date-field.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { DemoTag } from './demo-tag.tsx';

export function PeopleSection({
  people,
  teams,
  canManage,
}: {
  people: VolunteerView[];
  teams: TeamRecord[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const issue = useIssueCertificate();
  const teamName = new Map(teams.map((x) => [x.id, x.name]));
  const [from, setFrom] = useState(`${new Date().getFullYear()}-01-01`);
  const [to, setTo] = useState(new Date().toISOString().slice(0, 10));
  return (
    <section aria-labelledby="vol-people">
      <h2 id="vol-people">{t('volunteers.people.heading')}</h2>
      {canManage && (
        <div className="vol-form">
          <h3>{t('volunteers.certificates.period')}</h3>
          <span>
            {t('volunteers.certificates.from')}
            <DateField value={from} onChange={(v) => setFrom(v ?? '')} testId="vol-cert-from" />
          </span>
          <span>
            {t('volunteers.certificates.to')}
            <DateField value={to} onChange={(v) => setTo(v ?? '')} testId="vol-cert-to" />
          </span>
        </div>
      )}
      {issue.data && (
        <output className="vol-status">
          {t('volunteers.certificates.issued', { number: issue.data.number })}
        </output>
      )}
      {issue.error && <ErrorNotice error={issue.error} />}
      <div className="svc-scroll">
        <table className="svc-table" data-test="vol-people">
          <thead>
            <tr>
              <th scope="col">{t('volunteers.people.name')}</th>
              <th scope="col">{t('volunteers.people.team')}</th>
              <th scope="col">{t('volunteers.people.phone')}</th>
              <th scope="col">{t('volunteers.people.skills')}</th>
              <th scope="col">{t('volunteers.people.star')}</th>
              <th scope="col">{t('volunteers.people.hours')}</th>
              {canManage && <th scope="col">{t('volunteers.certificates.issue')}</th>}
            </tr>
          </thead>
          <tbody>
            {people.map((v) => (
              <tr key={v.id} data-test={`vol-person-${v.id}`}>
                <th scope="row">
                  {v.name} {v.demo && <DemoTag />}
                  {v.minor && <div className="muted">{t('volunteers.people.minor')}</div>}
                </th>
                <td>{(v.teamId && teamName.get(v.teamId)) || '—'}</td>
                <td>{v.phone}</td>
                <td>{v.skills.join('、')}</td>
                <td data-test="vol-star">
                  {v.star
                    ? `${'★'.repeat(v.star)} ${t('volunteers.people.stars', { n: v.star })}`
                    : t('volunteers.people.noStar')}
                </td>
                <td>{v.approvedHours}</td>
                {canManage && (
                  <td>
                    <button
                      type="button"
                      disabled={!v.teamId || !v.approvedHours || issue.isPending}
                      data-test={`vol-issue-${v.id}`}
                      onClick={() =>
                        v.teamId &&
                        issue.mutate({ volunteerId: v.id, teamId: v.teamId, periodFrom: from, periodTo: to })
                      }
                    >
                      {t('volunteers.certificates.issue')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
