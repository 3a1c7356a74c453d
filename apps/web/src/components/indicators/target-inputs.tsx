// What a target's status came from: the baseline, the latest value and its year, the target and its year, and either
// the growth ratio (before the target year) or that the year is over (achieved / missed); then any override.
import { useTranslation } from 'react-i18next';
import type { TargetView } from '../../api/indicators/types.ts';
import { formatNumber } from './ind-tabs.tsx';

type Row = TargetView['targets'][number];

export function TargetInputs({ code, row }: { code: string; row: Row }) {
  const { t, i18n } = useTranslation();
  const { computed, override } = row;
  const { inputs } = computed;
  const point = (p: { year: number; value: number | null } | null) =>
    p && p.value !== null
      ? t('ind.targets.point', { year: p.year, value: formatNumber(i18n.language, p.value) })
      : '—';
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(i18n.language, v * 100, 2)}%`);
  return (
    <span data-test={`ind-inputs-${code}-${row.year}`}>
      {t('ind.targets.inputsValues', {
        baseline: point(inputs.baseline),
        latest: point(inputs.latest),
        target: point({ year: row.year, value: computed.targetValue }),
      })}
      <div className="muted">
        {computed.due
          ? t('ind.targets.inputsDue', { year: inputs.currentYear ?? row.year })
          : computed.ratio !== null
            ? t('ind.targets.inputsText', {
                actual: pct(computed.actualCagr),
                required: pct(computed.requiredCagr),
                ratio: formatNumber(i18n.language, computed.ratio, 3),
              })
            : null}
      </div>
      {override && (
        <div className="muted">
          {t('ind.targets.overrideBy', {
            by: override.name ?? override.by,
            reason: override.reason,
            computed: t(`ind.targets.statuses.${computed.status}`),
          })}
        </div>
      )}
    </span>
  );
}
