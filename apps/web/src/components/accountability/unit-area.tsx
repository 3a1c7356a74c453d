// A unit's area (for district admins' scope): shown to everyone on the unit page, set by the office; and the office's
// form to add a local unit (a district government, a district 科协) with its area.
import { Button, Card, Form, Input } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accApi, useAccMutation } from '../../api/accountability/acc.ts';
import type { LocalUnitView } from '../../api/accountability/types.ts';
import { api } from '../../api/client.ts';
import { useAreas } from '../../api/core/areas.ts';
import type { Area, UnitAreaRef } from '../../api/core/types.ts';
import { NativeSelect, type SelectOption } from '../native-select.tsx';
import { ErrorNotice } from '../query-state.tsx';
import './acc.css';
import { useMessage } from '../app-message.tsx';

/** The city-level choice first, then the districts, counties and zones (no towns). */
function useUnitAreaOptions(): SelectOption[] {
  const areas = useAreas();
  const { t } = useTranslation();
  const children = (areas.data ?? []).flatMap((city: Area) => city.children ?? []);
  return [
    { value: '', label: t('accScope.area.cityOption') },
    ...children.map((a) => ({ value: a.code, label: `${a.name} ${a.code}` })),
  ];
}

export function UnitAreaSection({
  unitId,
  area,
  canEdit,
}: {
  unitId: number;
  /** null: a city-level unit */
  area: UnitAreaRef | null;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const options = useUnitAreaOptions();
  const [code, setCode] = useState(area?.code ?? '');
  const selectId = useId();
  const save = useAccMutation(
    () => accApi.put(`/acc/units/${unitId}/area`, { areaCode: code || null }),
    [['unit', String(unitId)], ['units']],
  );
  const current = area?.name ?? t('accScope.area.city');
  return (
    <section className="page-section" aria-labelledby="unit-area">
      <Card>
        <h2 id="unit-area" className="card-heading">
          {t('accScope.area.heading')}
        </h2>
        <p data-test="unit-area">{canEdit ? t('accScope.area.current', { name: current }) : current}</p>
        <p className="muted">{t('accScope.area.explain')}</p>
        {canEdit && (
          <div className="filter-bar">
            <div className="filter-field">
              <label htmlFor={selectId} className="filter-label">
                {t('accScope.area.label')}
              </label>
              <NativeSelect
                id={selectId}
                value={code}
                options={options}
                onChange={setCode}
                data-test="unit-area-select"
              />
            </div>
            <div className="filter-field filter-actions">
              <Button
                type="primary"
                loading={save.isPending}
                onClick={() =>
                  save.mutate(undefined, { onSuccess: () => void message.success(t('accScope.area.saved')) })
                }
                data-test="unit-area-save"
              >
                {t('accScope.area.save')}
              </Button>
            </div>
          </div>
        )}
        {save.error ? <ErrorNotice error={save.error} testId="unit-area-error" /> : null}
      </Card>
    </section>
  );
}

export function AddLocalUnitForm() {
  const { t } = useTranslation();
  const options = useUnitAreaOptions();
  const [form] = Form.useForm<{ name: string; areaCode: string }>();
  const [added, setAdded] = useState<LocalUnitView | null>(null);
  const add = useAccMutation(
    (v: { name: string; areaCode: string }) =>
      api.post<LocalUnitView>('/acc/units', {
        name: v.name.trim(),
        areaCode: v.areaCode || null,
      }),
    [['units']],
  );
  return (
    <Card className="block-gap" data-test="add-unit">
      <h2 className="card-heading">{t('accScope.addUnit.heading')}</h2>
      <p className="muted">{t('accScope.addUnit.explain')}</p>
      <Form
        form={form}
        layout="vertical"
        className="narrow-form"
        initialValues={{ name: '', areaCode: '' }}
        onFinish={(v) =>
          add.mutate(v, {
            onSuccess: (u) => {
              setAdded(u);
              form.resetFields();
            },
          })
        }
      >
        <Form.Item
          label={t('accScope.addUnit.name')}
          name="name"
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              max: 60,
              message: t('accScope.addUnit.nameRequired'),
            },
          ]}
        >
          <Input data-test="add-unit-name" />
        </Form.Item>
        <Form.Item label={t('accScope.addUnit.area')} name="areaCode">
          <NativeSelect options={options} data-test="add-unit-area" />
        </Form.Item>
        {add.error ? <ErrorNotice error={add.error} testId="add-unit-error" /> : null}
        <Button type="primary" htmlType="submit" loading={add.isPending} data-test="add-unit-submit">
          {t('accScope.addUnit.submit')}
        </Button>
        {added && (
          <output className="block-gap" data-test="add-unit-done">
            {t('accScope.addUnit.added', { name: added.name })}{' '}
            <Link className="acc-text-link" to={`/units/${added.id}`}>
              {t('accScope.addUnit.open')}
            </Link>
          </output>
        )}
      </Form>
    </Card>
  );
}
