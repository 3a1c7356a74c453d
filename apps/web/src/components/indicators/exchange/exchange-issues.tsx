// Every problem of a refused exchange file at once, as a table of row (as the spreadsheet shows it), column and what is
// wrong; when the server listed only the first of many, the heading says how many there are in all.
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldLabel, issueText } from '../../../api/error-text.ts';
import type { ExchangeIssue } from '../../../api/indicators/exchange.ts';

export function ExchangeIssues({ issues, count }: { issues: ExchangeIssue[]; count: number }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      className="ind-section"
      data-test="ind-exchange-issues"
      title={t('indExchange.failed', { count })}
      description={
        <>
          <p>{t('indExchange.fixAll')}</p>
          {count > issues.length && (
            <p data-test="ind-exchange-more">
              {t('indExchange.firstIssues', { listed: issues.length, count })}
            </p>
          )}
          <Table<ExchangeIssue>
            size="small"
            pagination={false}
            tableLayout="fixed"
            rowKey={(i, k) => `${k}-${i.path}-${i.code}`}
            dataSource={issues}
            data-test="ind-exchange-issue-table"
            columns={[
              {
                title: t('indExchange.issueRow'),
                key: 'row',
                width: 64,
                render: (_, i) => (i.row > 0 ? i.row : t('indExchange.header')),
              },
              {
                title: t('indExchange.issueColumn'),
                key: 'column',
                width: 112,
                className: 'ind-exchange-column',
                render: (_, i) => (i.row > 0 ? i.column : fieldLabel(t, i.path)),
              },
              { title: t('indExchange.issueText'), key: 'text', render: (_, i) => issueText(t, i) },
            ]}
          />
        </>
      }
    />
  );
}
