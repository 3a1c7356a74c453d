// Office form to create an account: login name, display name, initial password, role and its scope.
import { App, Button, Form, Input, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Area, NewUser, Role } from '../api/types.ts';
import { useAreas, useCreateUser } from '../hooks/use-admin.ts';
import { useUnits } from '../hooks/use-plan.ts';
import { ErrorNotice } from './query-state.tsx';

const roles: Role[] = ['office', 'liaison', 'district', 'viewer'];

interface AreaOption {
  value: string;
  title: string;
  children: AreaOption[];
}

/** "Must be chosen" without `required`, which antd would turn into aria-required on a role-less div (axe). */
const present = (message: string) => ({
  validator: (_: unknown, value: unknown) =>
    value === undefined || value === null || value === ''
      ? Promise.reject(new Error(message))
      : Promise.resolve(),
});

const toOptions = (areas: Area[]): AreaOption[] =>
  areas.map((a) => ({ value: a.code, title: `${a.name} ${a.code}`, children: toOptions(a.children ?? []) }));

export function UserCreateForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewUser>();
  const role = Form.useWatch('role', form);
  const create = useCreateUser();
  const units = useUnits();
  const areas = useAreas();
  const { message } = App.useApp();

  const submit = (values: NewUser) =>
    create.mutate(
      {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        role: values.role,
        ...(values.role === 'liaison' ? { unitId: values.unitId } : {}),
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
    <Form<NewUser>
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
      <Form.Item label={t('users.role')} name="role">
        <Select options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))} data-test="user-role" />
      </Form.Item>
      {role === 'liaison' && (
        <Form.Item label={t('users.unit')} name="unitId" rules={[present(t('users.unitRequired'))]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            data-test="user-unit"
          />
        </Form.Item>
      )}
      {role === 'district' && (
        <Form.Item label={t('users.area')} name="areaCode" rules={[present(t('users.areaRequired'))]}>
          <TreeSelect
            treeData={toOptions(areas.data ?? [])}
            showSearch={{ treeNodeFilterProp: 'title' }}
            data-test="user-area"
          />
        </Form.Item>
      )}
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
