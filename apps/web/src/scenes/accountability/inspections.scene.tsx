// Inspections and rectification items: the office records an inspection with findings; the owner unit answers;
// the office closes or reopens; overdue items are flagged.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { accApi, useAccAbilities, useAccMutation, useInspections } from '../../api/accountability/acc.ts';
import type { Rectification } from '../../api/accountability/types.ts';
import { useSession } from '../../api/core/session.ts';
import { useUnits } from '../../api/core/units.ts';
import { AccError, AccPage, DaysLeft, StateTag } from '../../components/accountability/acc-ui.tsx';
import { useMessage } from '../../components/app-message.tsx';
import { DateField } from '../../components/date-field.tsx';
import { DemoTag } from '../../components/demo-tag.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { EmptyNotice, QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';

export default function AccInspectionsScene() {
  const { t } = useTranslation();
  usePageTitle(t('acc.inspections.title'));
  const a = useAccAbilities();
  const q = useInspections();
  const session = useSession();
  const { hash } = useLocation();
  useEffect(() => {
    if (hash && q.data) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash, q.data]);
  return (
    <AccPage testId="acc-inspections-page">
      <h1>{t('acc.inspections.title')}</h1>
      <p className="muted">{t('acc.inspections.intro')}</p>
      <QueryState query={q}>
        {(list) =>
          list.length === 0 ? (
            // a district admin sees only its district's inspections: the empty page says so
            <EmptyNotice
              text={t(
                session.data?.user?.role === 'district'
                  ? 'acc.inspections.noneInArea'
                  : 'acc.inspections.none',
              )}
            />
          ) : (
            <div className="acc-cards page-section" data-test="acc-inspections">
              {list.map((i) => (
                <Card key={i.id} data-test={`acc-inspection-${i.id}`}>
                  <h2 className="card-heading">
                    {i.title} <DemoTag demo={i.demo} />
                  </h2>
                  <p className="muted">
                    {i.heldOn} · {i.method}
                  </p>
                  {i.units.length > 0 && (
                    <p data-test={`acc-inspection-units-${i.id}`}>
                      {t('acc.inspections.units')}
                      {t('common.colon')}
                      {i.units.map((u) => u.name).join('、')}
                    </p>
                  )}
                  {i.summary && <p>{i.summary}</p>}
                  {i.rectifications.map((r) => (
                    <RectItem key={r.id} r={r} />
                  ))}
                </Card>
              ))}
            </div>
          )
        }
      </QueryState>
      {a['acc.manage'] && <RecordInspection />}
    </AccPage>
  );
}

function RectItem({ r }: { r: Rectification }) {
  const { t } = useTranslation();
  const message = useMessage();
  const a = useAccAbilities();
  const [text, setText] = useState('');
  const id = useId();
  const isOwner = a.role === 'liaison' && a.unitId === r.ownerUnitId;
  const respond = useAccMutation(() =>
    accApi.post(`/acc/rectifications/${r.id}/respond`, { response: text }),
  );
  const close = useAccMutation(() => accApi.post(`/acc/rectifications/${r.id}/close`, { note: text }));
  const reopen = useAccMutation(() => accApi.post(`/acc/rectifications/${r.id}/reopen`, { reason: text }));
  const error = respond.error ?? close.error ?? reopen.error;
  const done = (msg: string) => ({
    onSuccess: () => {
      setText('');
      void message.success(msg);
    },
  });
  return (
    <div
      id={`rect-${r.id}`}
      className={r.overdue ? 'acc-finding acc-finding-overdue' : 'acc-finding'}
      data-test={`acc-rect-${r.id}`}
      data-state={r.state}
    >
      <div className="acc-summary-line">
        <StateTag state={r.overdue ? 'overdue' : r.state} rect testId={`acc-rect-state-${r.id}`} />
        <strong className="acc-grow">{r.finding}</strong>
      </div>
      <p>
        {t('acc.inspections.owner')}
        {t('common.colon')}
        {r.ownerName} · {t('acc.inspections.deadline')}
        {t('common.colon')}
        {r.deadline} {r.state === 'open' && <DaysLeft days={r.daysLeft} />}
      </p>
      {r.response && (
        <p>
          {t('acc.inspections.response')}
          {t('common.colon')}
          {r.response}
        </p>
      )}
      {r.history.length > 0 ? (
        <RectHistory r={r} />
      ) : (
        r.note && (
          <p>
            {t('acc.inspections.note')}
            {t('common.colon')}
            {r.note}
          </p>
        )
      )}
      {(isOwner && r.state !== 'closed') || a['acc.manage'] ? (
        <>
          <label htmlFor={id} className="field-label">
            {isOwner
              ? t('acc.inspections.response')
              : r.state === 'closed'
                ? t('acc.inspections.reopenReason')
                : t('acc.inspections.note')}
          </label>
          <Input.TextArea
            id={id}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 2 }}
            data-test={`acc-rect-text-${r.id}`}
          />
          {error ? <AccError error={error} /> : null}
          <div className="acc-actions">
            {isOwner && (
              <Button
                type="primary"
                size="large"
                disabled={!text.trim()}
                loading={respond.isPending}
                onClick={() => respond.mutate(undefined, done(t('acc.inspections.responded')))}
                data-test={`acc-rect-respond-${r.id}`}
              >
                {t('acc.inspections.respond')}
              </Button>
            )}
            {a['acc.manage'] && r.state === 'responded' && (
              <Button
                type="primary"
                size="large"
                loading={close.isPending}
                onClick={() => close.mutate(undefined, done(t('acc.inspections.closed')))}
                data-test={`acc-rect-close-${r.id}`}
              >
                {t('acc.inspections.close')}
              </Button>
            )}
            {a['acc.manage'] && r.state !== 'open' && (
              <Button
                size="large"
                disabled={!text.trim()}
                loading={reopen.isPending}
                onClick={() => reopen.mutate(undefined, done(t('acc.inspections.reopened')))}
                data-test={`acc-rect-reopen-${r.id}`}
              >
                {t('acc.inspections.reopen')}
              </Button>
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}

/** Every response, 销号 and reopen of the item with its comment, who and when (a reopen keeps the 销号 comment). */
function RectHistory({ r }: { r: Rectification }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('acc.inspections.history')}>
      <strong>{t('acc.inspections.history')}</strong>
      <ol className="acc-history" data-test={`acc-rect-history-${r.id}`}>
        {r.history.map((e) => (
          <li key={e.id} data-test={`acc-rect-event-${e.id}`} data-action={e.action}>
            <strong>{t(`acc.inspections.action.${e.action}`)}</strong> · {e.actor} ·{' '}
            {new Date(e.at).toLocaleString()}
            {e.comment && <p className="block-gap">{e.comment}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

interface InspectionForm {
  heldOn: string;
  title: string;
  method: string;
  summary: string;
  findings: { finding: string; ownerUnitId: string; deadline: string }[];
}

function RecordInspection() {
  const { t } = useTranslation();
  const message = useMessage();
  const units = useUnits();
  const [form] = Form.useForm<InspectionForm>();
  const save = useAccMutation((v: InspectionForm) =>
    accApi.post('/acc/inspections', {
      ...v,
      summary: v.summary ?? '',
      findings: (v.findings ?? []).map((f) => ({ ...f, ownerUnitId: Number(f.ownerUnitId) })),
    }),
  );
  const unitOptions = (units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }));
  const req = { required: true, message: t('acc.rounds.required') };
  return (
    <section aria-labelledby="acc-record" className="page-section">
      <Card>
        <h2 id="acc-record" className="card-heading">
          {t('acc.inspections.record')}
        </h2>
        <Form<InspectionForm>
          form={form}
          layout="vertical"
          initialValues={{ findings: [{ finding: '', ownerUnitId: '', deadline: '' }] }}
          data-test="acc-inspection-form"
          onFinish={(v) =>
            save.mutate(v, {
              onSuccess: () => {
                void message.success(t('acc.inspections.saved'));
                form.resetFields();
              },
            })
          }
        >
          <div className="acc-form-grid">
            <Form.Item name="heldOn" label={t('acc.inspections.heldOn')} rules={[req]}>
              <DateField testId="acc-insp-date" />
            </Form.Item>
            <Form.Item name="title" label={t('acc.inspections.name')} rules={[req]}>
              <Input data-test="acc-insp-title" />
            </Form.Item>
            <Form.Item name="method" label={t('acc.inspections.method')} rules={[req]}>
              <Input data-test="acc-insp-method" />
            </Form.Item>
          </div>
          <Form.Item name="summary" label={t('acc.inspections.summary')}>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
          <fieldset className="acc-fieldset">
            <legend>{t('acc.inspections.findings')}</legend>
            <Form.List name="findings">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <div key={f.key} className="acc-finding">
                      <Form.Item
                        name={[f.name, 'finding']}
                        label={t('acc.inspections.finding')}
                        rules={[req]}
                      >
                        <Input.TextArea autoSize={{ minRows: 2 }} data-test={`acc-insp-finding-${i}`} />
                      </Form.Item>
                      <div className="acc-form-grid">
                        <Form.Item
                          name={[f.name, 'ownerUnitId']}
                          label={t('acc.inspections.owner')}
                          rules={[req]}
                        >
                          <NativeSelect
                            className="filter-control"
                            emptyLabel=""
                            options={unitOptions}
                            data-test={`acc-insp-owner-${i}`}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, 'deadline']}
                          label={t('acc.inspections.deadline')}
                          rules={[req]}
                        >
                          <DateField testId={`acc-insp-deadline-${i}`} />
                        </Form.Item>
                      </div>
                      {fields.length > 1 && (
                        <Button icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(f.name)}>
                          {t('acc.inspections.removeFinding')}
                        </Button>
                      )}
                    </div>
                  ))}
                  <Button
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => add({ finding: '', ownerUnitId: '', deadline: '' })}
                    data-test="acc-insp-add-finding"
                  >
                    {t('acc.inspections.addFinding')}
                  </Button>
                </>
              )}
            </Form.List>
          </fieldset>
          {save.error ? <AccError error={save.error} /> : null}
          <div className="acc-actions">
            <Button
              type="primary"
              size="large"
              htmlType="submit"
              loading={save.isPending}
              data-test="acc-insp-save"
            >
              {t('acc.inspections.save')}
            </Button>
          </div>
        </Form>
      </Card>
    </section>
  );
}
