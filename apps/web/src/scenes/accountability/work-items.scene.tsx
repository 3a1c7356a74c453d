// Yearly work items (年度工作要点): list by year, add one or edit one (office or the task's lead unit), copy the
// previous year's.
import { Button, Table } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accApi, useAccAbilities, useAccMutation, useWorkItems } from '../../api/accountability/acc.ts';
import type { CopyForwardResult, WorkItem } from '../../api/accountability/types.ts';
import { useTasks } from '../../api/core/plan.ts';
import { AccError, AccPage } from '../../components/accountability/acc-ui.tsx';
import { AddItem, EditItem } from '../../components/accountability/work-item-forms.tsx';
import { useMessage } from '../../components/app-message.tsx';
import { InputNumber } from '../../components/number-input.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';

export default function AccWorkItemsScene() {
  const { t } = useTranslation();
  usePageTitle(t('acc.items.title'));
  const message = useMessage();
  const a = useAccAbilities();
  const [year, setYear] = useState(new Date().getFullYear());
  const q = useWorkItems(year);
  const id = useId();
  const copy = useAccMutation(() =>
    accApi.post<CopyForwardResult>('/acc/work-items/copy', {
      fromYear: year - 1,
      toYear: year,
    }),
  );
  const tasks = useTasks({});
  const [editing, setEditing] = useState<WorkItem | null>(null);
  // The office edits every item; a liaison the items of tasks their unit leads (the server checks it again). A
  // liaison whose unit leads no task is offered neither the copy nor the add form: both would only be refused.
  const ledTasks =
    a.role === 'office'
      ? (tasks.data ?? [])
      : a.role === 'liaison' && a.unitId !== null
        ? (tasks.data ?? []).filter((x) => x.leadUnits.some((u) => u.id === a.unitId))
        : [];
  const mayEdit = ledTasks.length > 0;
  const mayEditItem = (w: WorkItem) => ledTasks.some((x) => x.number === w.taskNumber);
  return (
    <AccPage testId="acc-items-page" wide>
      <h1>{t('acc.items.title')}</h1>
      <p className="muted">{t('acc.items.intro')}</p>
      <div className="filter-bar">
        <div className="filter-field">
          <label htmlFor={id} className="filter-label">
            {t('acc.items.year')}
          </label>
          <InputNumber
            id={id}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            data-test="acc-items-year"
          />
        </div>
        {mayEdit && (
          <div className="filter-field filter-actions">
            <Button
              onClick={() =>
                copy.mutate(undefined, {
                  onSuccess: (r) =>
                    void message.success(t('acc.items.copied', { count: r.created, skipped: r.skipped })),
                })
              }
              loading={copy.isPending}
              data-test="acc-items-copy"
            >
              {t('acc.items.copy')}({year - 1} → {year})
            </Button>
          </div>
        )}
      </div>
      {copy.error ? <AccError error={copy.error} /> : null}
      <QueryState query={q}>
        {(rows) => (
          <div className="acc-table-scroll">
            <Table<WorkItem>
              rowKey="id"
              dataSource={rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: t('acc.items.none') }}
              data-test="acc-items"
              scroll={{ x: 900 }}
              columns={[
                {
                  key: 'task',
                  dataIndex: 'taskNumber',
                  title: t('acc.items.task'),
                  width: 80,
                  align: 'center',
                },
                { key: 'title', dataIndex: 'title', title: t('acc.items.itemTitle') },
                {
                  key: 'owners',
                  title: t('acc.items.owners'),
                  render: (_, w) => w.owners.map((o) => o.name).join('、'),
                },
                { key: 'deliverable', dataIndex: 'deliverable', title: t('acc.items.deliverable') },
                {
                  key: 'evidence',
                  title: t('acc.items.evidence'),
                  render: (_: unknown, w: WorkItem) => (w.evidenceRequired ? t('acc.items.evidenceYes') : ''),
                },
                { key: 'due', dataIndex: 'dueOn', title: t('acc.items.dueOn'), width: 130 },
                {
                  key: 'target',
                  title: t('acc.items.target'),
                  render: (_, w) => (w.targetValue === null ? '—' : `${w.targetValue}${w.targetUnit ?? ''}`),
                },
                {
                  key: 'weight',
                  dataIndex: 'weight',
                  title: t('acc.items.weight'),
                  width: 80,
                  align: 'right',
                },
                ...(mayEdit
                  ? [
                      {
                        key: 'edit',
                        title: t('acc.items.actions'),
                        width: 100,
                        render: (_: unknown, w: WorkItem) =>
                          mayEditItem(w) ? (
                            <Button
                              onClick={() => setEditing(w)}
                              aria-label={`${t('acc.items.edit')} ${w.title}`}
                              data-test={`acc-item-edit-${w.id}`}
                            >
                              {t('acc.items.edit')}
                            </Button>
                          ) : null,
                      },
                    ]
                  : []),
              ]}
            />
          </div>
        )}
      </QueryState>
      {mayEdit && <AddItem year={year} tasks={ledTasks} />}
      {editing && <EditItem item={editing} onClose={() => setEditing(null)} />}
    </AccPage>
  );
}
