// The signed-in user's name and role with links to change the password and to sign out, or a sign-in link for visitors.
import { KeyOutlined, LoginOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useLogout, useSession } from '../api/core/session.ts';
import { useMessage } from './app-message.tsx';

export function UserMenu({ vertical }: { vertical?: boolean }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const logout = useLogout();
  const location = useLocation();
  const navigate = useNavigate();
  const message = useMessage();

  if (!session) {
    return (
      <Link className="header-button" to="/login" state={{ from: location }} data-test="header-login">
        <LoginOutlined aria-hidden /> {t('auth.signIn')}
      </Link>
    );
  }
  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        void message.success(t('auth.signedOut'));
        navigate('/');
      },
    });
  return (
    <div className={vertical ? 'user-menu user-menu-vertical' : 'user-menu'}>
      {session.user && (
        <span className="user-name" data-test="header-user">
          <UserOutlined aria-hidden /> {session.user.displayName || session.user.username}
          <span className="user-role" data-test="header-role">
            {t(`role.${session.user.role}`)}
          </span>
        </span>
      )}
      <Link className="header-button" to="/password" data-test="header-password">
        <KeyOutlined aria-hidden /> {t('auth.changePassword')}
      </Link>
      <Button
        className="header-action"
        icon={<LogoutOutlined aria-hidden />}
        onClick={signOut}
        loading={logout.isPending}
        data-test="logout"
      >
        {t('auth.signOut')}
      </Button>
    </div>
  );
}
