// The year summary's first page: headline figures, each action's tasks by status, and the exceptions by unit.
import { useTranslation } from 'react-i18next';
import type { YearSummary } from '../../api/accountability/types.ts';
import { DATA_LANG } from '../../i18n/index.ts';
import { pct } from './acc-ui.tsx';

type Digest = YearSummary['digest'];
type CellLine = Digest['exceptions']['overdue'][number];
const statuses = ['done', 'on_track', 'at_risk', 'delayed', 'not_started'] as const;

function Figure({
  label,
  value,
  warn,
  testId,
}: {
  label: string;
  value: string | number;
  warn?: boolean;
  testId: string;
}) {
  return (
    <div
      className={warn ? 'acc-summary-figure acc-summary-figure-warn' : 'acc-summary-figure'}
      data-test={testId}
    >
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function SummaryHeadline({ s }: { s: YearSummary }) {
  const { t } = useTranslation();
  const h = s.digest.headline;
  return (
    <dl className="acc-summary-figures" data-test="acc-summary-headline">
      <Figure
        label={t('acc.summary.fig.progress')}
        value={pct(s.progress)}
        testId="acc-summary-fig-progress"
      />
      <Figure label={t('acc.summary.fig.tasks')} value={h.tasks} testId="acc-summary-fig-tasks" />
      <Figure label={t('acc.summary.fig.done')} value={h.byStatus.done} testId="acc-summary-fig-done" />
      <Figure
        label={t('acc.summary.fig.risk')}
        value={h.byStatus.at_risk + h.byStatus.delayed}
        warn={h.byStatus.at_risk + h.byStatus.delayed > 0}
        testId="acc-summary-fig-risk"
      />
      <Figure
        label={t('acc.summary.fig.reports')}
        value={t('acc.summary.fig.ofOwed', { submitted: h.submitted, owed: h.owed })}
        testId="acc-summary-fig-reports"
      />
      <Figure
        label={t('acc.summary.fig.onTime')}
        value={pct(h.onTimeRate === null ? null : h.onTimeRate * 100)}
        testId="acc-summary-fig-on-time"
      />
      <Figure
        label={t('acc.summary.fig.exceptions')}
        value={h.overdue + h.notReported + h.returned + h.targetsNotReached}
        warn={h.overdue + h.notReported + h.returned + h.targetsNotReached > 0}
        testId="acc-summary-fig-exceptions"
      />
    </dl>
  );
}

export function SummaryGroups({ s }: { s: YearSummary }) {
  const { t } = useTranslation();
  const byId = new Map(s.digest.groups.map((g) => [g.id, g]));
  return (
    <section
      className="acc-table-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      aria-label={t('acc.summary.groupsCaption')}
    >
      <table className="acc-summary-groups" data-test="acc-summary-groups">
        <caption>{t('acc.summary.groupsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('acc.summary.group')}</th>
            <th scope="col">{t('acc.summary.taskCount')}</th>
            {statuses.map((st) => (
              <th scope="col" key={st}>
                {t(`acc.status.${st}`)}
              </th>
            ))}
            <th scope="col">{t('acc.summary.groupProgress')}</th>
          </tr>
        </thead>
        <tbody>
          {s.groups.map((g) => {
            const d = byId.get(g.id);
            return (
              <tr key={g.id} data-test={`acc-summary-group-${g.id}`}>
                <th scope="row" lang={DATA_LANG}>
                  {g.title}
                </th>
                <td>{d?.tasks ?? 0}</td>
                {statuses.map((st) => (
                  <td
                    key={st}
                    className={d?.byStatus[st] && (st === 'delayed' || st === 'at_risk') ? 'acc-warn' : ''}
                  >
                    {d?.byStatus[st] ?? 0}
                  </td>
                ))}
                <td>{pct(g.progress)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Cells grouped by unit: "市教育局（3）：任务 2、4、7". */
function ByUnit({ lines, testId }: { lines: CellLine[]; testId: string }) {
  const { t } = useTranslation();
  const units = new Map<string, number[]>();
  for (const l of lines) units.set(l.unitName, [...(units.get(l.unitName) ?? []), l.taskNumber]);
  if (units.size === 0)
    return (
      <p className="muted" data-test={testId}>
        {t('acc.summary.exNone')}
      </p>
    );
  return (
    <ul className="acc-summary-byunit" data-test={testId}>
      {[...units].map(([unit, tasks]) => (
        <li key={unit}>
          <strong lang={DATA_LANG}>{unit}</strong>
          {t('acc.summary.exTasks', { count: tasks.length, list: [...new Set(tasks)].join('、') })}
        </li>
      ))}
    </ul>
  );
}

export function SummaryExceptions({ s }: { s: YearSummary }) {
  const { t } = useTranslation();
  const ex = s.digest.exceptions;
  const round = s.digest.currentRound;
  return (
    <section className="acc-summary-exceptions" data-test="acc-summary-exceptions">
      <h2>{t('acc.summary.exceptions')}</h2>
      <h3>
        {t('acc.summary.exOverdue', {
          count: ex.overdue.length,
          round: round?.title ?? '',
          due: round?.dueOn ?? '',
        })}
      </h3>
      <ByUnit lines={ex.overdue} testId="acc-summary-ex-overdue" />
      <h3>{t('acc.summary.exNotReported', { count: ex.notReported.length })}</h3>
      <ByUnit lines={ex.notReported} testId="acc-summary-ex-not-reported" />
      <h3>{t('acc.summary.exReturned', { count: ex.returned.length })}</h3>
      <ByUnit lines={ex.returned} testId="acc-summary-ex-returned" />
      <h3>{t('acc.summary.exTargets', { count: ex.targetsNotReached.length })}</h3>
      {ex.targetsNotReached.length === 0 ? (
        <p className="muted">{t('acc.summary.exNone')}</p>
      ) : (
        <ul data-test="acc-summary-ex-targets">
          {ex.targetsNotReached.map((w) => (
            <li key={w.workItemId}>
              <span lang={DATA_LANG}>
                {w.taskNumber}. {w.title}
              </span>
              {t(w.achieved === null ? 'acc.summary.exTargetNone' : 'acc.summary.exTargetShort', {
                target: w.target,
                achieved: w.achieved,
                unit: w.targetUnit ?? '',
                due: w.dueOn,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
