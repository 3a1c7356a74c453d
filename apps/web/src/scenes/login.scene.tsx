// Sign-in page: username and password; on success returns to the page the user came from.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useLogin } from '../api/core/session.ts';
import { describeError } from '../api/describe-error.ts';
import { DemoBanner } from '../components/demo-banner.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { returnPath } from '../hooks/return-path.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginScene() {
  const { t } = useTranslation();
  usePageTitle(t('auth.title'));
  const login = useLogin();
  const location = useLocation();
  const navigate = useNavigate();

  const submit = (values: LoginForm) =>
    login.mutate(values, {
      onSuccess: () => navigate(returnPath(location.state, ['/login']), { replace: true }),
    });

  const error = login.error;
  // a locked or disabled account is a failed sign-in too, with its own reason (ask the office)
  const refused =
    error instanceof ApiError && (error.code === 'auth.locked' || error.code === 'auth.disabled');
  const errorText =
    error instanceof ApiError && error.status === 401
      ? { title: t('auth.failed'), cause: t('auth.failedCause') }
      : refused
        ? { title: t('auth.failed'), cause: describeError(t, error).cause }
        : error
          ? describeError(t, error)
          : null;

  return (
    <div className="login-page">
      <header className="login-header">
        <Link to="/" className="brand brand-dark" data-test="brand">
          <span className="brand-mark" aria-hidden>
            {t('app.mark')}
          </span>
          <span className="brand-text">{t('app.name')}</span>
        </Link>
        <LanguageSwitch />
      </header>
      <DemoBanner />
      <main id="main" className="login-main">
        {/* a plain box, not antd's Card: Card brings Tabs, menus and skeletons into the sign-in page */}
        <section className="login-card">
          <h1>{t('auth.title')}</h1>
          <p className="muted">{t('auth.intro')}</p>
          {errorText && (
            <Alert
              type="error"
              showIcon
              title={errorText.title}
              description={errorText.cause}
              data-test="login-error"
              className="block-gap"
            />
          )}
          <Form<LoginForm> layout="vertical" onFinish={submit} requiredMark={false} data-test="login-form">
            <Form.Item
              label={t('auth.username')}
              name="username"
              rules={[{ required: true, message: t('auth.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined aria-hidden />}
                autoComplete="username"
                autoFocus
                data-test="login-username"
              />
            </Form.Item>
            <Form.Item
              label={t('auth.password')}
              name="password"
              rules={[{ required: true, message: t('auth.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined aria-hidden />}
                autoComplete="current-password"
                data-test="login-password"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={login.isPending}
              data-test="login-submit"
            >
              {t('auth.signIn')}
            </Button>
          </Form>
          <p className="login-back">
            <Link to="/" data-test="login-back">
              {t('auth.backToPlan')}
            </Link>
          </p>
        </section>
      </main>
    </div>
  );
}
