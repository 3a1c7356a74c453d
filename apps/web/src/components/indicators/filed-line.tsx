// How complete the figures beside it are: units assigned, filed and accepted in a year, and how many reports the
// chosen stage counts ("58 个单位中 12 个已报送，3 个已审定；图表只计入已审定的 3 个。").
import type { FigureStage } from '@kepu/domain/indicators';
import { useTranslation } from 'react-i18next';
import { useCompleteness } from '../../api/indicators/analysis.ts';

export function FiledLine({
  year,
  stage,
  withYear = false,
}: {
  year: number | undefined;
  stage: FigureStage | undefined;
  /** Starts with the year (a pivot over several years has one line each). */
  withYear?: boolean;
}) {
  const { t } = useTranslation();
  const total = useCompleteness(year, stage).data;
  if (!total) return null;
  const { expected, submitted, accepted, counted } = total.total;
  const n = { expected, submitted, accepted, counted };
  return (
    <p className="ind-filed" data-test="ind-filed">
      {withYear && t('ind.filed.year', { year: total.year })}
      {t('ind.filed.line', n)}
      {t(`ind.filed.counted.${total.stage}`, n)}
    </p>
  );
}
