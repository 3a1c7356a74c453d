// The office or the education bureau's liaison adds a school to the registry (area, level, urban/rural, counsellors).
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCHOOL_LEVELS, type SchoolInput, useAddSchool } from '../../../api/indicators/data.ts';
import { useMessage } from '../../app-message.tsx';
import { NativeSelect, type SelectOption } from '../../native-select.tsx';
import { InputNumber } from '../../number-input.tsx';
import { ErrorNotice } from '../../query-state.tsx';
import { useApiFieldErrors } from './field-errors.ts';

const FIELDS = ['name', 'areaCode', 'level', 'urbanRural', 'counsellors'] as const;

export function SchoolForm({ areas }: { areas: SelectOption[] }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<SchoolInput>();
  const add = useAddSchool();
  const errors = useApiFieldErrors(form, FIELDS);
  return (
    <Form<SchoolInput>
      form={form}
      layout="vertical"
      className="ind-data-form"
      data-test="ind-school-form"
      initialValues={{ areaCode: areas[0]?.value, level: 'primary', urbanRural: 'urban', counsellors: 0 }}
      onFinish={(v) =>
        add.mutate(v, {
          onSuccess: () => {
            errors.clear();
            void message.success(t('indData.saved'));
            form.setFieldsValue({ name: '' });
          },
          onError: errors.onError,
        })
      }
    >
      <h2>{t('indData.schools.add')}</h2>
      <Form.Item
        label={t('indData.schools.name')}
        name="name"
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('indData.required', { field: t('indData.schools.name') }),
          },
        ]}
      >
        <Input maxLength={200} data-test="ind-school-name" />
      </Form.Item>
      <div className="ind-data-grid">
        <Form.Item label={t('indData.area')} name="areaCode" required>
          <NativeSelect options={areas} style={{ width: '100%' }} data-test="ind-school-area" />
        </Form.Item>
        <Form.Item label={t('indData.schools.level')} name="level" required>
          <NativeSelect
            style={{ width: '100%' }}
            data-test="ind-school-level"
            options={SCHOOL_LEVELS.map((l) => ({ value: l, label: t(`indData.schools.levels.${l}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('indData.schools.urbanRural')} name="urbanRural" required>
          <NativeSelect
            style={{ width: '100%' }}
            data-test="ind-school-ur"
            options={(['urban', 'rural'] as const).map((u) => ({
              value: u,
              label: t(`indData.schools.ur.${u}`),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('indData.schools.counsellors')} name="counsellors" required>
          <InputNumber
            min={0}
            max={500}
            precision={0}
            style={{ width: '100%' }}
            data-test="ind-school-counsellors"
          />
        </Form.Item>
      </div>
      {errors.unplaced ? <ErrorNotice error={errors.unplaced} testId="ind-school-error" /> : null}
      <Button type="primary" htmlType="submit" loading={add.isPending} data-test="ind-school-save">
        {t('indData.save')}
      </Button>
    </Form>
  );
}
