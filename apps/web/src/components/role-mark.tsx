// The lead (●) and responsible (○) marks, told apart by symbol, colour and (for screen readers) words.
import { useTranslation } from 'react-i18next';
import type { TaskRole } from '../api/types.ts';

export const roleSymbol: Record<TaskRole, string> = { lead: '●', responsible: '○' };

export function RoleMark({ role, withText }: { role: TaskRole; withText?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`role-mark role-${role}`} data-role={role}>
      <span aria-hidden className="role-symbol">
        {roleSymbol[role]}
      </span>
      {withText ? <span className="role-text">{t(`role.task.${role}`)}</span> : <span className="sr-only">{t(`role.task.${role}`)}</span>}
    </span>
  );
}

export function RoleLegend() {
  const { t } = useTranslation();
  return (
    <div className="role-legend" data-test="matrix-legend">
      <span className="legend-title">{t('matrix.legend')}</span>
      <RoleMark role="lead" withText />
      <RoleMark role="responsible" withText />
    </div>
  );
}
