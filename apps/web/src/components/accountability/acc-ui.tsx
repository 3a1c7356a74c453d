// Small pieces every accountability page shares: the tab bar, state tags (colour + icon + word), days left,
// compact translated error notices and the page frame.
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAccAbilities } from '../../api/accountability/acc.ts';
import type { CellState, FigureBasis } from '../../api/accountability/types.ts';
import { ApiError } from '../../api/client.ts';
import { codeText, detailParams } from '../../api/error-text.ts';
import { ErrorNotice } from '../query-state.tsx';
import './acc.css';

const icons: Record<string, ReactNode> = {
  not_started: <MinusCircleOutlined aria-hidden />,
  draft: <EditOutlined aria-hidden />,
  submitted: <ClockCircleOutlined aria-hidden />,
  returned: <RollbackOutlined aria-hidden />,
  accepted: <CheckCircleOutlined aria-hidden />,
  overdue: <ExclamationCircleOutlined aria-hidden />,
  open: <ExclamationCircleOutlined aria-hidden />,
  responded: <ClockCircleOutlined aria-hidden />,
  closed: <CheckCircleOutlined aria-hidden />,
};
export const stateIcon = (s: string) => icons[s];

/**
 * A state's icon and its one word (the legend, the board's cells and the headline use the same); `rect` for a
 * rectification item, whose overdue is 已逾期 (not a report's 逾期未报).
 */
export function StateTag({
  state,
  rect,
  testId,
}: {
  state: CellState | 'open' | 'responded' | 'closed';
  rect?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const isRect = rect || state === 'open' || state === 'responded' || state === 'closed';
  const text = isRect ? t(`acc.rectState.${state}`) : t(`acc.state.${state}`);
  return (
    <span className={`acc-state acc-state-${state}`} data-test={testId} data-state={state}>
      {icons[state]}
      {text}
    </span>
  );
}

export function DaysLeft({ days, testId }: { days: number; testId?: string }) {
  const { t } = useTranslation();
  const cls = days < 0 ? 'acc-days-over' : days <= 3 ? 'acc-days-soon' : 'acc-days-ok';
  const text =
    days < 0
      ? t('acc.days.over', { count: -days })
      : days === 0
        ? t('acc.days.today')
        : t('acc.days.left', { count: days });
  return (
    <span className={`acc-days ${cls}`} data-test={testId}>
      {days < 0 && <ExclamationCircleOutlined aria-hidden />} {text}
    </span>
  );
}

/** What a progress figure counts, said where it is shown (the server's figures.ts is the definition). */
export function FigureBasisNote({ basis, testId }: { basis: FigureBasis | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <p className="muted acc-basis" data-test={testId}>
      {basis
        ? t('acc.basis.note', {
            round: basis.roundTitle,
            accepted: basis.accepted,
            awaiting: basis.awaitingReview,
          })
        : t('acc.basis.noRound')}
    </p>
  );
}

export const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${Math.round(v * 10) / 10}%`;

/** The 督查 pages a reader may use, from the abilities the server sends (a page it may not use is not offered). */
export function AccTabs() {
  const { t } = useTranslation();
  const a = useAccAbilities();
  const reader = a['acc.board.read'];
  const tabs = [
    ...(a['acc.my'] ? [['/acc', 'home']] : []),
    ...(reader ? [['/acc/board', 'board']] : []),
    ['/acc/rounds', 'rounds'],
    ['/acc/work-items', 'items'],
    ['/acc/progress', 'progress'],
    ['/acc/inspections', 'inspections'],
    ...(reader
      ? [
          ['/acc/scorecards', 'scorecards'],
          ['/acc/summary', 'summary'],
        ]
      : []),
    ...(a['acc.manage'] ? [['/acc/outbox', 'outbox', 'accMail.tab']] : []),
  ];
  return (
    <nav aria-label={t('acc.tabsLabel')}>
      <ul className="acc-tabs">
        {tabs.map(([to, key, label]) => (
          <li key={key}>
            <NavLink
              to={to}
              end
              data-test={`acc-tab-${key}`}
              className={({ isActive }) => (isActive ? 'active' : '')}
            >
              {t(label ?? `acc.tabs.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** An error as one line from its code (a closed window, a locked report, a file too large); errors that name
 *  fields, or have no text of their own, get the full notice with the list. */
export function AccError({ error, testId = 'acc-error' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && !Array.isArray(error.details.issues)) {
    // the request limit is the evidence limit on these pages
    const text =
      error.code === 'request.too_large'
        ? t('acc.error.tooLarge')
        : codeText(t, error.code, detailParams(t, error.details));
    if (text !== null) return <Alert type="error" showIcon role="alert" data-test={testId} title={text} />;
  }
  return <ErrorNotice error={error} testId={testId} />;
}

/** The frame of every accountability page (its routes are behind RequireSignIn): the tab bar, then the page. */
export function AccPage({ children, testId, wide }: { children: ReactNode; testId: string; wide?: boolean }) {
  return (
    <div className={wide ? 'page page-wide' : 'page'} data-test={testId}>
      <AccTabs />
      {children}
    </div>
  );
}
