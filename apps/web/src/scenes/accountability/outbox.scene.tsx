// The office's email outbox (/acc/outbox): why notifications never depend on mail, the SMTP settings read-only,
// the mail copies filtered by state, and "retry now" for a failed one.
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  RedoOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Table } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MailSettingsView,
  type OutboxRow,
  type OutboxState,
  useOutbox,
  useRetryMail,
} from '../../api/accountability/outbox.ts';
import { AccError, AccPage } from '../../components/accountability/acc-ui.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import './outbox.css';
import { useMessage } from '../../components/app-message.tsx';

const states: OutboxState[] = ['pending', 'sent', 'failed'];
// the report-state colours: blue waiting, green done, red needs attention
const look = {
  pending: { cls: 'submitted', icon: <ClockCircleOutlined aria-hidden /> },
  sent: { cls: 'accepted', icon: <CheckCircleOutlined aria-hidden /> },
  failed: { cls: 'overdue', icon: <ExclamationCircleOutlined aria-hidden /> },
};
const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

function Settings({ s }: { s: MailSettingsView }) {
  const { t } = useTranslation();
  if (!s.enabled)
    return (
      <Descriptions column={1} size="small" data-test="acc-mail-settings" data-enabled="false">
        <Descriptions.Item label={t('accMail.enabled')}>
          <span>
            <strong>{t('accMail.off')}</strong> — {t('accMail.offHint')}
          </span>
        </Descriptions.Item>
      </Descriptions>
    );
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small" data-test="acc-mail-settings" data-enabled="true">
      <Descriptions.Item label={t('accMail.enabled')}>{t('accMail.on')}</Descriptions.Item>
      <Descriptions.Item label={t('accMail.host')}>{s.host}</Descriptions.Item>
      <Descriptions.Item label={t('accMail.port')}>{s.port}</Descriptions.Item>
      <Descriptions.Item label={t('accMail.security')}>
        {t(`accMail.securityName.${s.security}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('accMail.from')}>{s.from}</Descriptions.Item>
      <Descriptions.Item label={t('accMail.user')}>{s.user ?? t('accMail.noUser')}</Descriptions.Item>
      {s.user && (
        <Descriptions.Item label={t('accMail.password')}>{t('accMail.passwordHint')}</Descriptions.Item>
      )}
      {s.allowInsecureAuth && <Descriptions.Item label="⚠">{t('accMail.insecureAuth')}</Descriptions.Item>}
    </Descriptions>
  );
}

export default function AccOutboxScene() {
  const { t } = useTranslation();
  usePageTitle(t('accMail.title'));
  const [state, setState] = useState<OutboxState | undefined>();
  const q = useOutbox(state);
  const retry = useRetryMail();
  const message = useMessage();
  const filterId = useId();
  const onRetry = (r: OutboxRow) =>
    retry.mutate(r.id, {
      onSuccess: (after) =>
        after.state === 'sent'
          ? void message.success(t('accMail.retried', { to: after.to }))
          : void message.warning(t('accMail.stillFailed', { error: after.lastError ?? '' })),
    });
  const count = q.data?.count;
  return (
    <AccPage testId="acc-outbox-page" wide>
      <h1>{t('accMail.title')}</h1>
      <Alert
        type="info"
        showIcon
        title={t('accMail.keptTitle')}
        description={t('accMail.kept')}
        data-test="acc-mail-kept"
      />
      <section className="page-section" aria-labelledby="acc-mail-settings-heading">
        <Card>
          <h2 id="acc-mail-settings-heading" className="card-heading">
            {t('accMail.settings')}
          </h2>
          {q.data && <Settings s={q.data.settings} />}
        </Card>
      </section>
      <div className="filter-bar">
        <div className="filter-field">
          <label htmlFor={filterId} className="filter-label">
            {t('accMail.filter')}
          </label>
          <NativeSelect
            id={filterId}
            value={state}
            onChange={(v) => setState((v || undefined) as OutboxState | undefined)}
            emptyLabel={t('accMail.all', { count: count ? count.pending + count.sent + count.failed : 0 })}
            options={states.map((s) => ({
              value: s,
              label: t('accMail.stateCount', { state: t(`accMail.stateName.${s}`), count: count?.[s] ?? 0 }),
            }))}
            data-test="acc-outbox-filter"
          />
        </div>
      </div>
      {retry.error && <AccError error={retry.error} testId="acc-outbox-error" />}
      <QueryState query={q}>
        {(o) =>
          o.items.length === 0 ? (
            <p data-test="acc-outbox-empty">{t('accMail.empty')}</p>
          ) : (
            <div className="acc-table-scroll">
              <Table<OutboxRow>
                rowKey="id"
                dataSource={o.items}
                pagination={o.items.length > 50 ? { pageSize: 50 } : false}
                data-test="acc-outbox"
                onRow={(r) => ({ 'data-test': `acc-mail-${r.id}`, 'data-state': r.state }) as never}
                scroll={{ x: 1300 }}
                columns={[
                  {
                    key: 'state',
                    title: t('accMail.state'),
                    width: 110,
                    render: (_, r) => (
                      <span className={`acc-state acc-state-${look[r.state].cls}`} data-test="acc-mail-state">
                        {look[r.state].icon}
                        {t(`accMail.stateName.${r.state}`)}
                      </span>
                    ),
                  },
                  { key: 'to', dataIndex: 'to', title: t('accMail.to'), width: 180 },
                  { key: 'subject', dataIndex: 'subject', title: t('accMail.subject'), width: 200 },
                  {
                    key: 'attempts',
                    title: t('accMail.attempts'),
                    align: 'right',
                    width: 90,
                    render: (_, r) => <span data-test="acc-mail-attempts">{r.attempts}</span>,
                  },
                  {
                    key: 'error',
                    title: t('accMail.lastError'),
                    width: 290,
                    render: (_, r) => <span className="acc-mail-error">{r.lastError ?? '—'}</span>,
                  },
                  {
                    key: 'created',
                    title: t('accMail.created'),
                    width: 150,
                    render: (_, r) => time(r.createdAt),
                  },
                  { key: 'sent', title: t('accMail.sentAt'), width: 150, render: (_, r) => time(r.sentAt) },
                  {
                    key: 'actions',
                    title: t('accMail.actions'),
                    width: 130,
                    render: (_, r) =>
                      r.state === 'failed' && o.settings.enabled ? (
                        <Button
                          size="small"
                          icon={<RedoOutlined aria-hidden />}
                          aria-label={t('accMail.retryLabel', { to: r.to })}
                          loading={retry.isPending && retry.variables === r.id}
                          onClick={() => onRetry(r)}
                          data-test="acc-mail-retry"
                        >
                          {t('accMail.retry')}
                        </Button>
                      ) : null,
                  },
                ]}
              />
            </div>
          )
        }
      </QueryState>
    </AccPage>
  );
}
