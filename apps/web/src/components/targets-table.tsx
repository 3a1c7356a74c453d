// Text table of the literacy targets (the same numbers the chart draws), and the yearly trajectory.
import { useTranslation } from 'react-i18next';
import type { Target, TrajectoryPoint } from '../api/core/types.ts';

const comparatorSign: Record<Target['comparator'], string> = { '=': '', '>': '>', '>=': '≥' };

/** "4.13%", ">15%", "≥25.5%" */
export function formatTarget(target: Pick<Target, 'comparator' | 'value' | 'unit'>): string {
  return `${comparatorSign[target.comparator]}${target.value}${target.unit}`;
}

export function TargetsTable({ targets }: { targets: Target[] }) {
  const { t } = useTranslation();
  const indicatorName = (indicator: string) =>
    t(`targets.indicators.${indicator}`, { defaultValue: indicator });
  // one indicator (the usual case): name it in the caption instead of repeating it on every row
  const single = new Set(targets.map((x) => x.indicator)).size === 1;
  return (
    <table className="data-table" data-test="targets-table">
      <caption>{single ? indicatorName(targets[0].indicator) : t('targets.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('targets.year')}</th>
          {!single && <th scope="col">{t('targets.indicator')}</th>}
          <th scope="col">{t('targets.kindLabel')}</th>
          <th scope="col" className="num">
            {t('targets.value')}
          </th>
        </tr>
      </thead>
      <tbody>
        {targets.map((target) => (
          <tr key={`${target.indicator}-${target.year}`} data-test={`target-row-${target.year}`}>
            <th scope="row">{target.year}</th>
            {!single && <td>{indicatorName(target.indicator)}</td>}
            <td className="nowrap">{t(`targets.kind.${target.kind}`)}</td>
            <td className="num">
              {formatTarget(target)}
              {target.comparator !== '=' && (
                <span className="sr-only">
                  {t(`targets.comparator.${target.comparator === '>' ? 'gt' : 'gte'}`)}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TrajectoryTable({ trajectory }: { trajectory: TrajectoryPoint[] }) {
  const { t } = useTranslation();
  return (
    <table className="data-table data-table-compact" data-test="trajectory-table">
      <caption>{t('targets.trajectoryCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('targets.year')}</th>
          <th scope="col" className="num">
            {t('targets.trajectoryValue')}
          </th>
        </tr>
      </thead>
      <tbody>
        {trajectory.map((point) => (
          <tr key={point.year}>
            <th scope="row">{point.year}</th>
            <td className="num">{`${point.value.toFixed(2)}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
