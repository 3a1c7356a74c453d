// Audit log (office only): every change and sign-in, who (name and unit) did what to which record and when, in words;
// filtered by person, unit, action, record type and days, with the record before and after behind +.
import { Table } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudit } from '../api/core/audit.ts';
import type { AuditEntry, AuditQuery } from '../api/core/types.ts';
import { AuditActor, AuditSubject } from '../components/audit-entry.tsx';
import { type AuditFilterKey, AuditFilters, auditFilterKeys } from '../components/audit-filters.tsx';
import { ListPager } from '../components/list-pager.tsx';
import { EmptyNotice, ErrorNotice } from '../components/query-state.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useSearchParamState } from '../hooks/use-search-param.ts';
import { useSmallScreen } from '../hooks/use-small-screen.ts';

const PAGE_SIZE = 20;

function Json({ label, value, testId }: { label: string; value: unknown; testId: string }) {
  return (
    <figure className="json-block">
      <figcaption>{label}</figcaption>
      <pre data-test={testId}>
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </figure>
  );
}

export default function AuditScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('audit.pageTitle'));
  const [filter, setParam] = useSearchParamState(auditFilterKeys);
  const [page, setPage] = useState(1);
  const set = (k: AuditFilterKey, v?: string) => {
    setParam(k, v);
    setPage(1);
  };
  const audit = useAudit(
    {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      ...(filter as Omit<AuditQuery, 'limit' | 'offset' | 'unit'>),
      unit: filter.unit ? Number(filter.unit) : undefined,
    },
    true,
  );
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  // a phone has room for one column: when and who go above the action
  const small = useSmallScreen();
  const filtered = auditFilterKeys.some((k) => filter[k]);

  return (
    <div className="page page-wide" data-test="audit-page">
      <h1>{t('audit.heading')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <AuditFilters values={filter} set={set} />
      {audit.error ? (
        <ErrorNotice error={audit.error} />
      ) : (
        <>
          <Table<AuditEntry>
            rowKey="id"
            loading={audit.isFetching}
            dataSource={audit.data?.items ?? []}
            data-test="audit-table"
            onRow={(entry) => ({ 'data-test': `audit-row-${entry.id}` }) as HTMLAttributes<HTMLElement>}
            pagination={false}
            locale={{
              emptyText: (
                <EmptyNotice
                  text={filtered ? t('audit.emptyFiltered') : t('audit.empty')}
                  testId="audit-empty"
                />
              ),
            }}
            expandable={{
              expandedRowRender: (entry) => (
                <div className="json-pair" data-test={`audit-detail-${entry.id}`}>
                  <Json label={t('audit.before')} value={entry.before} testId={`audit-before-${entry.id}`} />
                  <Json label={t('audit.after')} value={entry.after} testId={`audit-after-${entry.id}`} />
                </div>
              ),
              expandIcon: ({ expanded, onExpand, record }) => (
                <button
                  type="button"
                  className="expand-button"
                  aria-expanded={expanded}
                  aria-label={
                    expanded ? t('audit.collapse', { id: record.id }) : t('audit.expand', { id: record.id })
                  }
                  onClick={(e) => onExpand(record, e)}
                  data-test={`audit-expand-${record.id}`}
                >
                  <span aria-hidden>{expanded ? '−' : '+'}</span>
                </button>
              ),
            }}
            columns={[
              {
                key: 'at',
                title: t('audit.at'),
                width: 170,
                responsive: ['lg'],
                render: (_, e) => <time dateTime={e.at}>{dates.format(new Date(e.at))}</time>,
              },
              {
                key: 'actor',
                title: t('audit.actor'),
                width: 180,
                responsive: ['lg'],
                render: (_, e) => <AuditActor entry={e} />,
              },
              {
                key: 'action',
                title: t('audit.action'),
                render: (_, e) => (
                  <span className="audit-what">
                    {small && (
                      <span className="muted">
                        <time dateTime={e.at}>{dates.format(new Date(e.at))}</time> ·{' '}
                        <AuditActor entry={e} inline />
                      </span>
                    )}
                    <span data-test={`audit-action-${e.id}`}>{t(`audit.actions.${e.action}`)}</span>
                    <AuditSubject entry={e} />
                  </span>
                ),
              },
            ]}
          />
          <ListPager
            page={page}
            pageSize={PAGE_SIZE}
            total={audit.data?.total ?? 0}
            onChange={setPage}
            label={t('audit.pages')}
          />
        </>
      )}
    </div>
  );
}
