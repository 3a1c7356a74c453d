// The weights a rolled-up figure is made of, shown next to it as text (no hover needed): "加权:A ×2(67%)、B ×1(33%)".
// Long lists fold into a <details> that opens by keyboard or touch.
import { useTranslation } from 'react-i18next';
import { pct } from './acc-ui.tsx';

export interface WeightItem {
  label: string;
  weight: number;
  /** Share of the parent (0–1); left out where the shares are not meaningful. */
  share?: number;
}

export function WeightsList({
  parts,
  testId,
  foldAfter = 4,
  empty,
}: {
  parts: WeightItem[];
  testId?: string;
  foldAfter?: number;
  /** Text when there are no weighted parts (e.g. "mean of the reporting units"); nothing when left out. */
  empty?: string;
}) {
  const { t } = useTranslation();
  if (parts.length === 0)
    return empty ? (
      <span className="acc-weights" data-test={testId}>
        {empty}
      </span>
    ) : null;
  const text = (p: WeightItem) =>
    p.share === undefined
      ? t('accScope.weights.partNoShare', { label: p.label, weight: p.weight })
      : t('accScope.weights.part', { label: p.label, weight: p.weight, share: pct(p.share * 100) });
  const list = t('accScope.weights.weighted', { list: parts.map(text).join('、') });
  if (parts.length <= foldAfter)
    return (
      <span className="acc-weights" data-test={testId}>
        {list}
      </span>
    );
  return (
    <details className="acc-weights" data-test={testId}>
      <summary>{t('accScope.weights.details', { count: parts.length })}</summary>
      {list}
    </details>
  );
}
