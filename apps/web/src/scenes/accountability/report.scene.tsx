// One progress report (or the empty cell a unit is about to file): why it was sent back (at the top, above the form),
// the unit's report of the round before, the form while it is a draft or returned, evidence files, review (accept / return with a comment), reopening by the office, and its history.
import { Alert, Breadcrumb, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useReportCell } from '../../api/accountability/acc.ts';
import type { Report, ReportCell } from '../../api/accountability/types.ts';
import { AccPage, StateTag } from '../../components/accountability/acc-ui.tsx';
import { Evidence } from '../../components/accountability/report-evidence.tsx';
import { ReportForm } from '../../components/accountability/report-form.tsx';
import { Reopen, Review } from '../../components/accountability/report-review.tsx';
import { ActorName, DemoTag } from '../../components/demo-tag.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { usePhoneScreen } from '../../hooks/use-small-screen.ts';

export default function AccReportScene() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const ref = id
    ? { id }
    : { round: params.get('round') ?? '', task: params.get('task') ?? '', unit: params.get('unit') ?? '' };
  const cell = useReportCell(ref);
  usePageTitle(
    cell.data
      ? t('acc.report.task', { number: cell.data.task.number, title: cell.data.task.title })
      : t('acc.report.title'),
  );
  return (
    <AccPage testId="acc-report-page">
      <QueryState query={cell}>{(c) => <ReportView cell={c} />}</QueryState>
    </AccPage>
  );
}

function ReportView({ cell }: { cell: ReportCell }) {
  const { t } = useTranslation();
  const phone = usePhoneScreen();
  const r = cell.report;
  return (
    <>
      <Breadcrumb
        className="breadcrumb"
        items={[{ title: <Link to="/acc">{t('acc.tabs.home')}</Link> }, { title: cell.round.title }]}
      />
      <h1 data-test="acc-report-title">
        {t('acc.report.task', { number: cell.task.number, title: cell.task.title })}{' '}
        <DemoTag demo={r?.demo} />
      </h1>
      {r?.state === 'returned' && <SendBackReason cell={cell} />}
      <Descriptions
        bordered
        layout={phone ? 'vertical' : 'horizontal'}
        column={{ xs: 1, sm: 1, md: 2 }}
        className="block-gap"
        items={[
          {
            key: 'unit',
            label: t('acc.report.unit'),
            children: <span data-test="acc-report-unit">{cell.unit.name}</span>,
          },
          { key: 'round', label: t('acc.report.round'), children: cell.round.title },
          {
            key: 'state',
            label: t('acc.report.state'),
            children: (
              <StateTag
                state={r ? r.state : cell.round.windowOpen ? 'not_started' : 'overdue'}
                testId="acc-report-state"
              />
            ),
          },
          {
            key: 'prev',
            label: t('acc.report.previous'),
            children: (
              <span data-test="acc-report-previous">
                {cell.previous
                  ? t('acc.report.previousReport', {
                      round: cell.previous.roundTitle,
                      state: t(`acc.state.${cell.previous.state}`),
                      status: t(`acc.status.${cell.previous.status}`),
                      date: cell.previous.at ? new Date(cell.previous.at).toLocaleDateString() : '—',
                    })
                  : t('acc.report.previousNone')}
              </span>
            ),
          },
          {
            key: 'window',
            label: t('acc.rounds.window'),
            children: t('acc.report.window', {
              opensOn: cell.round.opensOn,
              dueOn: cell.round.dueOn,
              closesOn: cell.round.closesOnForUnit,
            }),
          },
        ]}
      />
      {!cell.round.windowOpen && (!r || r.state === 'draft' || r.state === 'returned') && (
        <p className="acc-days acc-days-over" data-test="acc-report-closed">
          {t('acc.report.closed', { closesOn: cell.round.closesOnForUnit })}
        </p>
      )}
      {cell.can.edit ? <ReportForm cell={cell} /> : r && <ReportText report={r} cell={cell} />}
      {!cell.can.edit && r && <Evidence cell={cell} report={r} />}
      {r && cell.can.review && <Review report={r} />}
      {r && cell.can.reopen && <Reopen report={r} />}
      {cell.history.length > 0 && (
        <section className="page-section" aria-labelledby="acc-history">
          <Card>
            <h2 id="acc-history" className="card-heading">
              {t('acc.report.history')}
            </h2>
            <ol className="acc-history" data-test="acc-report-history">
              {cell.history.map((e) => (
                <li key={e.id} data-test={`acc-history-${e.action}`}>
                  <strong>{t(`acc.report.action.${e.action}`)}</strong> · <ActorName name={e.actor} /> ·{' '}
                  {new Date(e.at).toLocaleString()} · <StateTag state={e.toState} />
                  {e.comment && <p className="block-gap">{e.comment}</p>}
                </li>
              ))}
            </ol>
          </Card>
        </section>
      )}
    </>
  );
}

/** The reviewer's words of the last return (or the office's reason to reopen), where the unit starts revising. */
function SendBackReason({ cell }: { cell: ReportCell }) {
  const { t } = useTranslation();
  const last = cell.history.findLast((e) => e.action === 'return' || e.action === 'reopen');
  if (!last) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="block-gap"
      data-test="acc-report-returned"
      title={t(last.action === 'return' ? 'acc.report.returnedBecause' : 'acc.report.reopenedBecause')}
      description={
        <>
          <p className="prose" data-test="acc-report-returned-comment">
            {last.comment}
          </p>
          <p className="muted">
            {t('acc.report.returnedBy', { actor: last.actor, at: new Date(last.at).toLocaleString() })}
          </p>
        </>
      }
    />
  );
}

function ReportText({ report, cell }: { report: Report; cell: ReportCell }) {
  const { t } = useTranslation();
  return (
    <section className="page-section">
      <Card>
        {report.state === 'submitted' || report.state === 'accepted' ? (
          <p className="muted">{t('acc.report.locked')}</p>
        ) : null}
        <Descriptions
          column={1}
          items={[
            {
              key: 's',
              label: t('acc.report.status'),
              children: <span data-test="acc-report-status">{t(`acc.status.${report.status}`)}</span>,
            },
            {
              key: 'p',
              label: t('acc.report.progress'),
              children: <span data-test="acc-report-progress">{report.progress}%</span>,
            },
            {
              key: 'd',
              label: t('acc.report.done'),
              children: (
                <span className="prose" data-test="acc-report-done">
                  {report.done}
                </span>
              ),
            },
            { key: 'm', label: t('acc.report.measures'), children: report.measures },
            { key: 'pr', label: t('acc.report.problems'), children: report.problems },
            { key: 'n', label: t('acc.report.nextSteps'), children: report.nextSteps },
            ...report.items.map((i) => {
              const w = cell.workItems.find((x) => x.id === i.workItemId);
              return {
                key: `i${i.workItemId}`,
                label: w?.title ?? String(i.workItemId),
                children: `${i.value ?? '—'}${w?.targetValue !== null && w?.targetValue !== undefined ? ` / ${w.targetValue}${w.targetUnit ?? ''}` : ''} · ${i.progress}%`,
              };
            }),
          ]}
        />
      </Card>
    </section>
  );
}
