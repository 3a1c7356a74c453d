// Task detail: the task's full text, its action or project, the lead units and the responsible units.
import { Breadcrumb, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTask } from '../api/core/plan.ts';
import { QueryState } from '../components/query-state.tsx';
import { UnitLinks } from '../components/unit-links.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { chineseNumeral } from '../i18n/format.ts';
import { DATA_LANG } from '../i18n/index.ts';

export default function TaskScene() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const query = useTask(number);
  usePageTitle(
    query.data
      ? t('task.pageTitle', { number: query.data.number, title: query.data.title })
      : t('task.pageTitleLoading'),
  );

  return (
    <div className="page" data-test="task-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/tasks">{t('nav.tasks')}</Link> },
          { title: t('task.numberLabel', { number }) },
        ]}
      />
      <QueryState query={query}>
        {(task) => (
          <>
            <h1 data-test="task-title">
              <span className="title-number">{t('task.numberLabel', { number: task.number })}</span>
              <span lang={DATA_LANG}>{task.title}</span>
            </h1>
            {task.group && (
              <p className="muted">
                {t('task.belongsTo')}{' '}
                <Link className="row-link" to={`/tasks?group=${task.group.id}`} data-test="task-group-link">
                  {t(`group.ordinal.${task.group.kind}`, {
                    number: task.group.number,
                    cn: chineseNumeral(task.group.number),
                  })}{' '}
                  <span lang={DATA_LANG}>{task.group.title}</span>
                </Link>
              </p>
            )}
            <Card className="block-gap">
              <h2 className="card-heading">{t('task.text')}</h2>
              <div className="prose" data-test="task-text" lang={DATA_LANG}>
                {task.text}
              </div>
            </Card>
            <section className="page-section" aria-labelledby="task-lead">
              <h2 id="task-lead">{t('task.leadUnits')}</h2>
              <p className="muted">{t('task.leadExplain')}</p>
              {task.leadUnits.length > 0 ? (
                <UnitLinks units={task.leadUnits} testPrefix="task-lead-unit" />
              ) : (
                <p>{t('task.noLead')}</p>
              )}
            </section>
            <section className="page-section" aria-labelledby="task-responsible">
              <h2 id="task-responsible">
                {t('task.responsibleUnits', { count: task.responsibleUnits.length })}
              </h2>
              <UnitLinks units={task.responsibleUnits} testPrefix="task-unit" />
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
