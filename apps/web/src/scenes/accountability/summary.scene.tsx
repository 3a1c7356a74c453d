// A year's implementation summary, laid out to print: groups with weights, then every task with its work items and
// each unit's reports and figures. Export to Excel or print from here.
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSummary } from '../../api/accountability/acc.ts';
import { apiUrl } from '../../api/client.ts';
import { AccPage, pct, StateTag } from '../../components/accountability/acc-ui.tsx';
import { WeightsList } from '../../components/accountability/weights-list.tsx';
import { InputNumber } from '../../components/number-input.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';

export default function AccSummaryScene() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  usePageTitle(t('acc.summary.title', { year }));
  const q = useSummary(year);
  const id = useId();
  return (
    <AccPage testId="acc-summary-page">
      <div className="filter-bar acc-no-print">
        <div className="filter-field">
          <label htmlFor={id} className="filter-label">
            {t('acc.summary.year')}
          </label>
          <InputNumber id={id} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        </div>
        <div className="filter-field filter-actions">
          <Button
            icon={<PrinterOutlined aria-hidden />}
            onClick={() => window.print()}
            data-test="acc-summary-print"
          >
            {t('acc.summary.print')}
          </Button>
        </div>
        <div className="filter-field filter-actions">
          <Button
            icon={<FileExcelOutlined aria-hidden />}
            href={apiUrl('/acc/summary.xlsx', { year })}
            download
            data-test="acc-summary-export"
          >
            {t('acc.summary.export')}
          </Button>
        </div>
      </div>
      <QueryState query={q}>
        {(s) => (
          <article data-test="acc-summary">
            <p className="muted">{s.plan.title}</p>
            <h1>{t('acc.summary.title', { year: s.year })}</h1>
            <p className="acc-big">{t('acc.summary.progress', { value: pct(s.progress) })}</p>
            <p>
              {t('acc.summary.weights', {
                list: s.groups
                  .map((g) => `${g.title} ${g.weight}(${pct(g.share * 100)},${pct(g.progress)})`)
                  .join(';'),
              })}
            </p>
            {s.tasks.every((x) => x.reports.length === 0) && <p>{t('acc.summary.noReports')}</p>}
            {s.tasks.map((task) => (
              <section
                key={task.number}
                className="acc-summary-task"
                data-test={`acc-summary-task-${task.number}`}
              >
                <h2>
                  {task.number}. {task.title} · {pct(task.progress)}({t('acc.progress.weight')} {task.weight},
                  {t('acc.progress.share')} {pct(task.share * 100)})
                </h2>
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
                          `(${t('acc.report.target', { value: w.targetValue, unit: w.targetUnit ?? '' })})`}
                      </li>
                    ))}
                  </ul>
                )}
                {task.reports.map((r) => (
                  <div key={r.id} className="acc-summary-report">
                    <p>
                      <strong>{r.unitName}</strong> · {r.roundTitle} · <StateTag state={r.state} /> ·{' '}
                      {t(`acc.status.${r.status}`)} · {r.progress}%
                    </p>
                    {r.done && <p>{r.done}</p>}
                    {r.problems && (
                      <p>
                        {t('acc.report.problems')}
                        {t('common.colon')}
                        {r.problems}
                      </p>
                    )}
                    {r.nextSteps && (
                      <p>
                        {t('acc.report.nextSteps')}
                        {t('common.colon')}
                        {r.nextSteps}
                      </p>
                    )}
                  </div>
                ))}
              </section>
            ))}
          </article>
        )}
      </QueryState>
    </AccPage>
  );
}
