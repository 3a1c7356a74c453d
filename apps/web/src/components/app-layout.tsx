// Page frame: skip link, header (brand, navigation, language, user), a note on a demo server, main content and footer;
// a user who must change their password is sent to /password whatever page they open.
import { MenuOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/core/session.ts';
import { useSmallScreen } from '../hooks/use-small-screen.ts';
import { DemoBanner } from './demo-banner.tsx';
import { JurisdictionSwitch } from './jurisdictions/jurisdiction-switch.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { NavLinks } from './nav-links.tsx';
import { UserMenu } from './user-menu.tsx';

// the phone menu's drawer is fetched when it is first opened
const Drawer = lazy(() => import('antd/es/drawer'));

export function AppLayout() {
  const { t } = useTranslation();
  const small = useSmallScreen();
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuUsed, setMenuUsed] = useState(false);
  const location = useLocation();
  const { pathname } = location;
  const firstPath = useRef(pathname);
  const { data: session } = useSession();
  // after a reset by the office, nothing opens before the user has chosen a new password
  const mustChange = session?.mustChangePassword === true && pathname !== '/password';

  // the phone menu closes on moving to another page (its links close it themselves; the user menu's do not)
  useEffect(() => {
    if (pathname) setMenuOpen(false);
  }, [pathname]);

  // after moving to another page, start keyboard and screen-reader users at its content, not the header, and show
  // the page from its top (focusing the content scrolled the demo banner and the page's start out of view)
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <Layout className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Layout.Header className="app-header">
        <div className="app-header-top">
          <Link to="/" className="brand" data-test="brand">
            <span className="brand-mark" aria-hidden>
              {t('app.mark')}
            </span>
            <span className="brand-text">{small ? t('app.name') : t('app.fullName')}</span>
          </Link>
          <div className="header-tools">
            <LanguageSwitch className="header-action" />
            {small ? (
              <Button
                className="header-action"
                icon={<MenuOutlined aria-hidden />}
                onClick={() => {
                  setMenuUsed(true);
                  setMenuOpen(true);
                }}
                aria-expanded={menuOpen}
                aria-controls="nav-drawer"
                data-test="nav-toggle"
              >
                {t('nav.menu')}
              </Button>
            ) : (
              <UserMenu />
            )}
          </div>
        </div>
        {!small && (
          <nav className="app-nav" aria-label={t('nav.label')}>
            <NavLinks />
          </nav>
        )}
      </Layout.Header>
      <DemoBanner />
      <JurisdictionSwitch />
      {small && menuUsed && (
        <Suspense fallback={null}>
          <Drawer
            id="nav-drawer"
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            title={t('nav.menu')}
            placement="right"
            size={300}
            closable={{ 'aria-label': t('common.close') }}
          >
            <nav aria-label={t('nav.label')}>
              <NavLinks vertical onNavigate={() => setMenuOpen(false)} />
            </nav>
            <div className="drawer-user">
              <UserMenu vertical />
            </div>
          </Drawer>
        </Suspense>
      )}
      <Layout.Content id="main" tabIndex={-1} className="app-main">
        {mustChange ? <Navigate to="/password" replace state={{ from: location }} /> : <Outlet />}
      </Layout.Content>
      <Layout.Footer className="app-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
