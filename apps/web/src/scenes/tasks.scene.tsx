// Task list: the plan's tasks, filterable by action/project, by unit and by words in the text.
import { Input, Table } from 'antd';
import { type HTMLAttributes, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTasks } from '../api/core/plan.ts';
import type { Task } from '../api/core/types.ts';
import { PlanFilters } from '../components/plan-filters.tsx';
import { EmptyNotice, ErrorNotice } from '../components/query-state.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useSearchParamState } from '../hooks/use-search-param.ts';
import { DATA_LANG } from '../i18n/index.ts';

const FILTERS = ['group', 'unit', 'q'] as const;

export default function TasksScene() {
  const { t } = useTranslation();
  usePageTitle(t('tasks.pageTitle'));
  const [filter, setFilter] = useSearchParamState(FILTERS);
  const [text, setText] = useState(filter.q ?? '');
  const searchId = useId();
  const tasks = useTasks(filter);

  // search as the user types, but not on every keystroke
  useEffect(() => {
    const timer = setTimeout(() => setFilter('q', text.trim() || undefined), 300);
    return () => clearTimeout(timer);
  }, [text, setFilter]);

  const filtered = Boolean(filter.group || filter.unit || filter.q);

  return (
    <div className="page" data-test="tasks-page">
      <h1>{t('tasks.heading')}</h1>
      <p className="muted">{t('tasks.intro')}</p>
      <search className="filter-bar" aria-label={t('tasks.filters')}>
        <PlanFilters filter={filter} onChange={setFilter} testPrefix="tasks" />
        <div className="filter-field filter-field-wide">
          <label htmlFor={searchId} className="filter-label">
            {t('filter.text')}
          </label>
          <Input.Search
            id={searchId}
            className="filter-control"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => setFilter('q', v.trim() || undefined)}
            placeholder={t('filter.textPlaceholder')}
            allowClear
            data-test="tasks-filter-text"
            enterButton={t('filter.search')}
          />
        </div>
      </search>
      {tasks.error ? (
        <ErrorNotice error={tasks.error} />
      ) : (
        <Table<Task>
          rowKey="number"
          loading={tasks.isFetching}
          dataSource={tasks.data ?? []}
          pagination={false}
          data-test="tasks-table"
          onRow={(task) => ({ 'data-test': `task-row-${task.number}` }) as HTMLAttributes<HTMLElement>}
          title={() => (
            <span data-test="tasks-count" aria-live="polite">
              {t('tasks.count', { count: tasks.data?.length ?? 0 })}
            </span>
          )}
          locale={{
            emptyText: (
              <EmptyNotice
                text={filtered ? t('tasks.emptyFiltered') : t('tasks.empty')}
                testId="tasks-empty"
              />
            ),
          }}
          columns={[
            {
              key: 'number',
              title: t('tasks.number'),
              width: 80,
              align: 'center',
              // the number as written (it may restart in each group); a "——" item has none
              render: (_: unknown, task: { number: number; writtenNumber: number | null }) =>
                task.writtenNumber ?? '—',
            },
            {
              key: 'title',
              title: t('tasks.title'),
              render: (_, task) => (
                <Link
                  className="row-link"
                  to={`/tasks/${task.number}`}
                  data-test={`task-link-${task.number}`}
                  lang={DATA_LANG}
                >
                  {task.title}
                </Link>
              ),
            },
            {
              key: 'group',
              title: t('tasks.group'),
              responsive: ['md'],
              render: (_, task) => <span lang={DATA_LANG}>{task.group?.title ?? ''}</span>,
            },
            {
              key: 'units',
              title: t('tasks.unitCount'),
              responsive: ['lg'],
              align: 'center',
              width: 120,
              render: (_, task) => task.responsibleUnits.length,
            },
          ]}
        />
      )}
    </div>
  );
}
