// One task of the year summary: a line (status, lead unit, share on time, progress) that opens on a click to its work
// items and every unit's reports. Closed lines print as lines, so the summary prints to a few pages.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { YearSummary } from '../../api/accountability/types.ts';
import { DATA_LANG } from '../../i18n/index.ts';
import { pct, StateTag } from './acc-ui.tsx';
import { WeightsList } from './weights-list.tsx';

type Task = YearSummary['tasks'][number];
type Line = YearSummary['digest']['tasks'][number];

const rate = (v: number | null) => pct(v === null ? null : v * 100);

function TaskDetail({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <div className="acc-summary-detail">
      <WeightsList
        parts={task.workItems.map((w) => ({ label: w.title, weight: w.weight, share: w.share }))}
        empty={t('accScope.weights.byUnits')}
        testId={`acc-summary-task-weights-${task.number}`}
      />
      {task.workItems.length > 0 && (
        <ul>
          {task.workItems.map((w) => (
            <li key={w.id}>
              {w.title}
              {w.targetValue !== null &&
                `（${t('acc.report.target', { value: w.targetValue, unit: w.targetUnit ?? '' })}）`}
            </li>
          ))}
        </ul>
      )}
      {task.reports.length === 0 && <p className="muted">{t('acc.summary.noTaskReports')}</p>}
      {task.reports.map((r) => (
        <div key={r.id} className="acc-summary-report">
          <p>
            <Link to={`/acc/reports/${r.id}`}>
              <strong>{r.unitName}</strong> · {r.roundTitle}
            </Link>{' '}
            · <StateTag state={r.state} /> · {t(`acc.status.${r.status}`)} · {r.progress}%
          </p>
          {r.done && <p lang={DATA_LANG}>{r.done}</p>}
          {r.problems && (
            <p>
              {t('acc.report.problems')}：<span lang={DATA_LANG}>{r.problems}</span>
            </p>
          )}
          {r.nextSteps && (
            <p>
              {t('acc.report.nextSteps')}：<span lang={DATA_LANG}>{r.nextSteps}</span>
            </p>
          )}
        </div>
      ))}
    </div>
  );
}

export function SummaryTask({ task, line }: { task: Task; line: Line | undefined }) {
  const { t } = useTranslation();
  return (
    <details className="acc-summary-task" data-test={`acc-summary-task-${task.number}`}>
      <summary>
        <span className="acc-summary-task-title" lang={DATA_LANG}>
          {task.number}. {task.title}
        </span>
        <span className={`acc-summary-status acc-status-${line?.status ?? 'not_started'}`}>
          {t(`acc.status.${line?.status ?? 'not_started'}`)}
        </span>
        <span className="acc-summary-lead">
          {t('acc.summary.lead')}
          <span lang={DATA_LANG}>{line?.leadUnits.join('、') || t('acc.none')}</span>
        </span>
        <span>{t('acc.summary.onTime', { value: rate(line?.onTimeRate ?? null) })}</span>
        <span>{t('acc.summary.taskProgress', { value: pct(task.progress) })}</span>
      </summary>
      <TaskDetail task={task} />
    </details>
  );
}
