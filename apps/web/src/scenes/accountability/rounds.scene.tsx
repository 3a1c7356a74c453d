// Reporting rounds: the list with their windows and phase; the office opens a round and extends one unit's window.
import { Button, Card, Form, Input, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accApi, useAccAbilities, useAccMutation, useRounds } from '../../api/accountability/acc.ts';
import type { AccRound, Period, Round } from '../../api/accountability/types.ts';
import { useUnits } from '../../api/core/units.ts';
import { AccError, AccPage } from '../../components/accountability/acc-ui.tsx';
import { useMessage } from '../../components/app-message.tsx';
import { DateField } from '../../components/date-field.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { InputNumber } from '../../components/number-input.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';

const periods: Period[] = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'Y'];
const dateRule = (msg: string) => ({ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: msg });

export default function AccRoundsScene() {
  const { t } = useTranslation();
  usePageTitle(t('acc.rounds.title'));
  const a = useAccAbilities();
  const rounds = useRounds();
  return (
    <AccPage testId="acc-rounds-page">
      <h1>{t('acc.rounds.title')}</h1>
      <p className="muted">{t('acc.rounds.intro')}</p>
      <QueryState query={rounds}>
        {(list) => (
          <div className="acc-table-scroll">
            <Table<Round>
              rowKey="id"
              dataSource={list}
              pagination={false}
              data-test="acc-rounds"
              onRow={(r) => ({ 'data-test': `acc-round-${r.id}` }) as never}
              columns={[
                { key: 'title', title: t('acc.board.round'), render: (_, r) => <strong>{r.title}</strong> },
                { key: 'phase', title: t('acc.rounds.phase'), render: (_, r) => t(`acc.phase.${r.phase}`) },
                {
                  key: 'window',
                  title: t('acc.rounds.window'),
                  render: (_, r) => `${r.opensOn} → ${r.dueOn}${t('common.inParens', { text: r.closesOn })}`,
                },
                {
                  key: 'board',
                  title: '',
                  render: (_, r) =>
                    a['acc.board.read'] && (
                      <Link to={`/acc/board?round=${r.id}`}>{t('acc.rounds.board')}</Link>
                    ),
                },
              ]}
            />
          </div>
        )}
      </QueryState>
      {a['acc.manage'] && <CreateRound />}
      {a['acc.manage'] && rounds.data && rounds.data.length > 0 && <ExtendRound rounds={rounds.data} />}
    </AccPage>
  );
}

function CreateRound() {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm();
  const create = useAccMutation((v: Record<string, unknown>) => accApi.post<AccRound>('/acc/rounds', v));
  const year = new Date().getFullYear();
  return (
    <section className="page-section" aria-labelledby="acc-open-round">
      <Card>
        <h2 id="acc-open-round" className="card-heading">
          {t('acc.rounds.open')}
        </h2>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ year, period: 'Y' }}
          data-test="acc-round-form"
          onFinish={(v) =>
            create.mutate(
              { ...v, title: v.title || undefined },
              {
                onSuccess: () => {
                  void message.success(t('acc.rounds.created'));
                  form.resetFields();
                },
              },
            )
          }
        >
          <div className="acc-form-grid">
            <Form.Item name="year" label={t('acc.rounds.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} data-test="acc-round-year" />
            </Form.Item>
            <Form.Item name="period" label={t('acc.rounds.period')} rules={[{ required: true }]}>
              <NativeSelect
                className="filter-control"
                options={periods.map((p) => ({ value: p, label: t(`acc.period.${p}`) }))}
                data-test="acc-round-period"
              />
            </Form.Item>
            <Form.Item name="title" label={t('acc.rounds.name')}>
              <Input data-test="acc-round-title" />
            </Form.Item>
            <Form.Item
              name="opensOn"
              label={t('acc.rounds.opensOn')}
              rules={[dateRule(t('acc.rounds.dateRequired'))]}
            >
              <DateField testId="acc-round-opens" />
            </Form.Item>
            <Form.Item
              name="dueOn"
              label={t('acc.rounds.dueOn')}
              rules={[dateRule(t('acc.rounds.dateRequired'))]}
            >
              <DateField testId="acc-round-due" />
            </Form.Item>
            <Form.Item
              name="closesOn"
              label={t('acc.rounds.closesOn')}
              rules={[dateRule(t('acc.rounds.dateRequired'))]}
            >
              <DateField testId="acc-round-closes" />
            </Form.Item>
          </div>
          {create.error ? <AccError error={create.error} /> : null}
          <Button
            type="primary"
            size="large"
            htmlType="submit"
            loading={create.isPending}
            data-test="acc-round-create"
          >
            {t('acc.rounds.create')}
          </Button>
        </Form>
      </Card>
    </section>
  );
}

function ExtendRound({ rounds }: { rounds: Round[] }) {
  const { t } = useTranslation();
  const message = useMessage();
  const units = useUnits();
  const [form] = Form.useForm();
  const extend = useAccMutation((v: { round: string; unitId: string; closesOn: string; reason: string }) =>
    accApi.post(`/acc/rounds/${v.round}/extensions`, {
      unitId: Number(v.unitId),
      closesOn: v.closesOn,
      reason: v.reason,
    }),
  );
  return (
    <section className="page-section" aria-labelledby="acc-extend">
      <Card>
        <h2 id="acc-extend" className="card-heading">
          {t('acc.rounds.extend')}
        </h2>
        <Form
          form={form}
          layout="vertical"
          data-test="acc-extend-form"
          onFinish={(v) =>
            extend.mutate(v, {
              onSuccess: () => {
                void message.success(t('acc.rounds.extended'));
                form.resetFields();
              },
            })
          }
        >
          <div className="acc-form-grid">
            <Form.Item
              name="round"
              label={t('acc.board.round')}
              rules={[{ required: true, message: t('acc.rounds.required') }]}
            >
              <NativeSelect
                className="filter-control"
                emptyLabel=""
                options={rounds.map((r) => ({ value: String(r.id), label: r.title }))}
                data-test="acc-extend-round"
              />
            </Form.Item>
            <Form.Item
              name="unitId"
              label={t('acc.rounds.extendUnit')}
              rules={[{ required: true, message: t('acc.rounds.required') }]}
            >
              <NativeSelect
                className="filter-control"
                emptyLabel=""
                options={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
                data-test="acc-extend-unit"
              />
            </Form.Item>
            <Form.Item
              name="closesOn"
              label={t('acc.rounds.extendTo')}
              rules={[dateRule(t('acc.rounds.dateRequired'))]}
            >
              <DateField testId="acc-extend-date" />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('acc.rounds.extendReason')}
              rules={[{ required: true, message: t('acc.rounds.required') }]}
            >
              <Input data-test="acc-extend-reason" />
            </Form.Item>
          </div>
          {extend.error ? <AccError error={extend.error} /> : null}
          <Button size="large" htmlType="submit" loading={extend.isPending} data-test="acc-extend-submit">
            {t('acc.rounds.extend')}
          </Button>
        </Form>
      </Card>
    </section>
  );
}
