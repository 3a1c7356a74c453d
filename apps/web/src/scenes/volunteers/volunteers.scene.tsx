// The volunteers' home for staff: teams, volunteers, opportunities, the hours to review, certificates and the
// star levels, in the reader's scope (a district admin its area's teams).
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../api/core/session.ts';
import { useOpportunities, useTeams, useVolunteers } from '../../api/volunteers/volunteers.ts';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { CertificatesSection } from '../../components/volunteers/certificates-section.tsx';
import { HoursSection } from '../../components/volunteers/hours-section.tsx';
import { NationalExportSection } from '../../components/volunteers/national-export-section.tsx';
import { OpportunitiesSection } from '../../components/volunteers/opportunities-section.tsx';
import { PeopleSection } from '../../components/volunteers/people-section.tsx';
import { StarsSection } from '../../components/volunteers/stars-section.tsx';
import { TeamsSection } from '../../components/volunteers/teams-section.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/volunteers/volunteers.css';

export default function VolunteersScene() {
  const { t } = useTranslation();
  usePageTitle(t('volunteers.heading'));
  const abilities = useAbilities();
  const teams = useTeams();
  const people = useVolunteers();
  const opportunities = useOpportunities();
  const error = teams.error ?? people.error ?? opportunities.error;
  if (error) return <ErrorNotice error={error} />;
  if (!teams.data || !people.data || !opportunities.data) return <PageLoading />;
  const canManage = abilities['vol.manage'];
  return (
    <div className="page page-wide svc" data-test="vol-home">
      <h1>{t('volunteers.heading')}</h1>
      <p className="muted">
        {t('volunteers.intro')} <a href="/e/v">{t('volunteers.publicPage')}</a>
      </p>
      <HoursSection canManage={canManage} />
      <PeopleSection people={people.data} teams={teams.data} canManage={canManage} />
      <OpportunitiesSection list={opportunities.data} teams={teams.data} canManage={canManage} />
      <CertificatesSection canManage={canManage} />
      <TeamsSection teams={teams.data} canManage={canManage} />
      <StarsSection canEdit={abilities['vol.settings']} />
      <NationalExportSection canManage={canManage} canEdit={abilities['vol.settings']} />
    </div>
  );
}
