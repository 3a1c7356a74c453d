// Change password: any signed-in user changes their own; after a reset by the office the app sends the user here
// before anything else (app-layout.tsx), and back to the page they wanted once it is done.
import { Alert, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useChangePassword, useSession } from '../api/core/session.ts';
import { useMessage } from '../components/app-message.tsx';
import { ErrorNotice } from '../components/query-state.tsx';
import { returnPath } from '../hooks/return-path.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';

interface PasswordForm {
  current: string;
  next: string;
  confirm: string;
}

/** Where to go after the change: the page the user was on their way to, else the start page. */

export default function PasswordScene() {
  const { t } = useTranslation();
  usePageTitle(t('password.pageTitle'));
  const { data: session } = useSession();
  const change = useChangePassword();
  const [form] = Form.useForm<PasswordForm>();
  const location = useLocation();
  const navigate = useNavigate();
  const message = useMessage();
  const forced = session?.mustChangePassword ?? false;

  const submit = (values: PasswordForm) =>
    change.mutate(
      { current: values.current, next: values.next },
      {
        onSuccess: () => {
          void message.success(t('password.changed'));
          form.resetFields();
          if (forced) navigate(returnPath(location.state, ['/password', '/login']), { replace: true });
        },
      },
    );

  return (
    <div className="page" data-test="password-page">
      <h1>{t('password.heading')}</h1>
      {forced ? (
        <Alert
          type="warning"
          showIcon
          title={t('password.mustChangeTitle')}
          description={t('password.mustChange')}
          className="block-gap"
          data-test="password-must-change"
        />
      ) : (
        <p className="muted">{t('password.intro')}</p>
      )}
      <Card className="narrow-card">
        <Form<PasswordForm>
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          className="narrow-form"
          data-test="password-form"
        >
          {/* lets password managers file the new password under the right account */}
          <input
            type="text"
            name="username"
            autoComplete="username"
            value={session?.user?.username ?? ''}
            readOnly
            hidden
          />
          <Form.Item
            label={t('password.current')}
            name="current"
            extra={forced ? t('password.currentAfterReset') : undefined}
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password autoComplete="current-password" data-test="password-current" />
          </Form.Item>
          <Form.Item
            label={t('password.next')}
            name="next"
            extra={t('password.rules')}
            rules={[
              { required: true, message: t('password.nextRequired') },
              { min: 10, message: t('password.tooShort') },
            ]}
          >
            <Input.Password autoComplete="new-password" data-test="password-next" />
          </Form.Item>
          <Form.Item
            label={t('password.confirm')}
            name="confirm"
            dependencies={['next']}
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('next')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-test="password-confirm" />
          </Form.Item>
          {change.error && <ErrorNotice error={change.error} testId="password-error" />}
          <Button
            type="primary"
            htmlType="submit"
            loading={change.isPending}
            data-test="password-submit"
            className="block-gap"
          >
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
