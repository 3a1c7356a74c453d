// Office form to add an item to one year's form (code, group, names, type, aggregation, unit, parent).
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddItem } from '../../api/indicators/forms.ts';
import { useMessage } from '../app-message.tsx';
import { NativeSelect } from '../native-select.tsx';
import { ErrorNotice } from '../query-state.tsx';

const GROUPS = ['P', 'V', 'F', 'M', 'A', 'E'] as const;
const TYPES = ['integer', 'number', 'percentage', 'money', 'text'] as const;
const AGGS = ['sum', 'latest', 'mean'] as const;

export function AddItemForm({ year, parents }: { year: number; parents: { code: string; label: string }[] }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [v, setV] = useState({
    code: '',
    group: 'A',
    zh: '',
    en: '',
    valueType: 'integer',
    aggregation: 'sum',
    unit: '',
    parent: '',
  });
  const add = useAddItem(year);
  const field = (key: keyof typeof v, label: string, node: React.ReactNode) => (
    <label key={key} className="ind-add-field">
      <span>{label}</span>
      {node}
    </label>
  );
  const text = (key: 'code' | 'zh' | 'en' | 'unit') => (
    <Input
      value={v[key]}
      onChange={(e) =>
        setV((x) => ({ ...x, [key]: key === 'code' ? e.target.value.toUpperCase() : e.target.value }))
      }
      data-test={`ind-add-${key}`}
    />
  );
  return (
    <form
      className="ind-add-form"
      data-test="ind-add-item"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(
          { ...v, parent: v.parent || null },
          {
            onSuccess: () => {
              void message.success(t('ind.form.added', { code: v.code }));
              setV((x) => ({ ...x, code: '', zh: '', en: '' }));
            },
          },
        );
      }}
    >
      <h3>{t('ind.form.addHeading', { year })}</h3>
      {add.error ? <ErrorNotice error={add.error} /> : null}
      <div className="ind-add-grid">
        {field('code', t('ind.grid.code'), text('code'))}
        {field(
          'group',
          t('ind.pivot.group'),
          <NativeSelect
            value={v.group}
            onChange={(g) => setV((x) => ({ ...x, group: g }))}
            options={GROUPS.map((g) => ({ value: g, label: t(`ind.group.${g}`) }))}
          />,
        )}
        {field('zh', t('ind.form.nameZh'), text('zh'))}
        {field('en', t('ind.form.nameEn'), text('en'))}
        {field(
          'valueType',
          t('ind.form.type'),
          <NativeSelect
            value={v.valueType}
            onChange={(x) => setV((y) => ({ ...y, valueType: x }))}
            options={TYPES.map((k) => ({ value: k, label: t(`ind.form.valueType.${k}`) }))}
          />,
        )}
        {field(
          'aggregation',
          t('ind.form.aggregationLabel'),
          <NativeSelect
            value={v.aggregation}
            onChange={(x) => setV((y) => ({ ...y, aggregation: x }))}
            options={AGGS.map((k) => ({ value: k, label: t(`ind.form.aggregation.${k}`) }))}
          />,
        )}
        {field('unit', t('ind.grid.unit'), text('unit'))}
        {field(
          'parent',
          t('ind.form.parent'),
          <NativeSelect
            value={v.parent}
            onChange={(x) => setV((y) => ({ ...y, parent: x }))}
            emptyLabel={t('ind.form.noParent')}
            options={parents.map((p) => ({ value: p.code, label: p.label }))}
          />,
        )}
      </div>
      <Button
        type="primary"
        htmlType="submit"
        loading={add.isPending}
        disabled={!v.code || !v.zh || !v.en}
        data-test="ind-add-submit"
      >
        {t('ind.form.add')}
      </Button>
    </form>
  );
}
