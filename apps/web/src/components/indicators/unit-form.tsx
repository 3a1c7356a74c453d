// The office's form for a reporting unit: code (new units only), name, supervising department type, area and the
// plan unit whose liaison files for it. Used both to add a unit and to edit one.
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAreas } from '../../api/core/areas.ts';
import { useUnits } from '../../api/core/units.ts';
import { type SetupUnit, useSetupMutation } from '../../api/indicators/setup.ts';
import { useMessage } from '../app-message.tsx';
import { areaOptions } from '../area-options.ts';
import { NativeSelect } from '../native-select.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { SetupField } from './setup-field.tsx';

const DEPTS = ['government', 'party', 'mass_org', 'institution', 'enterprise', 'school', 'zone'] as const;

export function UnitForm({ unit, onDone }: { unit?: SetupUnit; onDone?: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const areas = useAreas();
  const planUnits = useUnits();
  const blank = { code: '', name: '', deptType: 'government', areaCode: '', orgUnitId: '' };
  const [v, setV] = useState(
    unit
      ? {
          code: unit.code,
          name: unit.name,
          deptType: unit.deptType,
          areaCode: unit.areaCode,
          orgUnitId: String(unit.orgUnitId ?? ''),
        }
      : blank,
  );
  const save = useSetupMutation<SetupUnit>();
  const set = (key: keyof typeof v) => (value: string) => setV((x) => ({ ...x, [key]: value }));
  return (
    <form
      className="ind-add-form"
      data-test="ind-unit-form"
      onSubmit={(e) => {
        e.preventDefault();
        const { code, ...fields } = v;
        const body = { ...fields, orgUnitId: v.orgUnitId ? Number(v.orgUnitId) : null };
        save.mutate(
          unit
            ? { method: 'patch', path: `/indicators/units/${unit.id}`, body }
            : { method: 'post', path: '/indicators/units', body: { code, ...body } },
          {
            onSuccess: () => {
              void message.success(
                unit ? t('indSetup.units.saved') : t('indSetup.units.added', { name: v.name }),
              );
              if (!unit) setV(blank);
              onDone?.();
            },
          },
        );
      }}
    >
      <h3>{unit ? t('indSetup.units.editHeading', { name: unit.name }) : t('indSetup.units.addHeading')}</h3>
      {save.error ? <ErrorNotice error={save.error} /> : null}
      <div className="ind-add-grid">
        <SetupField label={t('indSetup.units.code')}>
          <Input
            value={v.code}
            disabled={!!unit}
            onChange={(e) => set('code')(e.target.value.toUpperCase())}
            data-test="ind-unit-code"
          />
        </SetupField>
        <SetupField label={t('indSetup.units.name')}>
          <Input value={v.name} onChange={(e) => set('name')(e.target.value)} data-test="ind-unit-name" />
        </SetupField>
        <SetupField label={t('indSetup.units.dept')}>
          <NativeSelect
            value={v.deptType}
            onChange={set('deptType')}
            options={DEPTS.map((d) => ({ value: d, label: t(`ind.dept.${d}`) }))}
            data-test="ind-unit-dept"
          />
        </SetupField>
        <SetupField label={t('indSetup.units.area')}>
          <NativeSelect
            value={v.areaCode}
            onChange={set('areaCode')}
            emptyLabel="—"
            options={areaOptions(areas.data ?? [])}
            data-test="ind-unit-area"
          />
        </SetupField>
        <SetupField label={t('indSetup.units.orgUnit')}>
          <NativeSelect
            value={v.orgUnitId}
            onChange={set('orgUnitId')}
            emptyLabel={t('indSetup.units.noOrgUnit')}
            options={(planUnits.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
            data-test="ind-unit-org"
          />
        </SetupField>
      </div>
      <span className="ind-actions" style={{ margin: 0 }}>
        <Button
          type="primary"
          htmlType="submit"
          loading={save.isPending}
          disabled={!v.code || !v.name || !v.areaCode}
          data-test="ind-unit-submit"
        >
          {unit ? t('indSetup.units.save') : t('indSetup.units.add')}
        </Button>
        {unit && onDone ? <Button onClick={onDone}>{t('indSetup.units.cancel')}</Button> : null}
      </span>
    </form>
  );
}
