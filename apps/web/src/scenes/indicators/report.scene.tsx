// One unit's yearly form: the entry grid by group, checks (hard must be fixed, soft explained), Excel out and in,
// submission (disabled, saying why, while a hard rule fails or nothing is filled in; a refused one marks the cells and
// brings the first into view), and for reviewers approve / send back / accept / unlock. A lock always says why and by whom.

import { Alert, Button, Input, Modal } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/core/session.ts';
import { useForm } from '../../api/indicators/forms.ts';
import { templateUrl, useReport, useReportMutation, useUpload } from '../../api/indicators/reports.ts';
import type { ReportDetail, SaveInput, SubmitInput } from '../../api/indicators/types.ts';
import { ReportChecks } from '../../components/indicators/report-checks.tsx';
import { ReportExcel } from '../../components/indicators/report-excel.tsx';
import {
  type CellMark,
  cellMarks,
  type GridRow,
  type Key,
  keyOf,
  ReportGrid,
  refusedMarks,
  rowsOf,
  showFirstMarked,
  ValueInput,
} from '../../components/indicators/report-grid.tsx';
import { History } from '../../components/indicators/report-history.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { PrefillPanel } from '../../components/services/prefill-panel.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { useSmallScreen } from '../../hooks/use-small-screen.ts';
import './indicators.css';
import { useMessage } from '../../components/app-message.tsx';

export default function IndicatorReportScene() {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const params = useParams();
  const year = Number(params.year);
  const unitId = Number(params.unitId);
  const report = useReport(year, unitId);
  const form = useForm(year);
  const session = useSession();
  const [edits, setEdits] = useState<Record<Key, number | string | null>>({});
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [ask, setAsk] = useState<null | 'return' | 'unlock'>(null);
  const [reason, setReason] = useState('');
  // the cells a refused submit named, until the next save or submit
  const [flagged, setFlagged] = useState<Map<string, CellMark> | null>(null);
  // SaveInput is the schema's parsed type (no z.input exported); the grid sends every cell's option, so it fits
  const save = useReportMutation<SaveInput>(year, unitId, '/values', 'put');
  const submit = useReportMutation<SubmitInput>(year, unitId, '/submit');
  const approve = useReportMutation<Record<string, never>>(year, unitId, '/approve');
  const accept = useReportMutation<Record<string, never>>(year, unitId, '/accept');
  // the domain exports reasonSchema but no type for its body
  const sendBack = useReportMutation<{ reason: string }>(year, unitId, '/return');
  const unlock = useReportMutation<{ reason: string }>(year, unitId, '/unlock');
  const upload = useUpload(year, unitId);
  const en = i18n.language === 'en';
  const phone = useSmallScreen();
  const detail = report.data;
  usePageTitle(detail ? t('ind.grid.heading', { unit: detail.unit.name, year }) : t('ind.pageTitle'));
  const rows = useMemo(() => (form.data ? rowsOf(form.data, en) : []), [form.data, en]);
  const stored = useMemo(
    () => new Map((detail?.values ?? []).map((v) => [keyOf(v.item, v.option), v.value ?? v.text ?? null])),
    [detail],
  );

  useEffect(() => {
    if (flagged?.size) showFirstMarked(rows, flagged);
  }, [flagged, rows]);

  if (report.error) return <ErrorNotice error={report.error} />;
  if (!detail || !form.data) return <PageLoading />;

  const user = session.data?.user;
  const state = detail.report.state;
  const canFile =
    !!user &&
    (user.role === 'office' ||
      (user.role === 'liaison' && user.unitId !== null && user.unitId === detail.unit.orgUnitId));
  const reviewRoots = session.data?.abilities['ind.review'];
  const canReview =
    reviewRoots === 'all' ||
    (Array.isArray(reviewRoots) &&
      reviewRoots.some((r) => r === detail.unit.areaCode || detail.unit.areaPath.includes(r)));
  const isOffice = user?.role === 'office';
  const editable = canFile && ['open', 'draft', 'returned'].includes(state);
  const dirty = Object.keys(edits).length > 0;
  const current = (k: Key) => (k in edits ? edits[k] : (stored.get(k) ?? null));
  const hardCount = detail.violations.filter((v) => v.severity === 'hard').length;
  const filled = (v: number | string | null) => v !== null && v !== '';
  const anyFigure = [...stored.values()].some(filled) || Object.values(edits).some(filled);
  // what the server would refuse, said beside the button; unsaved changes are saved and checked by submitting
  const submitBlocked =
    hardCount > 0 && !dirty
      ? t('ind.grid.submitBlockedHard', { count: hardCount })
      : !anyFigure
        ? t('ind.grid.submitBlockedEmpty')
        : null;
  const allExplanations = { ...detail.report.explanations, ...explanations };
  const busy =
    save.isPending ||
    submit.isPending ||
    approve.isPending ||
    accept.isPending ||
    sendBack.isPending ||
    unlock.isPending ||
    upload.isPending;
  const lastError = [save, submit, approve, accept, sendBack, unlock].find((m) => m.error)?.error;

  const doSave = async () => {
    setFlagged(null);
    const values = Object.entries(edits).map(([k, value]) => {
      const [item, option] = k.split('/');
      return { item, option, value: value === '' ? null : value };
    });
    const saved = (await save.mutateAsync({ values, explanations })) as ReportDetail;
    setEdits({});
    void message.success(t('ind.grid.saved'));
    return saved;
  };
  const doSubmit = async () => {
    let violations = detail.violations;
    try {
      if (dirty) violations = (await doSave()).violations;
      await submit.mutateAsync({ explanations: allExplanations });
      void message.success(t('ind.grid.submitted'));
    } catch (e) {
      setFlagged(refusedMarks(e, violations));
    }
  };
  const doReason = async () => {
    if (!reason.trim()) return;
    await (ask === 'return' ? sendBack : unlock).mutateAsync({ reason });
    setAsk(null);
    setReason('');
  };
  const valueInput = (r: GridRow) => (
    <ValueInput
      row={r}
      value={current(r.key)}
      editable={editable}
      onChange={(value) => setEdits((x) => ({ ...x, [r.key]: value }))}
    />
  );

  const lock = detail.report.lock;
  return (
    <div className="page page-wide" data-test="ind-report">
      <p className="breadcrumb">
        <Link to={`/indicators/reports?year=${year}`}>{t('ind.reports.heading')}</Link>
      </p>
      <h1>{t('ind.grid.heading', { unit: detail.unit.name, year })}</h1>
      <p className="muted">
        {detail.unit.areaName} ·{' '}
        {t(`ind.dept.${detail.unit.deptType}`, { defaultValue: detail.unit.deptType })} ·{' '}
        {t('ind.grid.window', { opens: detail.report.opensOn, due: detail.report.dueOn })} ·{' '}
        <strong data-test="ind-state">{t(`ind.state.${state}`)}</strong>
      </p>
      {lock && (
        <Alert
          className="ind-lock"
          type="info"
          showIcon
          data-test="ind-lock"
          title={t(`ind.lock.${lock.reason}`, {
            by: lock.name ?? lock.by,
            at: new Date(lock.at).toLocaleString(i18n.language),
            defaultValue: `${lock.reason} · ${lock.name ?? lock.by}`,
          })}
        />
      )}
      {state === 'returned' && detail.report.returnReason && (
        <Alert
          className="ind-lock"
          type="warning"
          showIcon
          data-test="ind-returned"
          title={t('ind.grid.returnedBecause', { reason: detail.report.returnReason })}
        />
      )}
      {!editable && !canReview && <p className="muted">{t('ind.grid.readOnly')}</p>}
      {lastError ? <ErrorNotice error={lastError} testId="ind-error" /> : null}
      {detail.unit.orgUnitId !== null && <PrefillPanel year={year} unitId={unitId} editable={editable} />}

      <ReportChecks
        violations={detail.violations}
        explanations={allExplanations}
        editable={editable}
        empty={![...stored.values()].some(filled)}
        onExplain={(rule, text) => setExplanations((x) => ({ ...x, [rule]: text }))}
      />

      {form.data.items.length > 0 && (
        <ReportGrid
          rows={rows}
          phone={phone}
          marks={flagged ?? cellMarks(detail.violations)}
          flagged={flagged !== null}
          valueInput={valueInput}
        />
      )}

      <div className="ind-actions ind-sticky-actions">
        {editable && (
          <>
            <Button
              type="primary"
              size="large"
              onClick={doSave}
              disabled={!dirty && Object.keys(explanations).length === 0}
              loading={save.isPending}
              data-test="ind-save"
            >
              {t('ind.grid.save')}
            </Button>
            <Button
              size="large"
              onClick={doSubmit}
              disabled={busy || submitBlocked !== null}
              aria-describedby={submitBlocked ? 'ind-submit-why' : undefined}
              data-test="ind-submit"
            >
              {t('ind.grid.submit')}
            </Button>
            {dirty && <span className="muted">{t('ind.grid.unsaved')}</span>}
            {submitBlocked && (
              <span id="ind-submit-why" className="ind-submit-why" data-test="ind-submit-why">
                {submitBlocked}
              </span>
            )}
            {!submitBlocked && flagged?.size ? (
              <span className="ind-submit-why" role="alert" data-test="ind-submit-failed">
                {t('ind.grid.submitFailedCells', { count: flagged.size })}
              </span>
            ) : null}
          </>
        )}
        {canReview && state === 'submitted' && (
          <>
            <Button
              type="primary"
              size="large"
              onClick={() => approve.mutate({})}
              disabled={busy}
              data-test="ind-approve"
            >
              {t('ind.grid.approve')}
            </Button>
            <Button
              size="large"
              danger
              onClick={() => setAsk('return')}
              disabled={busy}
              data-test="ind-return"
            >
              {t('ind.grid.sendBack')}
            </Button>
          </>
        )}
        {isOffice && state === 'approved' && (
          <Button
            type="primary"
            size="large"
            onClick={() => accept.mutate({})}
            disabled={busy}
            data-test="ind-accept"
          >
            {t('ind.grid.accept')}
          </Button>
        )}
        {(isOffice || canReview) && (state === 'approved' || (isOffice && state === 'accepted')) && (
          <Button
            size="large"
            onClick={() => setAsk(state === 'approved' && !isOffice ? 'unlock' : 'unlock')}
            disabled={busy}
            data-test="ind-unlock"
          >
            {t('ind.grid.unlock')}
          </Button>
        )}
      </div>

      <ReportExcel
        upload={upload}
        templateHref={templateUrl(year, unitId)}
        editable={editable}
        rules={form.data.rules}
      />

      <History detail={detail} />

      <Modal
        open={ask !== null}
        title={ask === 'return' ? t('ind.grid.sendBack') : t('ind.grid.unlock')}
        onOk={doReason}
        onCancel={() => setAsk(null)}
        okText={t('ind.grid.confirm')}
        cancelText={t('ind.grid.cancel')}
        okButtonProps={{
          disabled: !reason.trim(),
          ...({ 'data-test': 'ind-reason-confirm' } as Record<string, string>),
        }}
      >
        <label>
          {t('ind.grid.reason')}
          <Input.TextArea
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-test="ind-reason"
          />
        </label>
      </Modal>
    </div>
  );
}
