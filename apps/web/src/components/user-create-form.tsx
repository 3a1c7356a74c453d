// Office form to create an account: login name, display name, initial password, role and its scope.
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAreas } from '../api/core/areas.ts';
import type { Role } from '../api/core/types.ts';
import { useUnits } from '../api/core/units.ts';
import { useCreateUser } from '../api/core/users.ts';
import { useMessage } from './app-message.tsx';
import { areaOptions } from './area-options.ts';
import { NativeSelect } from './native-select.tsx';
import { ErrorNotice } from './query-state.tsx';

const roles: Role[] = ['office', 'liaison', 'district', 'viewer'];

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
  const units = useUnits();
  const areas = useAreas();
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
      <Form.Item label={t('users.role')} name="role">
        <NativeSelect
          options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          data-test="user-role"
        />
      </Form.Item>
      {role === 'liaison' && (
        <Form.Item
          label={t('users.unit')}
          name="unitId"
          rules={[{ required: true, message: t('users.unitRequired') }]}
        >
          <NativeSelect
            options={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
            emptyLabel={t('users.choose')}
            data-test="user-unit"
          />
        </Form.Item>
      )}
      {role === 'district' && (
        <Form.Item
          label={t('users.area')}
          name="areaCode"
          rules={[{ required: true, message: t('users.areaRequired') }]}
        >
          <NativeSelect
            options={areaOptions(areas.data ?? [])}
            emptyLabel={t('users.choose')}
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
