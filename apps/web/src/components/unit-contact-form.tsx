// Small form for a unit's contact person, phone, note and reminder email addresses; shown only to those allowed to edit
// the unit.
import { Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitContact, UnitDetail } from '../api/core/types.ts';
import { useUpdateUnit } from '../api/core/units.ts';
import { useMessage } from './app-message.tsx';
import { ErrorNotice } from './query-state.tsx';

type Values = Omit<UnitContact, 'emails'> & { emails?: string };
/** "a@x.org, b@x.org" (commas, semicolons, 、 or spaces) → ["a@x.org", "b@x.org"] */
const addresses = (text = '') => text.split(/[\s,;，；、]+/).filter((a) => a.length > 0);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function UnitContactForm({ unit }: { unit: UnitDetail['unit'] }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const update = useUpdateUnit(unit.id);
  const message = useMessage();

  // the form takes the stored values when they change, not on every refetch: a refetch (after signing in, on focus)
  // returns a new but equal unit, and resetting then wiped what the person was typing
  const contactName = unit.contactName ?? '';
  const contactPhone = unit.contactPhone ?? '';
  const note = unit.note ?? '';
  const emails = (unit.emails ?? []).join(', ');
  useEffect(() => {
    form.setFieldsValue({ contactName, contactPhone, note, emails });
  }, [form, contactName, contactPhone, note, emails]);

  const save = (values: Values) =>
    update.mutate(
      // an emptied field clears the value on the server
      {
        contactName: values.contactName?.trim() || null,
        contactPhone: values.contactPhone?.trim() || null,
        note: values.note ?? '',
        emails: [...new Set(addresses(values.emails))],
      },
      { onSuccess: () => void message.success(t('unit.saved')) },
    );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={save}
      data-test="unit-contact-form"
      className="narrow-form"
    >
      <Form.Item
        label={t('unit.contactName')}
        name="contactName"
        rules={[{ max: 40, message: t('unit.contactNameTooLong') }]}
      >
        <Input autoComplete="name" data-test="unit-contact-name" />
      </Form.Item>
      <Form.Item
        label={t('unit.contactPhone')}
        name="contactPhone"
        extra={t('unit.contactPhoneHelp')}
        rules={[{ pattern: /^[0-9+\-() ]{5,20}$/, message: t('unit.contactPhoneInvalid') }]}
      >
        <Input type="tel" inputMode="tel" autoComplete="tel" data-test="unit-contact-phone" />
      </Form.Item>
      <Form.Item label={t('unit.note')} name="note" rules={[{ max: 2000, message: t('unit.noteTooLong') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-test="unit-note" />
      </Form.Item>
      <Form.Item
        label={t('accNotify.emails')}
        name="emails"
        extra={t('accNotify.emailsHelp')}
        rules={[
          {
            validator: async (_, value?: string) => {
              const list = addresses(value);
              const bad = list.find((a) => !EMAIL.test(a));
              if (bad) throw new Error(t('accNotify.emailsInvalid', { address: bad }));
              if (new Set(list).size > 5) throw new Error(t('accNotify.emailsTooMany'));
            },
          },
        ]}
      >
        <Input type="text" inputMode="email" autoComplete="off" data-test="unit-emails" />
      </Form.Item>
      {update.error && <ErrorNotice error={update.error} testId="unit-contact-error" />}
      <Button
        type="primary"
        htmlType="submit"
        loading={update.isPending}
        data-test="unit-contact-save"
        className="block-gap"
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}
