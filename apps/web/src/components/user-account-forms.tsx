// The office's work on one account: edit its name, role, unit and area in a drawer; give it a new password in a dialog
// (its owner must change it at the next sign-in).
import { Alert, Button, Drawer, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '../api/core/types.ts';
import { useResetPassword, useUpdateUser } from '../api/core/users.ts';
import { usePhoneScreen } from '../hooks/use-small-screen.ts';
import { useMessage } from './app-message.tsx';
import { ErrorNotice } from './query-state.tsx';
import { RoleScopeFields } from './user-role-fields.tsx';

interface EditForm {
  displayName: string;
  role: Role;
  unitId?: string;
  areaCode?: string;
}

/** Edits `user` (closed when null); the unit or area is asked for only when the chosen role has one. */
export function UserEditDrawer({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditForm>();
  const role = Form.useWatch('role', form);
  const update = useUpdateUser();
  const phone = usePhoneScreen();
  const message = useMessage();
  const { reset } = update;

  useEffect(() => {
    if (!user) return;
    reset();
    form.setFieldsValue({
      displayName: user.displayName,
      role: user.role,
      unitId: user.unitId === null ? undefined : String(user.unitId),
      areaCode: user.areaCode ?? undefined,
    });
  }, [user, form, reset]);

  const submit = (values: EditForm) => {
    if (!user) return;
    update.mutate(
      {
        id: user.id,
        patch: {
          displayName: values.displayName.trim(),
          role: values.role,
          unitId: values.role === 'liaison' && values.unitId ? Number(values.unitId) : null,
          areaCode: values.role === 'district' && values.areaCode ? values.areaCode : null,
        },
      },
      {
        onSuccess: (saved) => {
          void message.success(t('users.saved', { username: saved.username }));
          onClose();
        },
      },
    );
  };

  return (
    <Drawer
      open={user !== null}
      onClose={onClose}
      title={user ? t('users.editTitle', { username: user.username }) : ''}
      placement="right"
      size={phone ? 360 : 480}
      closable={{ 'aria-label': t('common.close') }}
      destroyOnHidden
      data-test="user-edit-drawer"
    >
      <p className="muted">{t('users.editIntro')}</p>
      <Form<EditForm> form={form} layout="vertical" onFinish={submit} data-test="user-edit-form">
        <Form.Item
          label={t('users.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
        >
          <Input autoComplete="off" data-test="user-edit-display-name" />
        </Form.Item>
        <RoleScopeFields role={role} testId="user-edit" />
        {update.error && <ErrorNotice error={update.error} testId="user-edit-error" />}
        <div className="button-row block-gap">
          <Button type="primary" htmlType="submit" loading={update.isPending} data-test="user-edit-save">
            {t('common.save')}
          </Button>
          <Button onClick={onClose}>{t('users.cancel')}</Button>
        </div>
      </Form>
    </Drawer>
  );
}

/** The office types a new password for `user` (closed when null); the rules are shown, and the server's answer. */
export function PasswordResetModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string }>();
  const resetPassword = useResetPassword();
  const message = useMessage();
  const { reset } = resetPassword;

  useEffect(() => {
    if (!user) return;
    reset();
    form.resetFields();
  }, [user, form, reset]);

  const submit = ({ password }: { password: string }) => {
    if (!user) return;
    resetPassword.mutate(
      { id: user.id, password },
      {
        onSuccess: (saved) => {
          void message.success(t('users.resetDone', { username: saved.username }));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.resetTitle', { username: user.username }) : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      data-test="user-reset-dialog"
    >
      <Alert type="info" showIcon title={t('users.resetIntro')} className="block-gap" />
      <Form<{ password: string }> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          label={t('users.newPassword')}
          name="password"
          extra={t('password.rules')}
          rules={[
            { required: true, message: t('password.nextRequired') },
            { min: 10, message: t('password.tooShort') },
          ]}
        >
          <Input.Password autoComplete="new-password" data-test="user-reset-password" />
        </Form.Item>
        {resetPassword.error && <ErrorNotice error={resetPassword.error} testId="user-reset-error" />}
        <div className="button-row block-gap">
          <Button
            type="primary"
            htmlType="submit"
            loading={resetPassword.isPending}
            data-test="user-reset-submit"
          >
            {t('users.resetSubmit')}
          </Button>
          <Button onClick={onClose}>{t('users.cancel')}</Button>
        </div>
      </Form>
    </Modal>
  );
}
