// The sub-navigation shared by the statistics pages (overview, filing, pivot, form, targets).
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const TABS = [
  { to: '/indicators', key: 'overview', end: true },
  { to: '/indicators/reports', key: 'reports' },
  { to: '/indicators/pivot', key: 'pivot' },
  { to: '/indicators/targets', key: 'targets' },
  { to: '/indicators/literacy', key: 'literacy', label: 'indData.tabs.literacy' },
  { to: '/indicators/schools', key: 'schools', label: 'indData.tabs.schools' },
  { to: '/indicators/populations', key: 'populations', label: 'indData.tabs.populations' },
  { to: '/indicators/form', key: 'form' },
  { to: '/indicators/units', key: 'units', label: 'indSetup.tab' },
  { to: '/indicators/exchange', key: 'exchange', label: 'indExchange.tab' },
] as const;

export function IndTabs() {
  const { t } = useTranslation();
  return (
    <nav className="ind-tabs" aria-label={t('ind.heading')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <NavLink to={tab.to} end={'end' in tab} data-test={`ind-tab-${tab.key}`}>
              {'label' in tab ? t(tab.label) : t(`ind.tabs.${tab.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Formats a figure for people: thousands separators, at most two decimals, "—" for none. */
export function formatNumber(language: string, v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return new Intl.NumberFormat(language, { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : digits }).format(
    v,
  );
}
