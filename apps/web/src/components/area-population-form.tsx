// Form for an area's population (count, year and source); shown to those who may edit that area.
import { App, Button, Form, Input, InputNumber } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area, AreaPopulation } from '../api/types.ts';
import { useUpdateArea } from '../hooks/use-admin.ts';
import { ErrorNotice } from './query-state.tsx';

export function AreaPopulationForm({ area }: { area: Area }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AreaPopulation>();
  const update = useUpdateArea(area.code);
  const { message } = App.useApp();

  useEffect(() => {
    form.setFieldsValue({
      population: area.population ?? undefined,
      populationYear: area.populationYear ?? undefined,
      populationSource: area.populationSource ?? '',
    });
  }, [form, area]);

  return (
    <Form<AreaPopulation>
      form={form}
      layout="vertical"
      className="narrow-form"
      data-test="area-form"
      onFinish={(values) =>
        update.mutate(values, { onSuccess: () => void message.success(t('areas.saved')) })
      }
    >
      <Form.Item
        label={t('areas.population')}
        name="population"
        rules={[{ required: true, message: t('areas.populationRequired') }]}
      >
        <InputNumber
          min={0}
          max={2_000_000_000}
          precision={0}
          style={{ width: '100%' }}
          data-test="area-population"
        />
      </Form.Item>
      <Form.Item
        label={t('areas.populationYear')}
        name="populationYear"
        rules={[{ required: true, message: t('areas.populationYearRequired') }]}
      >
        <InputNumber
          min={1949}
          max={2100}
          precision={0}
          style={{ width: '100%' }}
          data-test="area-population-year"
        />
      </Form.Item>
      <Form.Item
        label={t('areas.populationSource')}
        name="populationSource"
        extra={t('areas.populationSourceHelp')}
        rules={[{ required: true, whitespace: true, message: t('areas.populationSourceRequired') }]}
      >
        <Input data-test="area-population-source" />
      </Form.Item>
      {update.error && <ErrorNotice error={update.error} testId="area-form-error" />}
      <Button
        type="primary"
        htmlType="submit"
        loading={update.isPending}
        data-test="area-save"
        className="block-gap"
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}
