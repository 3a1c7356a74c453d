// The main navigation links, filtered by what the signed-in user may see.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAbilities, useSession } from '../api/core/session.ts';

interface Props {
  vertical?: boolean;
  onNavigate?: () => void;
}

export function NavLinks({ vertical, onNavigate }: Props) {
  const { t } = useTranslation();
  const abilities = useAbilities();
  const session = useSession();
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
    ...(abilities['svc.ledger.read'] ? [{ to: '/services', key: 'services', label: t('services.nav') }] : []),
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
