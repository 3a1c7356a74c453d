// Every problem of a refused exchange file at once, as a table of row (as the spreadsheet shows it), column and what is
// wrong; when the server listed only the first of many, the notice says how many there are in all.
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldLabel, issueText } from '../../../api/error-text.ts';
import type { ExchangeIssue } from '../../../api/indicators/exchange.ts';
import { usePhoneScreen } from '../../../hooks/use-small-screen.ts';

export function ExchangeIssues({ issues, count }: { issues: ExchangeIssue[]; count: number }) {
  const { t } = useTranslation();
  const phone = usePhoneScreen(); // narrow place columns leave the problem room to read
  return (
    <section
      className="ind-section"
      data-test="ind-exchange-issues"
      aria-label={t('indExchange.failed', { count })}
    >
      <Alert
        type="error"
        showIcon
        title={t('indExchange.failed', { count })}
        description={
          <>
            {t('indExchange.fixAll')}
            {count > issues.length && (
              <strong className="ind-exchange-more" data-test="ind-exchange-more">
                {t('indExchange.firstIssues', { listed: issues.length, count })}
              </strong>
            )}
          </>
        }
      />
      <Table<ExchangeIssue>
        className="ind-section"
        size="small"
        pagination={false}
        tableLayout="fixed"
        rowKey={(i) => `${i.path}-${i.code}-${i.message}`}
        dataSource={issues}
        data-test="ind-exchange-issue-table"
        columns={[
          {
            title: t('indExchange.issueRow'),
            key: 'row',
            width: phone ? 44 : 72,
            render: (_, i) => (i.row > 0 ? i.row : t('indExchange.header')),
          },
          {
            title: t('indExchange.issueColumn'),
            key: 'column',
            width: phone ? 96 : 160,
            className: 'ind-exchange-column',
            render: (_, i) => (i.row > 0 ? i.column : fieldLabel(t, i.path)),
          },
          { title: t('indExchange.issueText'), key: 'text', render: (_, i) => issueText(t, i) },
        ]}
      />
    </section>
  );
}
