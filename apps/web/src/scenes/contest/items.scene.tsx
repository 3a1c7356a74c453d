// The item bank for staff (/contest/items): filtered and paged, the office's form to add or edit an item of each
// kind, the review moves, and each item's error reports from players.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ItemFilters as Filters, type QuizItem, useItems } from '../../api/contest/contest.ts';
import { useAbilities } from '../../api/core/session.ts';
import { ItemFilters } from '../../components/contest/item-filters.tsx';
import { ItemForm } from '../../components/contest/item-form.tsx';
import { ItemReports } from '../../components/contest/item-reports.tsx';
import { ItemsTable } from '../../components/contest/items-table.tsx';
import { EmptyNotice, ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/contest/contest.css';

export default function ItemsScene() {
  const { t } = useTranslation();
  usePageTitle(t('contest.items.heading'));
  const canManage = useAbilities()['contest.manage'];
  const [filters, setFilters] = useState<Filters>({});
  const items = useItems(filters);
  const [editing, setEditing] = useState<QuizItem | null>(null);
  const [reportsOf, setReportsOf] = useState<QuizItem | null>(null);
  return (
    <div className="page page-wide svc" data-test="ct-items-page">
      <p>
        <Link to="/contest">{t('contest.heading')}</Link>
      </p>
      <h1>{t('contest.items.heading')}</h1>
      <p className="muted">{t('contest.items.intro')}</p>
      <ItemFilters value={filters} onChange={setFilters} />
      {items.error ? (
        <ErrorNotice error={items.error} />
      ) : !items.data ? (
        <PageLoading />
      ) : items.data.length === 0 ? (
        <EmptyNotice text={t('contest.items.empty')} />
      ) : (
        <ItemsTable
          items={items.data}
          canManage={canManage}
          onEdit={(i) => {
            setEditing(i);
            requestAnimationFrame(() => document.getElementById('ct-item-edit')?.scrollIntoView());
          }}
          onReports={setReportsOf}
        />
      )}
      {reportsOf && <ItemReports item={reportsOf} canManage={canManage} />}
      {canManage && (
        <section id="ct-item-edit" aria-label={t('contest.items.create')}>
          <ItemForm key={editing?.id ?? 'new'} item={editing ?? undefined} onDone={() => setEditing(null)} />
        </section>
      )}
    </div>
  );
}
