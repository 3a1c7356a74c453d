// The problems of a refused workbook, cell by cell in the reader's language; a failed rule shows its own reason.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ApiIssue, issueLabel, issueLine } from '../../api/error-text.ts';
import type { IndRule } from '../../api/indicators/types.ts';

export function UploadIssues({ issues, rules }: { issues: ApiIssue[]; rules: IndRule[] }) {
  const { t, i18n } = useTranslation();
  if (!issues.length) return null;
  const line = (i: ApiIssue) => {
    const rule = i.rule ? rules.find((r) => r.code === i.rule) : undefined;
    if (!rule) return issueLine(t, i);
    const text = i18n.language === 'en' ? rule.en : rule.zh;
    return t('error.issueLine', { field: issueLabel(t, i), text });
  };
  return (
    <Alert
      type="error"
      showIcon
      data-test="ind-upload-issues"
      title={t('ind.grid.uploadFailed', { count: issues.length })}
      description={
        <ul>
          {issues.map((i) => (
            <li key={`${i.cell}-${i.rule ?? ''}-${i.code ?? ''}-${i.message ?? ''}`}>{line(i)}</li>
          ))}
        </ul>
      }
    />
  );
}
