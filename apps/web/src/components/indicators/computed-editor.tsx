// The year's derived figures (numerator ÷ denominator × factor over item codes and POP): everyone sees the formulas;
// the office adds, edits, retires and re-activates them, previewing the city's figure for the year before saving.
import { Button, Input, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ComputedPreview, useSetupMutation } from '../../api/indicators/setup.ts';
import type { IndComputed } from '../../api/indicators/types.ts';
import { useMessage } from '../app-message.tsx';
import { InputNumber } from '../number-input.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { formatNumber } from './ind-tabs.tsx';
import { SetupField } from './setup-field.tsx';

type Row = IndComputed;
const blank = {
  code: '',
  zh: '',
  en: '',
  numerator: '',
  denominator: 'POP',
  factor: 1 as number | null,
  unit: '',
};

export function ComputedEditor({
  year,
  computed,
  office,
}: {
  year: number;
  computed: Row[];
  office: boolean;
}) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const [v, setV] = useState(blank);
  const [editing, setEditing] = useState<string | null>(null);
  const save = useSetupMutation();
  const toggle = useSetupMutation();
  const preview = useSetupMutation<ComputedPreview>();
  const base = `/indicators/forms/${year}/computed`;
  const body = { ...v, factor: v.factor ?? 0 };
  const reset = () => {
    setV(blank);
    setEditing(null);
    preview.reset();
    save.reset();
  };
  const text = (key: 'code' | 'zh' | 'en' | 'numerator' | 'denominator' | 'unit') => (
    <SetupField label={t(`indSetup.computed.${key === 'zh' ? 'nameZh' : key === 'en' ? 'nameEn' : key}`)}>
      <Input
        value={v[key]}
        disabled={key === 'code' && !!editing}
        onChange={(e) => {
          const value = key === 'code' ? e.target.value.toUpperCase() : e.target.value;
          setV((x) => ({ ...x, [key]: value }));
        }}
        data-test={`ind-computed-${key}`}
      />
    </SetupField>
  );
  const p = preview.data;
  const n = (x: number | null | undefined) => formatNumber(i18n.language, x);
  return (
    <section aria-labelledby="ind-computed-heading" data-test="ind-computed">
      <h2 id="ind-computed-heading" className="ind-section">
        {t('indSetup.computed.heading')}
      </h2>
      <p className="muted">{t('indSetup.computed.intro')}</p>
      {toggle.error ? <ErrorNotice error={toggle.error} /> : null}
      <Table<Row>
        rowKey="code"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={computed}
        data-test="ind-computed-table"
        columns={[
          { title: t('indSetup.computed.code'), dataIndex: 'code' },
          {
            title: t('indSetup.computed.name'),
            key: 'name',
            render: (_, c) => (
              <span className={c.retired ? 'muted' : ''}>
                {i18n.language === 'en' ? c.en : c.zh}
                {c.retired ? t('common.inParens', { text: t('indSetup.computed.retired') }) : ''}
              </span>
            ),
          },
          {
            title: t('indSetup.computed.formula'),
            key: 'formula',
            render: (_, c) => <code>{`(${c.numerator}) ÷ (${c.denominator}) × ${c.factor}`}</code>,
          },
          { title: t('indSetup.computed.unit'), dataIndex: 'unit' },
          ...(office
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, c: Row) => (
                    <span className="ind-actions" style={{ margin: 0 }}>
                      <Button
                        size="small"
                        onClick={() => {
                          preview.reset();
                          setEditing(c.code);
                          setV({
                            code: c.code,
                            zh: c.zh,
                            en: c.en,
                            numerator: c.numerator,
                            denominator: c.denominator,
                            factor: c.factor,
                            unit: c.unit,
                          });
                        }}
                        data-test={`ind-computed-edit-${c.code}`}
                      >
                        {t('indSetup.computed.edit')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() =>
                          toggle.mutate({
                            method: 'patch',
                            path: `${base}/${c.code}`,
                            body: { retired: !c.retired },
                          })
                        }
                        data-test={`ind-computed-retire-${c.code}`}
                      >
                        {c.retired ? t('indSetup.computed.activate') : t('indSetup.computed.retire')}
                      </Button>
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      {office ? (
        <form
          className="ind-add-form"
          data-test="ind-computed-form"
          onSubmit={(e) => {
            e.preventDefault();
            const { code, ...rest } = body;
            save.mutate(
              editing
                ? { method: 'patch', path: `${base}/${editing}`, body: rest }
                : { method: 'post', path: base, body },
              {
                onSuccess: () => {
                  void message.success(t('indSetup.computed.saved', { code: editing ?? code }));
                  reset();
                },
              },
            );
          }}
        >
          <h3>
            {editing
              ? t('indSetup.computed.editHeading', { code: editing })
              : t('indSetup.computed.addHeading')}
          </h3>
          {save.error ? <ErrorNotice error={save.error} /> : null}
          {preview.error ? <ErrorNotice error={preview.error} /> : null}
          <div className="ind-add-grid">
            {text('code')}
            {text('zh')}
            {text('en')}
            {text('numerator')}
            {text('denominator')}
            <SetupField label={t('indSetup.computed.factor')}>
              <InputNumber
                value={v.factor}
                min={0}
                onChange={(factor) => setV((x) => ({ ...x, factor }))}
                style={{ width: '100%' }}
                data-test="ind-computed-factor"
              />
            </SetupField>
            {text('unit')}
          </div>
          <output className="ind-preview" data-test="ind-computed-preview" aria-live="polite">
            {p
              ? [
                  p.value === null
                    ? t('indSetup.computed.previewNoValue', { root: p.root.name, year: p.year })
                    : t('indSetup.computed.previewResult', {
                        root: p.root.name,
                        year: p.year,
                        value: n(p.value),
                        unit: v.unit,
                        numerator: n(p.numerator),
                        denominator: n(p.denominator),
                      }),
                  p.population
                    ? t('indSetup.computed.population', {
                        population: n(p.population.population),
                        source: p.population.source,
                      })
                    : t('indSetup.computed.noPopulation'),
                ].join(' · ')
              : null}
          </output>
          <span className="ind-actions" style={{ margin: 0 }}>
            <Button
              onClick={() =>
                preview.mutate({
                  method: 'post',
                  path: `${base}/preview`,
                  body: { numerator: v.numerator, denominator: v.denominator, factor: v.factor ?? 0 },
                })
              }
              loading={preview.isPending}
              disabled={!v.numerator || !v.denominator}
              data-test="ind-computed-preview-button"
            >
              {t('indSetup.computed.preview')}
            </Button>
            <Button
              type="primary"
              htmlType="submit"
              loading={save.isPending}
              disabled={!v.code || !v.zh || !v.en || !v.numerator || !v.denominator}
              data-test="ind-computed-submit"
            >
              {editing ? t('indSetup.computed.save') : t('indSetup.computed.add')}
            </Button>
            {editing ? <Button onClick={reset}>{t('indSetup.computed.cancel')}</Button> : null}
          </span>
        </form>
      ) : null}
    </section>
  );
}
