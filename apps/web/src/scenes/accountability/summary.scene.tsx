// A year's implementation summary for a leader, laid out to print on a few A4 pages: headline figures, each action's
// tasks by status, the exceptions by unit, then one line per task that opens to its work items and reports.
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSummary } from '../../api/accountability/acc.ts';
import { apiUrl } from '../../api/client.ts';
import { AccPage, FigureBasisNote } from '../../components/accountability/acc-ui.tsx';
import {
  SummaryExceptions,
  SummaryGroups,
  SummaryHeadline,
} from '../../components/accountability/summary-digest.tsx';
import { SummaryTask } from '../../components/accountability/summary-task.tsx';
import { InputNumber } from '../../components/number-input.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { DATA_LANG } from '../../i18n/index.ts';

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
        {(s) => {
          const lines = new Map(s.digest.tasks.map((l) => [l.number, l]));
          return (
            <article data-test="acc-summary" className="acc-summary">
              <p className="muted">{s.plan.title}</p>
              <h1>{t('acc.summary.title', { year: s.year })}</h1>
              <SummaryHeadline s={s} />
              <FigureBasisNote basis={s.figureBasis} testId="acc-summary-basis" />
              <SummaryGroups s={s} />
              <SummaryExceptions s={s} />
              <section className="acc-summary-tasks">
                <h2>{t('acc.summary.tasks')}</h2>
                <p className="muted acc-no-print">{t('acc.summary.tasksHint')}</p>
                {s.tasks.every((x) => x.reports.length === 0) && <p>{t('acc.summary.noReports')}</p>}
                {s.groups.map((g) => (
                  <section
                    key={g.id}
                    className="acc-summary-group"
                    data-test={`acc-summary-group-tasks-${g.id}`}
                  >
                    <h3 lang={DATA_LANG}>{g.title}</h3>
                    {s.tasks
                      .filter((task) => task.groupId === g.id)
                      .map((task) => (
                        <SummaryTask key={task.number} task={task} line={lines.get(task.number)} />
                      ))}
                  </section>
                ))}
              </section>
            </article>
          );
        }}
      </QueryState>
    </AccPage>
  );
}
