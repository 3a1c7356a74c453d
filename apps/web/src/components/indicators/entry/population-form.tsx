// Enter or update one area's population for one year, with its source (required); API field errors go next to the field.
// The populations page picks the area; the areas page passes `area` (the one selected) and hides the picker.
import { Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type PopulationInput, useSetPopulation } from '../../../api/indicators/data.ts';
import { useMessage } from '../../app-message.tsx';
import { NativeSelect, type SelectOption } from '../../native-select.tsx';
import { InputNumber } from '../../number-input.tsx';
import { ErrorNotice } from '../../query-state.tsx';
import { useApiFieldErrors } from './field-errors.ts';

type Values = PopulationInput & { areaCode: string };

export function PopulationForm({
  areas,
  editing,
  area,
}: {
  areas: SelectOption[];
  editing: Values | null;
  area?: string;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<Values>();
  const save = useSetPopulation();
  const errors = useApiFieldErrors(form, ['year', 'population', 'source']);
  useEffect(() => {
    if (editing) form.setFieldsValue(editing);
  }, [form, editing]);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('indData.required', { field }) },
  ];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="ind-data-form"
      data-test="ind-pop-form"
      initialValues={{ areaCode: area ?? areas[0]?.value, year: new Date().getFullYear() - 1 }}
      onFinish={(values) =>
        save.mutate(values, {
          onSuccess: () => {
            errors.clear();
            void message.success(t('indData.saved'));
            form.setFieldsValue({ population: undefined, source: '' });
          },
          onError: errors.onError,
        })
      }
    >
      <h2>{t('indData.populations.add')}</h2>
      <div className="ind-data-grid">
        <Form.Item
          label={t('indData.area')}
          name="areaCode"
          rules={required(t('indData.area'))}
          hidden={area !== undefined}
        >
          <NativeSelect options={areas} data-test="ind-pop-area" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label={t('indData.year')}
          name="year"
          rules={[{ required: true, message: t('indData.required', { field: t('indData.year') }) }]}
        >
          <InputNumber
            min={1949}
            max={2100}
            precision={0}
            style={{ width: '100%' }}
            data-test="ind-pop-year"
          />
        </Form.Item>
        <Form.Item
          label={t('indData.populations.population')}
          name="population"
          rules={[
            {
              required: true,
              message: t('indData.required', { field: t('indData.populations.population') }),
            },
          ]}
        >
          <InputNumber
            min={0}
            max={2_000_000_000}
            precision={0}
            style={{ width: '100%' }}
            data-test="ind-pop-population"
          />
        </Form.Item>
      </div>
      <Form.Item
        label={t('indData.populations.source')}
        name="source"
        extra={t('indData.populations.sourceHelp')}
        rules={required(t('indData.populations.source'))}
      >
        <Input maxLength={500} data-test="ind-pop-source" />
      </Form.Item>
      {errors.unplaced ? <ErrorNotice error={errors.unplaced} testId="ind-pop-error" /> : null}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-test="ind-pop-save">
        {t('indData.save')}
      </Button>
    </Form>
  );
}
