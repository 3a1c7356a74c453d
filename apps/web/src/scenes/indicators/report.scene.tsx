// One unit's yearly form: the entry grid by group, checks (hard must be fixed, soft explained), Excel out and in,
// submission, and for reviewers approve / send back / accept / unlock. A lock always says why and by whom.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, InputNumber, Modal, Table, Timeline } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { ApiIssue } from '../../api/error-text.ts';
import { UploadIssues } from '../../components/indicators/upload-issues.tsx';
import { formatNumber } from '../../components/indicators/ind-tabs.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { useSession } from '../../api/core/session.ts';
import { useSmallScreen } from '../../hooks/use-small-screen.ts';
import type { IndForm, IndItem, ReportDetail } from '../../api/indicators/types.ts';
import { templateUrl, useReport, useReportMutation, useUpload } from '../../api/indicators/reports.ts';
import { useForm } from '../../api/indicators/forms.ts';
import './indicators.css';

type Key = string;
const keyOf = (item: string, option: string) => `${item}/${option}`;
interface GridRow {
  key: Key;
  item: IndItem;
  option: string;
  label: string;
  sub: boolean;
}

function rowsOf(form: IndForm, en: boolean): GridRow[] {
  return form.items
    .filter((i) => !i.retired)
    .flatMap((item) => {
      const name = en ? item.en : item.zh;
      const options = item.breakdown
        ? (form.breakdowns.find((b) => b.code === item.breakdown)?.options ?? [])
        : [null];
      return options.map((o) => ({
        key: keyOf(item.code, o?.code ?? ''),
        item,
        option: o?.code ?? '',
        label: o ? `${name} · ${en ? o.en : o.zh}` : name,
        sub: item.parent !== null,
      }));
    });
}

export default function IndicatorReportScene() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
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
  const [uploadIssues, setUploadIssues] = useState<ApiIssue[]>([]);
  const fileRef = useRef<HTMLInputElement>(null);
  const save = useReportMutation<{
    values: { item: string; option: string; value: number | string | null }[];
    explanations?: Record<string, string>;
  }>(year, unitId, '/values', 'put');
  const submit = useReportMutation<{ explanations: Record<string, string> }>(year, unitId, '/submit');
  const approve = useReportMutation<Record<string, never>>(year, unitId, '/approve');
  const accept = useReportMutation<Record<string, never>>(year, unitId, '/accept');
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
  const badItems = new Set(detail.violations.filter((v) => v.severity === 'hard').flatMap((v) => v.items));
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
    const values = Object.entries(edits).map(([k, value]) => {
      const [item, option] = k.split('/');
      return { item, option, value: value === '' ? null : value };
    });
    await save.mutateAsync({ values, explanations });
    setEdits({});
    void message.success(t('ind.grid.saved'));
  };
  const doSubmit = async () => {
    if (dirty) await doSave();
    await submit.mutateAsync({ explanations: allExplanations });
    void message.success(t('ind.grid.submitted'));
  };
  const doReason = async () => {
    if (!reason.trim()) return;
    await (ask === 'return' ? sendBack : unlock).mutateAsync({ reason });
    setAsk(null);
    setReason('');
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setUploadIssues([]);
    try {
      const r = await upload.mutateAsync(file);
      void message.success(t('ind.grid.uploaded', { count: r.saved }));
    } catch (e) {
      if (e instanceof ApiError && Array.isArray(e.details.issues))
        setUploadIssues(e.details.issues as ApiIssue[]);
      else throw e;
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const valueInput = (r: GridRow) => {
    const test = `ind-cell-${r.item.code}${r.option ? `-${r.option}` : ''}`;
    const v = current(r.key);
    if (!editable)
      return (
        <span className="ind-num" data-test={test}>
          {r.item.valueType === 'text' ? String(v ?? '') : formatNumber(i18n.language, v as number | null)}
        </span>
      );
    return r.item.valueType === 'text' ? (
      <Input
        value={String(v ?? '')}
        onChange={(e) => setEdits((x) => ({ ...x, [r.key]: e.target.value }))}
        aria-labelledby={`lbl-${r.key}`}
        data-test={test}
      />
    ) : (
      <InputNumber
        value={v as number | null}
        min={0}
        precision={r.item.valueType === 'integer' ? 0 : undefined}
        onChange={(n) => setEdits((x) => ({ ...x, [r.key]: n ?? null }))}
        aria-labelledby={`lbl-${r.key}`}
        inputMode="decimal"
        data-test={test}
      />
    );
  };

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
            by: lock.by,
            at: new Date(lock.at).toLocaleString(i18n.language),
            defaultValue: `${lock.reason} · ${lock.by}`,
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

      <section className="ind-section" aria-labelledby="ind-checks" data-test="ind-checks">
        <h2 id="ind-checks">{t('ind.grid.checks')}</h2>
        {detail.violations.length === 0 ? (
          <p data-test="ind-no-violations">{t('ind.grid.noViolations')}</p>
        ) : (
          detail.violations.map((v) => (
            <Alert
              key={v.rule}
              className="ind-violation"
              type={v.severity === 'hard' ? 'error' : 'warning'}
              showIcon
              data-test={`ind-violation-${v.rule}`}
              title={`${v.severity === 'hard' ? t('ind.grid.hard') : t('ind.grid.soft')}:${t('ind.grid.rule', { text: en ? v.en : v.zh, left: formatNumber(i18n.language, v.left), right: formatNumber(i18n.language, v.right) })}`}
              description={
                v.severity === 'soft' ? (
                  <label className="ind-explain">
                    <span className="sr-only">{t('ind.grid.explainLabel', { rule: en ? v.en : v.zh })}</span>
                    <Input.TextArea
                      rows={2}
                      placeholder={t('ind.grid.explain')}
                      value={allExplanations[v.rule] ?? ''}
                      disabled={!editable}
                      onChange={(e) => setExplanations((x) => ({ ...x, [v.rule]: e.target.value }))}
                      data-test={`ind-explain-${v.rule}`}
                    />
                  </label>
                ) : undefined
              }
            />
          ))
        )}
      </section>

      <nav className="ind-jump" aria-label={t('ind.grid.groups')}>
        {(['P', 'V', 'F', 'M', 'A', 'E'] as const).map((g) => (
          <a key={g} href={`#ind-group-${g}`}>
            {t(`ind.group.${g}`)}
          </a>
        ))}
      </nav>
      {form.data.items.length > 0 &&
        (['P', 'V', 'F', 'M', 'A', 'E'] as const).map((g) => {
          const groupRows = rows.filter((r) => r.item.group === g);
          if (!groupRows.length) return null;
          return (
            <section key={g} className="ind-grid-group" data-test={`ind-group-${g}`}>
              <h2 id={`ind-group-${g}`}>{t(`ind.group.${g}`)}</h2>
              {phone ? (
                <ul className="ind-phone-list">
                  {groupRows.map((r) => (
                    <li
                      key={r.key}
                      className={`${badItems.has(r.item.code) ? 'ind-cell-bad' : ''} ${r.sub ? 'ind-phone-sub' : ''}`}
                    >
                      <span id={`lbl-${r.key}`} className="ind-phone-label">
                        {r.label}
                        <span className="muted">
                          {' '}
                          {r.item.code}
                          {r.item.unit ? ` · ${r.item.unit}` : ''}
                        </span>
                      </span>
                      {valueInput(r)}
                    </li>
                  ))}
                </ul>
              ) : (
                <Table<GridRow>
                  className="ind-grid"
                  rowKey="key"
                  size="small"
                  pagination={false}
                  scroll={{ x: true }}
                  dataSource={groupRows}
                  rowClassName={(r) => (r.sub ? 'ind-grid-row-sub' : '')}
                  columns={[
                    { title: t('ind.grid.code'), key: 'code', width: 90, render: (_, r) => r.item.code },
                    {
                      title: t('ind.grid.item'),
                      key: 'item',
                      render: (_, r) => <span id={`lbl-${r.key}`}>{r.label}</span>,
                    },
                    { title: t('ind.grid.unit'), key: 'unit', width: 80, render: (_, r) => r.item.unit },
                    {
                      title: t('ind.grid.value'),
                      key: 'value',
                      width: 200,
                      onCell: (r) => ({ className: badItems.has(r.item.code) ? 'ind-cell-bad' : '' }),
                      render: (_, r) => valueInput(r),
                    },
                  ]}
                />
              )}
            </section>
          );
        })}

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
            <Button size="large" onClick={doSubmit} disabled={busy} data-test="ind-submit">
              {t('ind.grid.submit')}
            </Button>
            {dirty && <span className="muted">{t('ind.grid.unsaved')}</span>}
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

      <section className="ind-section">
        <h2>{t('ind.grid.excel')}</h2>
        <div className="ind-actions">
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={templateUrl(year, unitId)}
            download
            data-test="ind-template"
          >
            {t('ind.grid.download')}
          </Button>
          {editable && (
            <label className="ant-btn ant-btn-default ant-btn-lg" data-test="ind-upload-label">
              <UploadOutlined aria-hidden /> {t('ind.grid.upload')}
              <input
                ref={fileRef}
                type="file"
                accept=".xlsx"
                className="sr-only"
                onChange={(e) => onFile(e.target.files?.[0])}
                data-test="ind-upload"
              />
            </label>
          )}
        </div>
        <UploadIssues issues={uploadIssues} rules={form.data.rules} />
      </section>

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

function History({ detail }: { detail: ReportDetail }) {
  const { t, i18n } = useTranslation();
  if (!detail.events.length) return null;
  return (
    <Card className="ind-section" data-test="ind-history">
      <h2 className="card-heading">{t('ind.grid.history')}</h2>
      <Timeline
        items={detail.events.map((e) => ({
          children: (
            <span>
              {new Date(e.at).toLocaleString(i18n.language)} · {e.actor} ·{' '}
              {t(`ind.grid.action.${e.action}`, { defaultValue: e.action })}
              {e.comment ? `:${e.comment}` : ''}
            </span>
          ),
        }))}
      />
    </Card>
  );
}
