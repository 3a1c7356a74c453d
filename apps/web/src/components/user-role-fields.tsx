// An account's role and its scope as form fields: a unit for a liaison, an area for a district admin, nothing else.
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAreas } from '../api/core/areas.ts';
import type { Role } from '../api/core/types.ts';
import { useUnits } from '../api/core/units.ts';
import { areaOptions } from './area-options.ts';
import { NativeSelect } from './native-select.tsx';

const roles: Role[] = ['office', 'liaison', 'district', 'viewer', 'analyst', 'interviewer'];

/** Fields `role`, `unitId` (a string: selects hold strings) and `areaCode`; `testId` prefixes their data-test ids. */
export function RoleScopeFields({ role, testId }: { role: Role | undefined; testId: string }) {
  const { t } = useTranslation();
  const units = useUnits();
  const areas = useAreas();
  return (
    <>
      <Form.Item label={t('users.role')} name="role">
        <NativeSelect
          options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          data-test={`${testId}-role`}
        />
      </Form.Item>
      {role === 'liaison' && (
        <Form.Item
          label={t('users.unit')}
          name="unitId"
          rules={[{ required: true, message: t('users.unitRequired') }]}
        >
          <NativeSelect
            options={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
            emptyLabel={t('users.choose')}
            data-test={`${testId}-unit`}
          />
        </Form.Item>
      )}
      {role === 'district' && (
        <Form.Item
          label={t('users.area')}
          name="areaCode"
          rules={[{ required: true, message: t('users.areaRequired') }]}
        >
          <NativeSelect
            options={areaOptions(areas.data ?? [])}
            emptyLabel={t('users.choose')}
            data-test={`${testId}-area`}
          />
        </Form.Item>
      )}
    </>
  );
}
