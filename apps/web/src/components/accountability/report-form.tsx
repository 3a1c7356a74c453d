// The report form a unit fills while its report is a draft or returned: status, progress, the four texts and each
// work item's progress and value; save, or save and submit (once what was done is written, and after a confirmation:
// a submitted report is locked until it is returned). Its evidence follows the form: the first file of a new report saves
// the draft with what the form holds, so nobody is told to save first.
import { Button, type ButtonProps, Card, Form, Input, Popconfirm } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { accApi, useAccMutation } from '../../api/accountability/acc.ts';
import type { Report, ReportCell, ReportContent, ReportStatus } from '../../api/accountability/types.ts';
import { reportStatuses } from '../../api/accountability/types.ts';
import { useMessage } from '../app-message.tsx';
import { NativeSelect } from '../native-select.tsx';
import { InputNumber } from '../number-input.tsx';
import { AccError } from './acc-ui.tsx';
import { Evidence } from './report-evidence.tsx';

interface FormValues {
  status: ReportStatus;
  progress: number;
  done: string;
  measures: string;
  problems: string;
  nextSteps: string;
  items: Record<string, { value: number | null; progress: number | null }>;
}
export function ReportForm({ cell }: { cell: ReportCell }) {
  const { t } = useTranslation();
  const message = useMessage();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const r = cell.report;
  // the body of PUT /acc/reports/:id (and most of POST's): ReportContent is the schema's parsed type (no z.input
  // exported); every defaulted field is sent, so it is a valid body
  const body = (v: FormValues): ReportContent => ({
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
  const [confirming, setConfirming] = useState(false);
  // a reviewer needs to read what was done: a blank report is not submitted (the server refuses it too)
  const askToSubmit = async () => {
    const v = await form.validateFields();
    if (!v.done?.trim()) {
      form.setFields([{ name: 'done', errors: [t('acc.report.doneRequired')] }]);
      form.scrollToField('done', { block: 'center' });
      return;
    }
    setConfirming(true);
  };
  const onSubmit = async () => {
    setConfirming(false);
    const v = await form.validateFields();
    const done = await submit.mutateAsync(v);
    void message.success(t('acc.report.submitted'));
    if (!r) navigate(`/acc/reports/${done.id}`, { replace: true });
  };
  const error = save.error ?? submit.error;
  // the first evidence file of a new report: save the draft as the form stands (null while the form is not valid)
  const prepare = async () => {
    if (r) return r.id;
    const v = await form.validateFields().catch(() => null);
    return v ? (await save.mutateAsync(v)).id : null;
  };
  const afterUpload = (id: number) => {
    if (!r) navigate(`/acc/reports/${id}`, { replace: true });
  };

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
                    {w.evidenceRequired ? (
                      <span className="muted" data-test="acc-evidence-required">
                        {' '}
                        {t('acc.report.evidenceRequired')}
                      </span>
                    ) : null}
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
            <Popconfirm
              open={confirming}
              title={t('acc.report.confirmSubmit')}
              description={t('acc.report.confirmSubmitNote')}
              okText={t('acc.report.submit')}
              cancelText={t('acc.report.keepEditing')}
              okButtonProps={{ 'data-test': 'acc-report-submit-confirm' } as ButtonProps}
              onConfirm={onSubmit}
              onCancel={() => setConfirming(false)}
            >
              <Button
                size="large"
                type="primary"
                onClick={askToSubmit}
                loading={submit.isPending}
                data-test="acc-report-submit"
              >
                {t('acc.report.submit')}
              </Button>
            </Popconfirm>
          </div>
        </Form>
      </Card>
      <Evidence cell={cell} report={r} prepare={prepare} onUploaded={afterUpload} />
    </section>
  );
}
