// The checks of one unit's report: each failed rule with its figures, hard ones to fix, soft ones with a box for
// the explanation the filler must give before submitting. An empty form is not said to pass: nothing was checked.
import { Alert, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../api/indicators/types.ts';
import { formatNumber } from './ind-tabs.tsx';

interface ReportChecksProps {
  violations: Violation[];
  explanations: Record<string, string>;
  editable: boolean;
  /** nothing is filled in yet (a rule with no figures is not checked) */
  empty: boolean;
  onExplain: (rule: string, text: string) => void;
}

export function ReportChecks({ violations, explanations, editable, empty, onExplain }: ReportChecksProps) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <section className="ind-section" aria-labelledby="ind-checks" data-test="ind-checks">
      <h2 id="ind-checks">{t('ind.grid.checks')}</h2>
      {violations.length === 0 ? (
        <p data-test="ind-no-violations">{t(empty ? 'ind.grid.nothingChecked' : 'ind.grid.noViolations')}</p>
      ) : (
        violations.map((v) => (
          <Alert
            key={v.rule}
            className="ind-violation"
            type={v.severity === 'hard' ? 'error' : 'warning'}
            showIcon
            data-test={`ind-violation-${v.rule}`}
            title={`${v.severity === 'hard' ? t('ind.grid.hard') : t('ind.grid.soft')}${t('common.colon')}${t('ind.grid.rule', { text: en ? v.en : v.zh, left: formatNumber(i18n.language, v.left), right: formatNumber(i18n.language, v.right) })}`}
            description={
              v.severity === 'soft' ? (
                <label className="ind-explain">
                  <span className="sr-only">{t('ind.grid.explainLabel', { rule: en ? v.en : v.zh })}</span>
                  <Input.TextArea
                    rows={2}
                    placeholder={t('ind.grid.explain')}
                    value={explanations[v.rule] ?? ''}
                    disabled={!editable}
                    onChange={(e) => onExplain(v.rule, e.target.value)}
                    data-test={`ind-explain-${v.rule}`}
                  />
                </label>
              ) : undefined
            }
          />
        ))
      )}
    </section>
  );
}
