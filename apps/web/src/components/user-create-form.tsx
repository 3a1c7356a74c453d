// Office form to create an account: login name, display name, initial password, role and its scope.
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/core/types.ts';
import { useCreateUser } from '../api/core/users.ts';
import { useMessage } from './app-message.tsx';
import { ErrorNotice } from './query-state.tsx';
import { RoleScopeFields } from './user-role-fields.tsx';

/** Form values: selects hold strings; the unit id becomes a number on submit. */
interface UserForm {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitId?: string;
  areaCode?: string;
}

export function UserCreateForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserForm>();
  const role = Form.useWatch('role', form);
  const create = useCreateUser();
  const message = useMessage();

  const submit = (values: UserForm) =>
    create.mutate(
      {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        role: values.role,
        ...(values.role === 'liaison' ? { unitId: Number(values.unitId) } : {}),
        ...(values.role === 'district' ? { areaCode: values.areaCode } : {}),
      },
      {
        onSuccess: (user) => {
          void message.success(t('users.created', { username: user?.username ?? values.username }));
          form.resetFields();
        },
      },
    );

  return (
    <Form<UserForm>
      form={form}
      layout="vertical"
      onFinish={submit}
      className="narrow-form"
      data-test="user-form"
      initialValues={{ role: 'viewer' }}
    >
      <Form.Item
        label={t('users.username')}
        name="username"
        extra={t('users.usernameHelp')}
        rules={[
          { required: true, message: t('users.usernameRequired') },
          { pattern: /^[a-z0-9_.-]{3,32}$/, message: t('users.usernameInvalid') },
        ]}
      >
        <Input autoComplete="off" data-test="user-username" />
      </Form.Item>
      <Form.Item
        label={t('users.displayName')}
        name="displayName"
        rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
      >
        <Input autoComplete="off" data-test="user-display-name" />
      </Form.Item>
      <Form.Item
        label={t('users.password')}
        name="password"
        extra={t('users.passwordHelp')}
        rules={[
          { required: true, message: t('users.passwordRequired') },
          { min: 10, message: t('users.passwordTooShort') },
        ]}
      >
        <Input.Password autoComplete="new-password" data-test="user-password" />
      </Form.Item>
      <RoleScopeFields role={role} testId="user" />
      {create.error && <ErrorNotice error={create.error} testId="user-form-error" />}
      <Button
        type="primary"
        htmlType="submit"
        loading={create.isPending}
        data-test="user-create"
        className="block-gap"
      >
        {t('users.create')}
      </Button>
    </Form>
  );
}
