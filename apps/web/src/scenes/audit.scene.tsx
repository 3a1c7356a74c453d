// Audit log (office only): every change, who made it and when, with the record before and after.
import { Table } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudit } from '../api/core/audit.ts';
import type { AuditEntry } from '../api/core/types.ts';
import { ActorName } from '../components/demo-tag.tsx';
import { FilterText } from '../components/filter-text.tsx';
import { EmptyNotice, ErrorNotice } from '../components/query-state.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';

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
  const [page, setPage] = useState(1);
  const [actor, setActor] = useState('');
  const [entity, setEntity] = useState('');
  const audit = useAudit(
    { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, actor: actor.trim(), entity: entity.trim() },
    true,
  );
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  const filtered = Boolean(actor.trim() || entity.trim());

  return (
    <div className="page page-wide" data-test="audit-page">
      <h1>{t('audit.heading')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <search className="filter-bar" aria-label={t('audit.filters')}>
        <FilterText
          label={t('audit.actor')}
          value={actor}
          onChange={(v) => {
            setActor(v);
            setPage(1);
          }}
          testId="audit-filter-actor"
        />
        <FilterText
          label={t('audit.entity')}
          value={entity}
          onChange={(v) => {
            setEntity(v);
            setPage(1);
          }}
          placeholder={t('audit.entityPlaceholder')}
          testId="audit-filter-entity"
        />
      </search>
      {audit.error ? (
        <ErrorNotice error={audit.error} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          loading={audit.isFetching}
          dataSource={audit.data?.items ?? []}
          data-test="audit-table"
          onRow={(entry) => ({ 'data-test': `audit-row-${entry.id}` }) as HTMLAttributes<HTMLElement>}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: audit.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total) => t('audit.total', { count: total }),
          }}
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
              width: 200,
              render: (_, e) => <time dateTime={e.at}>{dates.format(new Date(e.at))}</time>,
            },
            {
              key: 'actor',
              title: t('audit.actor'),
              width: 140,
              render: (_, e) => <ActorName name={e.actor?.username} />,
            },
            { key: 'action', title: t('audit.action'), dataIndex: 'action' },
            {
              key: 'entity',
              title: t('audit.entity'),
              responsive: ['md'],
              render: (_, e) => {
                const name = t(`audit.entities.${e.entity}`, { defaultValue: e.entity });
                return e.entityId != null ? `${name} #${e.entityId}` : name;
              },
            },
          ]}
        />
      )}
    </div>
  );
}
