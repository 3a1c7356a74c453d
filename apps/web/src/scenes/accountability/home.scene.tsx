// A liaison's accountability home: what the unit owes in open rounds with days left, reports to review as a lead unit,
// the unit's rectification items (overdue flagged) and notifications.
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useAccAbilities, useMyWork } from '../../api/accountability/acc.ts';
import type { MyWork } from '../../api/accountability/types.ts';
import { AccPage, DaysLeft, StateTag } from '../../components/accountability/acc-ui.tsx';
import { NotificationList } from '../../components/accountability/notification-list.tsx';
import { usePaged } from '../../components/list-pager.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';

export default function AccHomeScene() {
  const { t } = useTranslation();
  usePageTitle(t('acc.home.title'));
  const a = useAccAbilities();
  const my = useMyWork(a['acc.my']);
  // district admins and viewers have no unit work: their 督查 starts at the board
  if (!a['acc.my'] && a['acc.board.read']) return <Navigate to="/acc/board" replace />;

  return (
    <AccPage testId="acc-home">
      <h1>{t('acc.home.title')}</h1>
      <p className="muted">{t('acc.home.intro')}</p>
      {!a['acc.my'] ? (
        <p>{t('acc.home.office')}</p>
      ) : (
        <QueryState query={my}>
          {(w) => {
            const owed = w.reports.filter((r) => r.owed);
            return (
              <div className="acc-cards">
                {w.unitName && (
                  <p className="acc-big" data-test="acc-home-unit">
                    {t('acc.home.unit', { name: w.unitName })}
                  </p>
                )}
                {a.role === 'liaison' && (
                  <p className="acc-summary-line" data-test="acc-home-summary">
                    <a href="#acc-owed-heading" className="acc-link-btn">
                      {t('acc.home.oweCount', { count: owed.length })}
                    </a>
                    {w.rectifications.some((r) => r.overdue) && (
                      <a href="#acc-rect-heading" className="acc-link-btn acc-days-over">
                        <StateTag state="overdue" rect />{' '}
                        {t('acc.home.rectOverdue', {
                          count: w.rectifications.filter((r) => r.overdue).length,
                        })}
                      </a>
                    )}
                  </p>
                )}
                {a.role === 'liaison' && (
                  <Card>
                    <h2 id="acc-owed-heading" className="card-heading">
                      {t('acc.home.owe')}{' '}
                      <span className="muted">· {t('acc.home.oweCount', { count: owed.length })}</span>
                    </h2>
                    {w.reports.length === 0 ? (
                      <p data-test="acc-home-none">{t('acc.home.none')}</p>
                    ) : (
                      <ul className="acc-list" data-test="acc-owed">
                        {w.reports.map((r) => {
                          const to = r.reportId
                            ? `/acc/reports/${r.reportId}`
                            : `/acc/file?round=${r.roundId}&task=${r.taskNumber}&unit=${w.unitId}`;
                          const label = !r.owed
                            ? t('acc.home.view')
                            : r.state === 'returned'
                              ? t('acc.home.revise')
                              : r.reportId
                                ? t('acc.home.continue')
                                : t('acc.home.fill');
                          return (
                            <li
                              key={`${r.roundId}-${r.taskNumber}`}
                              data-test={`acc-owed-${r.roundId}-${r.taskNumber}`}
                            >
                              <div className="acc-grow">
                                <div>
                                  <strong>
                                    {t('acc.home.task')} {r.taskNumber}
                                  </strong>{' '}
                                  {r.taskTitle}
                                </div>
                                <div className="muted">
                                  {r.roundTitle} · {t('acc.home.due')} {r.dueOn}
                                </div>
                              </div>
                              <StateTag
                                state={r.state}
                                testId={`acc-owed-state-${r.roundId}-${r.taskNumber}`}
                              />
                              {r.owed && (
                                <DaysLeft
                                  days={r.daysLeft}
                                  testId={`acc-owed-days-${r.roundId}-${r.taskNumber}`}
                                />
                              )}
                              <Link
                                to={to}
                                className={r.owed ? 'acc-link-btn acc-link-btn-primary' : 'acc-link-btn'}
                                data-test={`acc-owed-open-${r.roundId}-${r.taskNumber}`}
                              >
                                {label}
                              </Link>
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </Card>
                )}
                <Card>
                  <h2 className="card-heading">{t('acc.home.review')}</h2>
                  {w.toReview.length === 0 ? (
                    <p>{t('acc.home.reviewNone')}</p>
                  ) : (
                    <ReviewList items={w.toReview} />
                  )}
                </Card>
                {a.role === 'liaison' && (
                  <Card>
                    <h2 id="acc-rect-heading" className="card-heading">
                      {t('acc.home.rect')}
                    </h2>
                    {w.rectifications.length === 0 ? (
                      <p>{t('acc.home.rectNone')}</p>
                    ) : (
                      <ul className="acc-list" data-test="acc-home-rects">
                        {w.rectifications.map((r) => (
                          <li key={r.id} data-test={`acc-home-rect-${r.id}`} data-overdue={r.overdue}>
                            <div className="acc-grow">
                              <div>{r.finding}</div>
                              <div className="muted">
                                {r.inspection.title} · {t('acc.inspections.deadline')} {r.deadline}
                              </div>
                            </div>
                            <StateTag
                              state={r.overdue ? 'overdue' : r.state}
                              rect
                              testId={`acc-home-rect-state-${r.id}`}
                            />
                            {r.state === 'open' && <DaysLeft days={r.daysLeft} />}
                            <Link to={`/acc/inspections#rect-${r.id}`} className="acc-link-btn">
                              {t('acc.inspections.respond')}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </Card>
                )}
              </div>
            );
          }}
        </QueryState>
      )}
      {a.unitId !== null && <NotificationList />}
    </AccPage>
  );
}

/** Reports waiting for the reader's review, a page at a time with their number. */
function ReviewList({ items }: { items: MyWork['toReview'] }) {
  const { t } = useTranslation();
  const review = usePaged(items, 20, t('acc.home.review'));
  return (
    <>
      <ul className="acc-list" data-test="acc-to-review">
        {review.rows.map((r) => (
          <li key={r.reportId} data-test={`acc-review-${r.reportId}`}>
            <div className="acc-grow">
              <strong>
                {t('acc.home.task')} {r.taskNumber}
              </strong>{' '}
              {r.taskTitle}
              <div className="muted">
                {r.unitName} · {r.roundTitle}
              </div>
            </div>
            <StateTag state="submitted" />
            <Link
              to={`/acc/reports/${r.reportId}`}
              className="acc-link-btn acc-link-btn-primary"
              data-test={`acc-review-open-${r.reportId}`}
            >
              {t('acc.home.reviewOpen')}
            </Link>
          </li>
        ))}
      </ul>
      {review.pager}
    </>
  );
}
