// Unit scorecards for a year: a sortable table (owed, on time, late, missing, returned, rectifications, progress).
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScorecards } from '../../api/accountability/acc.ts';
import type { Scorecard } from '../../api/accountability/types.ts';
import { apiUrl } from '../../api/client.ts';
import { AccPage, pct } from '../../components/accountability/acc-ui.tsx';
import { WeightsList } from '../../components/accountability/weights-list.tsx';
import { InputNumber } from '../../components/number-input.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';

const num = (k: keyof Scorecard) => (a: Scorecard, b: Scorecard) =>
  ((a[k] as number | null) ?? -1) - ((b[k] as number | null) ?? -1);

export default function AccScorecardsScene() {
  const { t } = useTranslation();
  usePageTitle(t('acc.scorecards.title'));
  const [year, setYear] = useState(new Date().getFullYear());
  const q = useScorecards(year);
  const id = useId();
  const col = (k: keyof Scorecard, title: string, render?: (v: Scorecard) => string | number) => ({
    key: k,
    dataIndex: k,
    title,
    align: 'right' as const,
    sorter: num(k),
    showSorterTooltip: false,
    ...(render ? { render: (_: unknown, r: Scorecard) => render(r) } : {}),
  });
  return (
    <AccPage testId="acc-scorecards-page" wide>
      <h1>{t('acc.scorecards.title')}</h1>
      <p className="muted">{t('acc.scorecards.intro')}</p>
      <div className="filter-bar">
        <div className="filter-field">
          <label htmlFor={id} className="filter-label">
            {t('acc.scorecards.year')}
          </label>
          <InputNumber
            id={id}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            data-test="acc-scorecards-year"
          />
        </div>
        <div className="filter-field filter-actions">
          <Button
            icon={<FileExcelOutlined aria-hidden />}
            href={apiUrl('/acc/scorecards.xlsx', { year })}
            download
            data-test="acc-scorecards-export"
          >
            {t('acc.scorecards.export', { count: q.data?.length ?? 0 })}
          </Button>
        </div>
      </div>
      <QueryState query={q}>
        {(rows) => (
          <div className="acc-table-scroll">
            <p className="muted acc-basis" data-test="acc-scorecards-basis">
              {rows[0]?.figureBasis
                ? t('acc.basis.perUnit', { round: rows[0].figureBasis.roundTitle })
                : t('acc.basis.noRound')}
            </p>
            <Table<Scorecard>
              rowKey="unitId"
              dataSource={rows}
              pagination={false}
              data-test="acc-scorecards"
              onRow={(r) => ({ 'data-test': `acc-score-${r.unitId}` }) as never}
              scroll={{ x: 1100 }}
              columns={[
                {
                  key: 'unit',
                  dataIndex: 'unitName',
                  title: t('acc.scorecards.unit'),
                  fixed: 'left',
                  width: 180,
                  sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'),
                },
                col('owed', t('acc.scorecards.owed')),
                col('onTime', t('acc.scorecards.onTime')),
                col('late', t('acc.scorecards.late')),
                col('missing', t('acc.scorecards.missing')),
                col('returned', t('acc.scorecards.returned')),
                col('timelinessRate', t('acc.scorecards.timeliness'), (r) =>
                  pct(r.timelinessRate === null ? null : r.timelinessRate * 100),
                ),
                col('rectificationsOpen', t('acc.scorecards.rectOpen')),
                col('rectificationsOverdue', t('acc.scorecards.rectOverdue')),
                {
                  ...col('meanProgress', t('acc.scorecards.meanProgress')),
                  align: 'left' as const,
                  width: 200,
                  render: (_: unknown, r: Scorecard) => (
                    <>
                      {pct(r.meanProgress)}
                      {r.figureBasis && r.figureBasis.awaitingReview > 0 && (
                        <div className="muted" data-test={`acc-score-awaiting-${r.unitId}`}>
                          {t('acc.basis.awaiting', { count: r.figureBasis.awaitingReview })}
                        </div>
                      )}
                      <WeightsList
                        parts={r.progressWeights.map((w) => ({
                          label: `${t('accScope.weights.task', { number: w.taskNumber })} ${pct(w.progress)}`,
                          weight: w.weight,
                        }))}
                        foldAfter={2}
                        testId={`acc-score-weights-${r.unitId}`}
                      />
                    </>
                  ),
                },
              ]}
            />
          </div>
        )}
      </QueryState>
    </AccPage>
  );
}
