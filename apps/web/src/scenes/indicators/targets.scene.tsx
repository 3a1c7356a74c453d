// Targets and progress: each plan target with its status (the compound-growth ratio method, or achieved / missed once
// its year is over) and the inputs that produced it, office overrides with their reason, literacy values with their
// source, and counsellor coverage by area.
import { Button, Card, Input, Modal, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/core/session.ts';
import { useKpi, useTargetOverride, useTargets } from '../../api/indicators/targets.ts';
import type { ProgressStatus, TargetView } from '../../api/indicators/types.ts';
import { CounsellorShareTable } from '../../components/indicators/entry/counsellor-share-table.tsx';
import { KpiTable } from '../../components/indicators/entry/kpi-table.tsx';
import { formatNumber, IndTabs } from '../../components/indicators/ind-tabs.tsx';
import { TargetInputs } from '../../components/indicators/target-inputs.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import './indicators.css';

const STATUSES: ProgressStatus[] = [
  'achieved',
  'missed',
  'on_track',
  'acceleration_needed',
  'limited_progress',
  'deterioration',
  'no_data',
];

export default function IndicatorTargetsScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('ind.targets.heading'));
  const targets = useTargets();
  const kpi = useKpi();
  const office = useSession().data?.user?.role === 'office';
  const en = i18n.language === 'en';
  const [editing, setEditing] = useState<{ code: string; year: number } | null>(null);
  const [status, setStatus] = useState<ProgressStatus | ''>('');
  const [reason, setReason] = useState('');
  const override = useTargetOverride();
  const saveOverride = () =>
    editing &&
    override.mutate(
      { ...editing, status: status || null, reason },
      {
        onSuccess: () => {
          setEditing(null);
          setReason('');
        },
      },
    );
  if (targets.error) return <ErrorNotice error={targets.error} />;
  if (!targets.data) return <PageLoading />;
  return (
    <div className="page page-wide" data-test="ind-targets">
      <h1>{t('ind.targets.heading')}</h1>
      <p className="muted">{t('ind.targets.intro')}</p>
      <IndTabs />
      {targets.data.targets.map((x: TargetView) => (
        <Card key={x.code} className="ind-section" data-test={`ind-target-${x.code}`}>
          <h2 className="card-heading">
            {en ? x.en : x.zh}
            {x.unit ? t('common.inParens', { text: x.unit }) : ''}
          </h2>
          <p className="muted">
            {t('ind.targets.baseline')}
            {t('common.colon')}
            {x.baseline ? `${x.baseline.year} · ${formatNumber(i18n.language, x.baseline.value)}` : '—'} ·{' '}
            {t('ind.targets.observed')}
            {t('common.colon')}
            {x.observed.length
              ? x.observed
                  .map(
                    (o) =>
                      `${o.year}${t('common.colon')}${formatNumber(i18n.language, o.value)}${o.note && o.note !== 'plan' ? t('common.inParens', { text: o.note }) : ''}${o.ci ? t('common.inParens', { text: t('ind.targets.observedInterval', { low: formatNumber(i18n.language, o.ci[0]), high: formatNumber(i18n.language, o.ci[1]) }) }) : ''}`,
                  )
                  .join(t('common.semicolon'))
              : '—'}
          </p>
          <Table
            rowKey="year"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={x.targets}
            columns={[
              { title: t('ind.targets.targetYear'), dataIndex: 'year' },
              {
                title: t('ind.targets.target'),
                key: 'v',
                render: (_, r) =>
                  r.comparator === 'narrow'
                    ? t('indData.narrowTarget', {
                        share: `${formatNumber(i18n.language, (r.reduction ?? 0) * 100, 0)}%`,
                        value: formatNumber(i18n.language, r.value),
                      })
                    : `${r.comparator === '=' ? '' : r.comparator}${formatNumber(i18n.language, r.value)}`,
              },
              {
                title: t('ind.targets.status'),
                key: 's',
                render: (_, r) => (
                  <span
                    className={`ind-status ind-status-${r.status}`}
                    data-test={`ind-status-${x.code}-${r.year}`}
                  >
                    {t(`ind.targets.statuses.${r.status}`)}
                    {r.override ? ` · ${t('ind.targets.overridden')}` : ''}
                  </span>
                ),
              },
              {
                title: t('ind.targets.inputs'),
                key: 'i',
                render: (_, r) => <TargetInputs code={x.code} row={r} />,
              },
              ...(office
                ? [
                    {
                      title: '',
                      key: 'o',
                      render: (_: unknown, r: TargetView['targets'][number]) => (
                        <Button
                          onClick={() => {
                            setEditing({ code: x.code, year: r.year });
                            setStatus((r.override?.status as ProgressStatus) ?? '');
                          }}
                          data-test={`ind-override-${x.code}-${r.year}`}
                        >
                          {t('ind.targets.override')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {x.targets.map((r) =>
            r.basis ? (
              <p key={r.year} className="muted" data-test={`ind-basis-${x.code}-${r.year}`}>
                {i18n.language === 'en' && r.basisEn ? r.basisEn : r.basis}
              </p>
            ) : null,
          )}
        </Card>
      ))}
      <section className="ind-section" data-test="ind-counsellors">
        <h2>{t('ind.targets.counsellors')}</h2>
        <CounsellorShareTable rows={targets.data.counsellorShareByArea} />
      </section>
      <section className="ind-section" data-test="ind-kpi">
        <h2>{t('ind.targets.kpi')}</h2>
        {kpi.data && <KpiTable values={kpi.data} />}
      </section>
      <Modal
        open={editing !== null}
        title={t('ind.targets.override')}
        onOk={saveOverride}
        onCancel={() => setEditing(null)}
        okText={t('ind.grid.confirm')}
        cancelText={t('ind.grid.cancel')}
        okButtonProps={{ disabled: reason.trim().length < 5 }}
      >
        {override.error ? <ErrorNotice error={override.error} /> : null}
        <label className="ind-filters" style={{ display: 'block' }}>
          {t('ind.targets.status')}
          <NativeSelect
            value={status}
            onChange={(v) => setStatus(v as ProgressStatus | '')}
            style={{ width: '100%' }}
            aria-label={t('ind.targets.status')}
            options={[
              { value: '', label: t('ind.targets.noOverride') },
              ...STATUSES.map((s) => ({ value: s, label: t(`ind.targets.statuses.${s}`) })),
            ]}
          />
        </label>
        <label>
          {t('ind.grid.reason')}
          <Input.TextArea
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-test="ind-override-reason"
          />
        </label>
      </Modal>
    </div>
  );
}
