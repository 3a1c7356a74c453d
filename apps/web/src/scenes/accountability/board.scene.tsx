// The office's supervision board: a round's tasks × units, each cell coloured by state with an icon and a word,
// filters, counts and timeliness, overdue rectifications, Excel export and "remind all outstanding".
import { BellOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, type ButtonProps, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  accApi,
  useAccAbilities,
  useAccMutation,
  useBoard,
  useRounds,
} from '../../api/accountability/acc.ts';
import { type Board, cellStates, type ReminderResult } from '../../api/accountability/types.ts';
import { apiUrl } from '../../api/client.ts';
import { useAreas } from '../../api/core/areas.ts';
import { usePlan } from '../../api/core/plan.ts';
import { useUnits } from '../../api/core/units.ts';
import { AccPage, FigureBasisNote, pct, StateTag } from '../../components/accountability/acc-ui.tsx';
import { WeightsList } from '../../components/accountability/weights-list.tsx';
import { useMessage } from '../../components/app-message.tsx';
import { areaOptions } from '../../components/area-options.ts';
import { FilterSelect } from '../../components/filter-select.tsx';
import { groupOptions } from '../../components/group-options.ts';
import { EmptyNotice, ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { useSearchParamState } from '../../hooks/use-search-param.ts';

const FILTERS = ['round', 'group', 'unit', 'area', 'state'] as const;

export default function AccBoardScene() {
  const { t } = useTranslation();
  usePageTitle(t('acc.board.title'));
  const message = useMessage();
  const a = useAccAbilities();
  const [filter, setFilter] = useSearchParamState(FILTERS);
  const rounds = useRounds();
  const plan = usePlan();
  const units = useUnits();
  const areas = useAreas();
  const defaultRound = rounds.data?.find((r) => r.phase === 'open')?.id ?? rounds.data?.[0]?.id;
  const round = filter.round ?? (defaultRound ? String(defaultRound) : undefined);
  const board = useBoard({ ...filter, round });
  const remind = useAccMutation(() => accApi.post<ReminderResult>(`/acc/rounds/${round}/remind`));

  return (
    <AccPage testId="acc-board-page" wide>
      <h1>{t('acc.board.title')}</h1>
      <p className="muted">{t('acc.board.intro')}</p>
      {rounds.data && rounds.data.length === 0 && <EmptyNotice text={t('acc.board.noRound')} />}
      <search className="filter-bar" aria-label={t('acc.board.title')}>
        <FilterSelect
          label={t('acc.board.round')}
          allLabel=""
          value={round}
          options={(rounds.data ?? []).map((r) => ({
            value: String(r.id),
            label: `${r.title}${t('common.inParens', { text: t(`acc.phase.${r.phase}`) })}`,
          }))}
          onChange={(v) => setFilter('round', v)}
          testId="acc-board-round"
        />
        <FilterSelect
          label={t('acc.board.group')}
          allLabel={t('filter.allGroups')}
          value={filter.group}
          options={groupOptions(t, plan.data?.groups ?? [])}
          onChange={(v) => setFilter('group', v)}
          testId="acc-board-group"
        />
        <FilterSelect
          label={t('acc.board.unit')}
          allLabel={t('filter.allUnits')}
          value={filter.unit}
          options={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
          onChange={(v) => setFilter('unit', v)}
          testId="acc-board-unit"
        />
        <FilterSelect
          label={t('acc.board.area')}
          allLabel={t('acc.board.allAreas')}
          value={filter.area}
          options={areaOptions(areas.data ?? [])}
          onChange={(v) => setFilter('area', v)}
          testId="acc-board-area"
        />
        <FilterSelect
          label={t('acc.board.state')}
          allLabel={t('acc.board.allStates')}
          value={filter.state}
          options={cellStates.map((s) => ({ value: s, label: t(`acc.state.${s}`) }))}
          onChange={(v) => setFilter('state', v)}
          testId="acc-board-state"
        />
      </search>
      {board.error ? <ErrorNotice error={board.error} /> : null}
      {!board.data && !board.error && round && <PageLoading />}
      {board.data && (
        <>
          <div className="acc-summary-line" data-test="acc-board-summary">
            <span className="acc-big" data-test="acc-board-plan-progress">
              {t(filter.unit || filter.area ? 'acc.board.unitProgress' : 'acc.board.planProgress', {
                value: pct(board.data.planProgress),
              })}
            </span>
            <FigureBasisNote basis={board.data.figureBasis} testId="acc-board-basis" />
            <span>{t('acc.board.timeliness', board.data.timeliness)}</span>
            <span className="muted">{t('acc.board.weightNote')}</span>
            <WeightsList
              parts={board.data.planWeights.map((g) => ({
                label: g.title,
                weight: g.weight,
                share: g.share,
              }))}
              foldAfter={0}
              testId="acc-board-plan-weights"
            />
          </div>
          <ul className="acc-legend" aria-label={t('acc.board.legend')} data-test="acc-board-counts">
            {cellStates.map((s) => (
              <li key={s} data-test={`acc-count-${s}`}>
                <StateTag state={s} /> {board.data?.counts[s]}
              </li>
            ))}
          </ul>
          <div className="acc-actions acc-no-print">
            <Button
              icon={<FileExcelOutlined aria-hidden />}
              href={apiUrl('/acc/board.xlsx', { ...filter, round })}
              download
              data-test="acc-board-export"
            >
              {t('acc.board.export')}
            </Button>
            {a['acc.manage'] && (
              // every outstanding unit of the round is told at once (and mailed where mail is on): asked first
              <Popconfirm
                title={t('acc.board.remindConfirm')}
                description={t('acc.board.remindConsequence')}
                okText={t('acc.board.remind')}
                cancelText={t('acc.board.remindCancel')}
                okButtonProps={{ 'data-test': 'acc-board-remind-confirm' } as ButtonProps}
                onConfirm={() =>
                  remind.mutate(undefined, {
                    onSuccess: (r) => void message.success(t('acc.board.reminded', { count: r.reminded })),
                  })
                }
              >
                <Button
                  icon={<BellOutlined aria-hidden />}
                  loading={remind.isPending}
                  data-test="acc-board-remind"
                >
                  {t('acc.board.remind')}
                </Button>
              </Popconfirm>
            )}
          </div>
          {board.data.cells.length === 0 ? (
            <EmptyNotice text={t('acc.board.empty')} />
          ) : (
            <BoardTable board={board.data} />
          )}
          {board.data.overdueRectifications.length > 0 && (
            <section className="page-section" aria-labelledby="acc-overdue-rect">
              <h2 id="acc-overdue-rect">{t('acc.board.overdueRect')}</h2>
              <ul className="acc-list" data-test="acc-board-overdue-rects">
                {board.data.overdueRectifications.map((r) => (
                  <li key={r.id} data-test={`acc-board-rect-${r.id}`}>
                    <StateTag state="overdue" rect />
                    <div className="acc-grow">
                      <Link to={`/acc/inspections#rect-${r.id}`}>{r.finding}</Link>
                      <div className="muted">
                        {r.ownerName} · {t('acc.inspections.deadline')} {r.deadline} · {r.inspection.title}
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </AccPage>
  );
}

function BoardTable({ board }: { board: Board }) {
  const { t } = useTranslation();
  const cells = new Map(board.cells.map((c) => [`${c.taskNumber}-${c.unitId}`, c]));
  return (
    <section
      className="acc-board-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
      tabIndex={0}
      aria-label={t('acc.board.scrollLabel')}
      data-test="acc-board-scroll"
    >
      <table className="acc-board" data-test="acc-board">
        <caption className="sr-only">
          {t('acc.board.caption', { tasks: board.tasks.length, units: board.units.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="acc-board-corner">
              {t('acc.board.task')}
            </th>
            {board.units.map((u) => (
              <th key={u.id} scope="col" className="acc-board-unit" data-test={`acc-board-unit-${u.id}`}>
                <span lang="zh-CN">{u.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.tasks.map((task) => (
            <tr key={task.number} data-test={`acc-board-row-${task.number}`}>
              <th scope="row">
                <span className="acc-board-task" title={task.title}>
                  <b>{task.number}</b>
                  <span lang="zh-CN">{task.title}</span>
                </span>
                <span className="acc-board-meta">
                  {pct(task.progress)} · {t('acc.progress.weight')} {task.weight}
                </span>
                <WeightsList
                  parts={task.items.map((i) => ({ label: i.title, weight: i.weight, share: i.share }))}
                  testId={`acc-board-task-weights-${task.number}`}
                />
              </th>
              {board.units.map((u) => {
                const c = cells.get(`${task.number}-${u.id}`);
                if (!c) return <td key={u.id} className="acc-empty" />;
                const to = c.reportId
                  ? `/acc/reports/${c.reportId}`
                  : `/acc/file?round=${board.round.id}&task=${task.number}&unit=${u.id}`;
                const label = [
                  t('acc.board.cellLabel', {
                    task: task.number,
                    unit: u.name,
                    state: t(`acc.state.${c.state}`),
                  }),
                  c.status ? t(`acc.status.${c.status}`) : '',
                  c.progress !== null ? `${c.progress}%` : '',
                ]
                  .filter(Boolean)
                  .join(',');
                return (
                  <td
                    key={u.id}
                    className={`acc-state-${c.state}`}
                    data-test={`acc-cell-${task.number}-${u.id}`}
                    data-state={c.state}
                  >
                    <Link to={to} aria-label={label} title={label} className={`acc-state-${c.state}`}>
                      <StateTag state={c.state} />
                      {c.progress !== null && <span>{c.progress}%</span>}
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
