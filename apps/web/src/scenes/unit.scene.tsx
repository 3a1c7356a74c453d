// Unit detail: the groups it leads, every task it leads or carries (with its role), and its contact form.
import { Breadcrumb, Card, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAccAbilities } from '../api/accountability/acc.ts';
import { useAbilities } from '../api/core/session.ts';
import { allows, type UnitDetail } from '../api/core/types.ts';
import { useUnit } from '../api/core/units.ts';
import { UnitAreaSection } from '../components/accountability/unit-area.tsx';
import { QueryState } from '../components/query-state.tsx';
import { RoleMark } from '../components/role-mark.tsx';
import { UnitContactForm } from '../components/unit-contact-form.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { chineseNumeral } from '../i18n/format.ts';
import { DATA_LANG } from '../i18n/index.ts';

type TaskEntry = UnitDetail['tasks'][number];

export default function UnitScene() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const query = useUnit(unitId);
  const abilities = useAbilities();
  const office = useAccAbilities()['acc.manage'] === true;
  usePageTitle(query.data?.unit.name ?? t('unit.pageTitleLoading'));

  return (
    <div className="page" data-test="unit-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/units">{t('nav.units')}</Link> },
          { title: query.data?.unit.name ?? '…' },
        ]}
      />
      <QueryState query={query}>
        {({ unit, leads, tasks }) => {
          const canEdit = allows(abilities['unit.edit'], unit.id);
          // the same count as the units list (listUnits: tasks whose dutyRole is lead)
          const leadCount = tasks.filter((x) => x.role === 'lead').length;
          return (
            <>
              <h1 data-test="unit-name" lang={DATA_LANG}>
                {unit.name}
              </h1>
              <p className="muted" data-test="unit-summary">
                {t('unit.summary', { tasks: tasks.length, leads: leadCount })}
              </p>
              {unit.note && !canEdit && <p data-test="unit-note-text">{unit.note}</p>}
              <UnitAreaSection unitId={unit.id} area={unit.area} canEdit={office} />

              {leads.length > 0 && (
                <section className="page-section" aria-labelledby="unit-leads">
                  <h2 id="unit-leads">{t('unit.leads', { count: leads.length })}</h2>
                  <ul className="plain-list">
                    {leads.map((g) => (
                      <li key={g.id} data-test={`unit-lead-group-${g.id}`}>
                        <Link className="row-link" to={`/tasks?group=${g.id}`}>
                          {t(`group.ordinal.${g.kind}`, { number: g.number, cn: chineseNumeral(g.number) })}{' '}
                          <span lang={DATA_LANG}>{g.title}</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                </section>
              )}

              <section className="page-section" aria-labelledby="unit-tasks">
                <h2 id="unit-tasks">{t('unit.tasks', { count: tasks.length })}</h2>
                {/* a local unit (no plan duties) says so in text: antd's grey empty-table cell fails contrast */}
                {tasks.length === 0 && <p data-test="unit-no-tasks">{t('unit.noTasks')}</p>}
                {tasks.length > 0 && (
                  <Table<TaskEntry>
                    rowKey={(x) => `${x.task.number}-${x.role}`}
                    dataSource={tasks}
                    pagination={false}
                    data-test="unit-tasks"
                    onRow={(x) =>
                      ({
                        'data-test': `unit-task-${x.task.number}`,
                        'data-role': x.role,
                      }) as HTMLAttributes<HTMLElement>
                    }
                    locale={{ emptyText: t('unit.noTasks') }}
                    columns={[
                      {
                        key: 'number',
                        title: t('tasks.number'),
                        width: 80,
                        align: 'center',
                        render: (_, x) => x.task.number,
                      },
                      {
                        key: 'title',
                        title: t('tasks.title'),
                        render: (_, x) => (
                          <Link
                            className="row-link"
                            to={`/tasks/${x.task.number}`}
                            data-test={`unit-task-link-${x.task.number}`}
                            lang={DATA_LANG}
                          >
                            {x.task.title}
                          </Link>
                        ),
                      },
                      {
                        key: 'role',
                        title: t('unit.role'),
                        width: 140,
                        render: (_, x) => <RoleMark duty={x.role} withText />,
                      },
                      {
                        key: 'group',
                        title: t('tasks.group'),
                        responsive: ['lg'],
                        render: (_, x) => <span lang={DATA_LANG}>{x.task.group?.title ?? ''}</span>,
                      },
                    ]}
                  />
                )}
              </section>

              {canEdit && (
                <section className="page-section" aria-labelledby="unit-contact">
                  <Card>
                    <h2 id="unit-contact" className="card-heading">
                      {t('unit.contact')}
                    </h2>
                    <p className="muted">{t('unit.contactExplain')}</p>
                    <UnitContactForm unit={unit} />
                  </Card>
                </section>
              )}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
