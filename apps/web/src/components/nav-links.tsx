// The main navigation links, filtered by what the signed-in user may see.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAbilities, useSession } from '../api/core/session.ts';
import { useMyJurisdictions } from '../api/jurisdictions/jurisdictions.ts';

/** GB/T 2260: a province PP0000 holds PP…, a city PPCC00 holds PPCC.. (the server's coversJurisdiction). */
const isBelow = (code: string, above: string) =>
  code !== above &&
  (above.endsWith('0000')
    ? code.startsWith(above.slice(0, 2))
    : above.endsWith('00') && code.startsWith(above.slice(0, 4)));

interface Props {
  vertical?: boolean;
  onNavigate?: () => void;
}

export function NavLinks({ vertical, onNavigate }: Props) {
  const { t } = useTranslation();
  const abilities = useAbilities();
  const session = useSession();
  const jurisdictions = useMyJurisdictions();
  const links = [
    { to: '/', key: 'plan', label: t('nav.plan'), end: true },
    { to: '/tasks', key: 'tasks', label: t('nav.tasks') },
    { to: '/units', key: 'units', label: t('nav.units') },
    { to: '/matrix', key: 'matrix', label: t('nav.matrix') },
    { to: '/areas', key: 'areas', label: t('nav.areas') },
    ...(session.data ? [{ to: '/indicators', key: 'indicators', label: t('ind.nav') }] : []),
    // accountability (督查): any signed-in user; the server always sends `acc.file` to a session
    ...('acc.file' in abilities ? [{ to: '/acc', key: 'acc', label: t('acc.nav') }] : []),
    ...(abilities['survey.read'] ? [{ to: '/survey', key: 'survey', label: t('survey.nav') }] : []),
    // a jurisdiction with jurisdictions below it (a province): their plans, progress and statistics
    ...(abilities['jur.cascade'] &&
    jurisdictions.data?.options.some(
      (o) => o.code !== jurisdictions.data?.current && isBelow(o.code, jurisdictions.data.current),
    )
      ? [{ to: '/cascade', key: 'cascade', label: t('jur.nav') }]
      : []),
    ...(abilities['plan.import']
      ? [{ to: '/plan/import', key: 'planImport', label: t('planImport.nav') }]
      : []),
    ...(abilities['publication.manage']
      ? [{ to: '/publication', key: 'publication', label: t('publication.nav') }]
      : []),
    ...(abilities['svc.ledger.read'] ? [{ to: '/services', key: 'services', label: t('services.nav') }] : []),
    ...(abilities['vol.read'] ? [{ to: '/volunteers', key: 'volunteers', label: t('volunteers.nav') }] : []),
    ...(abilities['exp.read'] ? [{ to: '/experts', key: 'experts', label: t('experts.nav') }] : []),
    ...(abilities['cnt.read'] ? [{ to: '/content', key: 'content', label: t('content.nav') }] : []),
    ...(abilities['trn.read'] ? [{ to: '/training', key: 'training', label: t('training.nav') }] : []),
    ...(abilities['contest.read'] ? [{ to: '/contest', key: 'contest', label: t('contest.nav') }] : []),
    ...(abilities['cmd.read']
      ? [{ to: '/commendations', key: 'commendations', label: t('commendations.nav') }]
      : []),
    ...(abilities['audit.read'] ? [{ to: '/audit', key: 'audit', label: t('nav.audit') }] : []),
    ...(abilities['users.read'] ? [{ to: '/users', key: 'users', label: t('nav.users') }] : []),
  ];
  return (
    <ul className={vertical ? 'nav-links nav-links-vertical' : 'nav-links'}>
      {links.map((link) => (
        <li key={link.key}>
          <NavLink to={link.to} end={link.end} data-test={`nav-${link.key}`} onClick={onNavigate}>
            {link.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
