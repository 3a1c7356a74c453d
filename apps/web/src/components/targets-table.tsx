// Text table of the literacy targets (the same numbers the chart draws), and the yearly trajectory.
import { useTranslation } from 'react-i18next';
import type { Target, TrajectoryPoint } from '../api/core/types.ts';
import { DATA_LANG } from '../i18n/index.ts';

const comparatorSign: Record<Target['comparator'], string> = {
  '=': '',
  '>': '>',
  '>=': '≥',
  '<': '<',
  '<=': '≤',
  '≈': '≈',
  qualitative: '',
};
const comparatorWord: Partial<Record<Target['comparator'], string>> = {
  '>': 'gt',
  '>=': 'gte',
  '<': 'lt',
  '<=': 'lte',
  '≈': 'approx',
};

/** "4.13%", ">15%", "≥25.5%", "≈28%"; a qualitative goal: its words. */
export function formatTarget(
  target: Pick<Target, 'comparator' | 'value' | 'unit'> & { text?: string },
): string {
  if (target.comparator === 'qualitative' || target.value === null) return target.text ?? '';
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
          <tr
            key={`${target.indicator}-${target.kind}-${target.year}`}
            data-test={`target-row-${target.year}`}
          >
            <th scope="row">{target.year}</th>
            {!single && <td>{indicatorName(target.indicator)}</td>}
            <td className="nowrap">{t(`targets.kind.${target.kind}`)}</td>
            <td className={target.comparator === 'qualitative' ? undefined : 'num'}>
              <span lang={target.comparator === 'qualitative' ? DATA_LANG : undefined}>
                {formatTarget(target)}
              </span>
              {comparatorWord[target.comparator] && (
                <span className="sr-only">
                  {t(`targets.comparator.${comparatorWord[target.comparator]}`)}
                </span>
              )}
              {target.source && (
                <div className="muted" lang={DATA_LANG} data-test="target-source">
                  {target.source}
                </div>
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
