// Which reports' figures an aggregate counts: accepted ones for everyone; the office may add those in review and drafts.
import type { FigureStage } from '@kepu/domain/indicators';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../api/core/session.ts';
import { NativeSelect } from '../native-select.tsx';

const stages = ['accepted', 'submitted', 'all'] as const satisfies readonly FigureStage[];

/** The stage in the address (?stage=), accepted unless the reader may and did choose another. */
export const stageParam = (value: string | undefined): FigureStage | undefined =>
  stages.find((s) => s === value && s !== 'accepted');

/** The choice, for the office only (other readers always see accepted figures: the note says so). */
export function StageSelect({
  value,
  onChange,
}: {
  value: FigureStage | undefined;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  if (!useAbilities()['ind.figures.unaccepted']) return null;
  return (
    <label>
      {t('ind.stage.label')}
      <NativeSelect
        value={value ?? 'accepted'}
        onChange={onChange}
        aria-label={t('ind.stage.label')}
        data-test="ind-stage"
        options={stages.map((s) => ({ value: s, label: t(`ind.stage.${s}`) }))}
      />
    </label>
  );
}

/** What the figures on the page count, in words. */
export function StageNote({ stage }: { stage: FigureStage }) {
  const { t } = useTranslation();
  return (
    <p className={stage === 'accepted' ? 'muted' : 'ind-stage-warning'} data-test="ind-stage-note">
      {t(`ind.stage.note.${stage}`)}
    </p>
  );
}
