// A candidate's figures in words: 审核通过时长（小时） 30、参与服务次数 10.
import type { TFunction } from 'i18next';
import type { Candidate } from '../../api/commendations/commendations.ts';

export function figuresText(t: TFunction, f: Candidate['figures']): string {
  return Object.entries(f)
    .map(([k, v]) => `${t(`commendations.metrics.${k}`)} ${v}`)
    .join(t('error.listSeparator'));
}
