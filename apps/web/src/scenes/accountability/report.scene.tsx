// One progress report (or the empty cell a unit is about to file): the form while it is a draft or returned,
// evidence files, review (accept / return with a comment), reopening by the office, and its history.
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Descriptions, Form, Input, InputNumber } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { apiUrl } from '../../api/client.ts';
import { accApi, uploadEvidence, useAccMutation, useReportCell } from '../../api/accountability/acc.ts';
import type { Report, ReportCell, ReportStatus } from '../../api/accountability/types.ts';
import { reportStatuses } from '../../api/accountability/types.ts';
import { AccError, AccPage, StateTag } from '../../components/accountability/acc-ui.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { usePhoneScreen } from '../../hooks/use-small-screen.ts';

interface FormValues {
  status: ReportStatus;
  progress: number;
  done: string;
  measures: string;
  problems: string;
  nextSteps: string;
  items: Record<string, { value: number | null; progress: number | null }>;
}

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
        {t('acc.report.task', { number: cell.task.number, title: cell.task.title })}
      </h1>
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
                {r?.previousStatus ? t(`acc.status.${r.previousStatus}`) : t('acc.report.previousNone')}
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
      {r && <Evidence cell={cell} report={r} />}
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
                  <strong>{t(`acc.report.action.${e.action}`)}</strong> · {e.actor} ·{' '}
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

function ReportForm({ cell }: { cell: ReportCell }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const r = cell.report;
  const body = (v: FormValues) => ({
    status: v.status,
    progress: v.progress,
    done: v.done ?? '',
    measures: v.measures ?? '',
    problems: v.problems ?? '',
    nextSteps: v.nextSteps ?? '',
    items: cell.workItems
      .filter((w) => v.items?.[w.id] && (v.items[w.id].value !== null || v.items[w.id].progress !== null))
      .map((w) => ({
        workItemId: w.id,
        value: v.items[w.id].value ?? null,
        progress: v.items[w.id].progress ?? 0,
      })),
  });
  const save = useAccMutation(async (v: FormValues) =>
    r
      ? accApi.put<Report>(`/acc/reports/${r.id}`, body(v))
      : accApi.post<Report>('/acc/reports', {
          roundId: cell.round.id,
          taskNumber: cell.task.number,
          unitId: cell.unit.id,
          ...body(v),
        }),
  );
  const submit = useAccMutation(async (v: FormValues) => {
    const saved = await save.mutateAsync(v);
    return accApi.post<Report>(`/acc/reports/${saved.id}/submit`);
  });

  useEffect(() => {
    form.setFieldsValue({
      status: r?.status ?? 'on_track',
      progress: r?.progress ?? 0,
      done: r?.done ?? '',
      measures: r?.measures ?? '',
      problems: r?.problems ?? '',
      nextSteps: r?.nextSteps ?? '',
      items: Object.fromEntries(
        cell.workItems.map((w) => [
          w.id,
          {
            value: r?.items.find((i) => i.workItemId === w.id)?.value ?? null,
            progress: r?.items.find((i) => i.workItemId === w.id)?.progress ?? null,
          },
        ]),
      ),
    });
  }, [form, r, cell.workItems]);

  const onSave = async () => {
    const v = await form.validateFields();
    const saved = await save.mutateAsync(v);
    void message.success(t('acc.report.saved'));
    if (!r) navigate(`/acc/reports/${saved.id}`, { replace: true });
  };
  const onSubmit = async () => {
    const v = await form.validateFields();
    const done = await submit.mutateAsync(v);
    void message.success(t('acc.report.submitted'));
    if (!r) navigate(`/acc/reports/${done.id}`, { replace: true });
  };
  const error = save.error ?? submit.error;

  return (
    <section className="page-section">
      <Card>
        <Form<FormValues> form={form} layout="vertical" data-test="acc-report-form" requiredMark>
          <Form.Item name="status" label={t('acc.report.status')} rules={[{ required: true }]}>
            <NativeSelect
              className="filter-control"
              options={reportStatuses.map((s) => ({ value: s, label: t(`acc.status.${s}`) }))}
              data-test="acc-report-status-input"
            />
          </Form.Item>
          <Form.Item
            name="progress"
            label={t('acc.report.progress')}
            rules={[
              { required: true, type: 'integer', min: 0, max: 100, message: t('acc.report.progressInvalid') },
            ]}
          >
            <InputNumber
              min={0}
              max={100}
              step={5}
              suffix="%"
              style={{ width: 160 }}
              data-test="acc-report-progress-input"
            />
          </Form.Item>
          <Form.Item name="done" label={t('acc.report.done')} rules={[{ max: 5000 }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-test="acc-report-done-input" />
          </Form.Item>
          <Form.Item name="measures" label={t('acc.report.measures')} rules={[{ max: 5000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-test="acc-report-measures-input" />
          </Form.Item>
          <Form.Item name="problems" label={t('acc.report.problems')} rules={[{ max: 5000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-test="acc-report-problems-input" />
          </Form.Item>
          <Form.Item name="nextSteps" label={t('acc.report.nextSteps')} rules={[{ max: 5000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-test="acc-report-next-input" />
          </Form.Item>
          {cell.workItems.length > 0 && (
            <fieldset className="acc-fieldset">
              <legend>{t('acc.report.figures')}</legend>
              {cell.workItems.map((w) => (
                <div key={w.id} className="acc-form-grid" data-test={`acc-figure-${w.id}`}>
                  <p>
                    <strong>{w.title}</strong>
                    <br />
                    <span className="muted">
                      {w.targetValue !== null
                        ? t('acc.report.target', { value: w.targetValue, unit: w.targetUnit ?? '' })
                        : t('acc.report.noTarget')}
                    </span>
                  </p>
                  <Form.Item name={['items', String(w.id), 'value']} label={t('acc.report.value')}>
                    <InputNumber min={0} style={{ width: '100%' }} suffix={w.targetUnit ?? undefined} />
                  </Form.Item>
                  <Form.Item
                    name={['items', String(w.id), 'progress']}
                    label={t('acc.report.itemProgress')}
                    rules={[{ type: 'integer', min: 0, max: 100, message: t('acc.report.progressInvalid') }]}
                  >
                    <InputNumber min={0} max={100} style={{ width: '100%' }} />
                  </Form.Item>
                </div>
              ))}
            </fieldset>
          )}
          {error ? <AccError error={error} testId="acc-report-error" /> : null}
          <div className="acc-actions">
            <Button
              size="large"
              onClick={onSave}
              loading={save.isPending && !submit.isPending}
              data-test="acc-report-save"
            >
              {t('acc.report.save')}
            </Button>
            <Button
              size="large"
              type="primary"
              onClick={onSubmit}
              loading={submit.isPending}
              data-test="acc-report-submit"
            >
              {t('acc.report.submit')}
            </Button>
          </div>
        </Form>
      </Card>
    </section>
  );
}

function Evidence({ cell, report }: { cell: ReportCell; report: Report }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const inputId = useId();
  const [key, setKey] = useState(0);
  const upload = useAccMutation((file: File) => uploadEvidence(report.id, file));
  const canAdd = cell.can.edit;
  return (
    <section className="page-section" aria-labelledby="acc-files">
      <Card>
        <h2 id="acc-files" className="card-heading">
          <PaperClipOutlined aria-hidden /> {t('acc.report.files')}
        </h2>
        {cell.files.length === 0 ? (
          <p>{t('acc.report.noFiles')}</p>
        ) : (
          <ul className="acc-list" data-test="acc-files">
            {cell.files.map((f) => (
              <li key={f.id} data-test={`acc-file-${f.id}`}>
                <a href={apiUrl(`/acc/files/${f.id}`)} download={f.fileName} className="acc-grow">
                  <DownloadOutlined aria-hidden /> {f.fileName}
                </a>
                <span className="muted">{Math.max(1, Math.round(f.size / 1024))} KB</span>
              </li>
            ))}
          </ul>
        )}
        {canAdd && (
          <>
            <p className="muted">{t('acc.report.filesHelp', { mb: cell.maxFileBytes / 1024 / 1024 })}</p>
            <label htmlFor={inputId} className="acc-file-picker">
              <UploadOutlined aria-hidden /> {t('acc.report.upload')}
              <input
                key={key}
                id={inputId}
                type="file"
                accept=".pdf,.png,.jpg,.jpeg,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp"
                data-test="acc-file-input"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (!file) return;
                  upload.mutate(file, {
                    onSuccess: (f) => {
                      void message.success(t('acc.report.uploaded', { name: f.fileName }));
                      setKey((k) => k + 1);
                    },
                  });
                }}
              />
            </label>
            {upload.error ? <AccError error={upload.error} testId="acc-file-error" /> : null}
          </>
        )}
      </Card>
    </section>
  );
}

function Review({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const id = useId();
  const accept = useAccMutation(() => accApi.post(`/acc/reports/${report.id}/accept`, { comment }));
  const ret = useAccMutation(() => accApi.post(`/acc/reports/${report.id}/return`, { comment }));
  return (
    <section className="page-section" aria-labelledby="acc-review">
      <Card>
        <h2 id="acc-review" className="card-heading">
          {t('acc.report.review')}
        </h2>
        <label htmlFor={id} className="field-label">
          {t('acc.report.comment')}
        </label>
        <Input.TextArea
          id={id}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          autoSize={{ minRows: 2 }}
          status={missing ? 'error' : undefined}
          data-test="acc-review-comment"
        />
        {missing && (
          <p className="acc-days-over" role="alert">
            {t('acc.report.commentRequired')}
          </p>
        )}
        {(accept.error || ret.error) && <AccError error={accept.error ?? ret.error} />}
        <div className="acc-actions">
          <Button
            size="large"
            type="primary"
            loading={accept.isPending}
            data-test="acc-review-accept"
            onClick={() =>
              accept.mutate(undefined, { onSuccess: () => void message.success(t('acc.report.accepted')) })
            }
          >
            {t('acc.report.accept')}
          </Button>
          <Button
            size="large"
            danger
            loading={ret.isPending}
            data-test="acc-review-return"
            onClick={() => {
              if (!comment.trim()) return setMissing(true);
              setMissing(false);
              ret.mutate(undefined, { onSuccess: () => void message.success(t('acc.report.returned')) });
            }}
          >
            {t('acc.report.return')}
          </Button>
        </div>
      </Card>
    </section>
  );
}

function Reopen({ report }: { report: Report }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const id = useId();
  const reopen = useAccMutation(() => accApi.post(`/acc/reports/${report.id}/reopen`, { reason }));
  return (
    <section className="page-section" aria-labelledby="acc-reopen">
      <Card>
        <h2 id="acc-reopen" className="card-heading">
          {t('acc.report.reopen')}
        </h2>
        <label htmlFor={id} className="field-label">
          {t('acc.report.reason')}
        </label>
        <Input.TextArea
          id={id}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoSize={{ minRows: 2 }}
          data-test="acc-reopen-reason"
        />
        {reopen.error ? <AccError error={reopen.error} /> : null}
        <div className="acc-actions">
          <Button
            size="large"
            disabled={!reason.trim()}
            loading={reopen.isPending}
            onClick={() => reopen.mutate(undefined)}
            data-test="acc-reopen"
          >
            {t('acc.report.reopen')}
          </Button>
        </div>
      </Card>
    </section>
  );
}
