// The office enters a literacy value: a survey estimate asks for SE, interval and instrument version, a published
// figure for its citation. The API checks them; its field errors are shown next to the field.
import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { type KpiInput, useAddKpi } from '../../../api/indicators/data.ts';
import { useMessage } from '../../app-message.tsx';
import { NativeSelect, type SelectOption } from '../../native-select.tsx';
import { InputNumber } from '../../number-input.tsx';
import { ErrorNotice } from '../../query-state.tsx';
import { useApiFieldErrors } from './field-errors.ts';

type Values = Omit<KpiInput, 'code'>;
const FIELDS = [
  'year',
  'areaCode',
  'option',
  'value',
  'se',
  'ciLow',
  'ciHigh',
  'instrument',
  'citation',
] as const;
const OPTIONS = ['', 'urban', 'rural', 'male', 'female'] as const;

export function KpiForm({ areas }: { areas: SelectOption[] }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('sourceKind', form) ?? 'published';
  const add = useAddKpi();
  const errors = useApiFieldErrors(form, FIELDS, (field, text) =>
    t(`indData.literacy.fieldErrors.${field}`, { defaultValue: text }),
  );
  const num = (name: keyof Values, label: string, min: number, max: number, required = false, step = 0.1) => (
    <Form.Item label={label} name={name} required={required}>
      <InputNumber
        min={min}
        max={max}
        step={step}
        precision={step === 1 ? 0 : undefined}
        style={{ width: '100%' }}
        data-test={`ind-kpi-${name}`}
      />
    </Form.Item>
  );
  const submit = (v: Values) => {
    const body: KpiInput = {
      code: 'K_LITERACY',
      ...v,
      se: kind === 'survey' ? (v.se ?? null) : null,
      ciLow: kind === 'survey' ? (v.ciLow ?? null) : null,
      ciHigh: kind === 'survey' ? (v.ciHigh ?? null) : null,
      instrument: kind === 'survey' ? v.instrument?.trim() || null : null,
      citation: kind === 'published' ? v.citation?.trim() || null : null,
    };
    add.mutate(body, {
      onSuccess: () => {
        errors.clear();
        void message.success(t('indData.saved'));
        form.setFieldsValue({ value: undefined, se: undefined, ciLow: undefined, ciHigh: undefined });
      },
      onError: errors.onError,
    });
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="ind-data-form"
      data-test="ind-kpi-form"
      initialValues={{
        year: new Date().getFullYear() - 1,
        areaCode: areas[0]?.value,
        option: '',
        sourceKind: 'published',
      }}
      onFinish={submit}
    >
      <h2>{t('indData.literacy.add')}</h2>
      <div className="ind-data-grid">
        {num('year', t('indData.year'), 2000, 2100, true, 1)}
        <Form.Item label={t('indData.area')} name="areaCode" required>
          <NativeSelect options={areas} data-test="ind-kpi-area" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('indData.literacy.option')} name="option">
          <NativeSelect
            data-test="ind-kpi-option"
            style={{ width: '100%' }}
            options={OPTIONS.map((o) => ({
              value: o,
              label: o ? t(`ind.targets.options.${o}`) : t('indData.literacy.optionTotal'),
            }))}
          />
        </Form.Item>
        {num('value', t('indData.literacy.value'), 0, 100, true)}
      </div>
      <Form.Item label={t('indData.literacy.sourceKind')} name="sourceKind">
        <Radio.Group data-test="ind-kpi-kind">
          <Radio value="published" data-test="ind-kpi-kind-published">
            {t('indData.literacy.kinds.published')}
          </Radio>
          <Radio value="survey" data-test="ind-kpi-kind-survey">
            {t('indData.literacy.kinds.survey')}
          </Radio>
        </Radio.Group>
      </Form.Item>
      {kind === 'survey' ? (
        <>
          <div className="ind-data-grid">
            {num('se', t('indData.literacy.se'), 0, 50, true)}
            {num('ciLow', t('indData.literacy.ciLow'), 0, 100)}
            {num('ciHigh', t('indData.literacy.ciHigh'), 0, 100)}
          </div>
          <Form.Item label={t('indData.literacy.instrument')} name="instrument" required>
            <Input maxLength={200} data-test="ind-kpi-instrument" />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          label={t('indData.literacy.citation')}
          name="citation"
          extra={t('indData.literacy.citationHelp')}
          required
        >
          <Input.TextArea rows={2} maxLength={1000} data-test="ind-kpi-citation" />
        </Form.Item>
      )}
      {errors.unplaced ? <ErrorNotice error={errors.unplaced} testId="ind-kpi-error" /> : null}
      <Button type="primary" htmlType="submit" loading={add.isPending} data-test="ind-kpi-save">
        {t('indData.save')}
      </Button>
    </Form>
  );
}
