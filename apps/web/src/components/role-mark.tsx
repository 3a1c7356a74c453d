// The lead (●) and responsible (○) marks, told apart by symbol, colour and (for screen readers) words.
import { useTranslation } from 'react-i18next';
import type { TaskRole } from '../api/core/types.ts';

export const roleSymbol: Record<TaskRole, string> = { lead: '●', responsible: '○' };

export function RoleMark({ duty, withText }: { duty: TaskRole; withText?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`role-mark role-${duty}`} data-role={duty}>
      <span aria-hidden className="role-symbol">
        {roleSymbol[duty]}
      </span>
      {withText ? (
        <span className="role-text">{t(`role.task.${duty}`)}</span>
      ) : (
        <span className="sr-only">{t(`role.task.${duty}`)}</span>
      )}
    </span>
  );
}

export function RoleLegend() {
  const { t } = useTranslation();
  return (
    <div className="role-legend" data-test="matrix-legend">
      <span className="legend-title">{t('matrix.legend')}</span>
      <RoleMark duty="lead" withText />
      <RoleMark duty="responsible" withText />
    </div>
  );
}
