// Content's words in the interface language: kinds, states, hazards, verdicts and topics (cntLabels), the audience
// (svcLabels' target groups), shared with the review page and the portal.
import { cntLabels } from '@kepu/domain/content/labels';
import { svcLabels } from '@kepu/domain/services/labels';
import { useTranslation } from 'react-i18next';

export function useCntWords() {
  const { i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const l = zh ? cntLabels.zh : cntLabels.en;
  const groups = zh ? svcLabels.zh.groups : svcLabels.en.groups;
  return {
    ...l,
    groups,
    topic: (code: string) => l.topics[code] ?? code,
    /** a moment as the reader's date and time in Beijing time */
    when: (iso: string | null) =>
      iso
        ? new Date(iso).toLocaleString(zh ? 'zh-CN' : 'en', {
            timeZone: 'Asia/Shanghai',
            hour12: false,
            dateStyle: 'medium',
            timeStyle: 'short',
          })
        : '—',
    list: (codes: readonly string[], words: Record<string, string>) =>
      codes.map((c) => words[c] ?? c).join(zh ? '、' : ', '),
  };
}
