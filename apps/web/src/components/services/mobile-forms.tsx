// The forms of the mobile units' page: register a unit (the office), plan a stop (site, area, dates), report a stop
// (visitors by group, activities, km) and void one with a reason (the office).
import { mobileKinds, targetGroups } from '@kepu/domain/services';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateMobileUnit, usePlanStop, useReportStop, useVoidStop } from '../../api/services/mobile.ts';
import { AreaSelect } from '../area-select.tsx';
import { DateField } from '../date-field.tsx';
import { ErrorNotice } from '../query-state.tsx';

export function MobileUnitForm() {
  const { t } = useTranslation();
  const create = useCreateMobileUnit();
  const [f, setF] = useState({ name: '', kind: 'caravan', areaCode: '' });
  return (
    <section aria-labelledby="mobile-new">
      <h2 id="mobile-new">{t('services.mobile.register')}</h2>
      <div className="svc-form">
        <label>
          {t('services.mobile.name')}
          <input
            value={f.name}
            onChange={(e) => setF({ ...f, name: e.target.value })}
            data-test="mobile-name"
          />
        </label>
        <label>
          {t('services.mobile.kind')}
          <select
            value={f.kind}
            onChange={(e) => setF({ ...f, kind: e.target.value })}
            data-test="mobile-kind"
          >
            {mobileKinds.map((k) => (
              <option key={k} value={k}>
                {t(`services.mobile.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <AreaSelect
          label={t('services.mobile.area')}
          empty={t('services.mobile.pick')}
          value={f.areaCode}
          onChange={(areaCode) => setF({ ...f, areaCode })}
          test="mobile-area"
        />
      </div>
      <button
        type="button"
        className="svc-button"
        disabled={create.isPending}
        data-test="mobile-submit"
        onClick={() =>
          create.mutate(f, { onSuccess: () => setF({ name: '', kind: 'caravan', areaCode: '' }) })
        }
      >
        {t('services.mobile.registerButton')}
      </button>
      {create.error && <ErrorNotice error={create.error} testId="mobile-error" />}
    </section>
  );
}

export function PlanStopForm({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const plan = usePlanStop(unitId);
  const empty = { site: '', areaCode: '', address: '', startsOn: '', endsOn: '' };
  const [f, setF] = useState(empty);
  return (
    <details className="svc-details">
      <summary data-test={`stop-plan-${unitId}`}>{t('services.mobile.plan')}</summary>
      <div className="svc-form">
        <label>
          {t('services.mobile.site')}
          <input
            value={f.site}
            onChange={(e) => setF({ ...f, site: e.target.value })}
            data-test="stop-site"
          />
        </label>
        <AreaSelect
          label={t('services.mobile.area')}
          empty={t('services.mobile.pick')}
          value={f.areaCode}
          onChange={(areaCode) => setF({ ...f, areaCode })}
          test="stop-area"
        />
        <label>
          {t('services.mobile.address')}
          <input value={f.address} onChange={(e) => setF({ ...f, address: e.target.value })} />
        </label>
        <label>
          {t('services.mobile.from')}
          <DateField
            value={f.startsOn}
            onChange={(v) => setF({ ...f, startsOn: v ?? '' })}
            testId="stop-from"
          />
        </label>
        <label>
          {t('services.mobile.to')}
          <DateField value={f.endsOn} onChange={(v) => setF({ ...f, endsOn: v ?? '' })} testId="stop-to" />
        </label>
      </div>
      <button
        type="button"
        className="svc-button"
        disabled={plan.isPending}
        data-test="stop-submit"
        onClick={() => plan.mutate(f, { onSuccess: () => setF(empty) })}
      >
        {t('services.mobile.planButton')}
      </button>
      {plan.error && <ErrorNotice error={plan.error} testId="stop-error" />}
    </details>
  );
}

export function ReportStopForm({ stopId }: { stopId: number }) {
  const { t } = useTranslation();
  const report = useReportStop(stopId);
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [f, setF] = useState({ activities: '', km: '' });
  const headcount = Object.fromEntries(
    Object.entries(counts)
      .filter(([, v]) => v)
      .map(([k, v]) => [k, Number(v)]),
  );
  return (
    <details className="svc-details">
      <summary data-test={`stop-report-${stopId}`}>{t('services.mobile.report')}</summary>
      <div className="svc-form">
        {targetGroups.map((g) => (
          <label key={g}>
            {t('services.mobile.visitors', { group: t(`services.groups.${g}`) })}
            <input
              type="number"
              min={0}
              value={counts[g] ?? ''}
              onChange={(e) => setCounts({ ...counts, [g]: e.target.value })}
              data-test={`stop-count-${g}`}
            />
          </label>
        ))}
        <label>
          {t('services.mobile.activities')}
          <input
            type="number"
            min={0}
            value={f.activities}
            onChange={(e) => setF({ ...f, activities: e.target.value })}
            data-test="stop-activities"
          />
        </label>
        <label>
          {t('services.mobile.km')}
          <input
            type="number"
            min={0}
            step="0.1"
            value={f.km}
            onChange={(e) => setF({ ...f, km: e.target.value })}
            data-test="stop-km"
          />
        </label>
      </div>
      <button
        type="button"
        className="svc-button"
        disabled={report.isPending}
        data-test="stop-report-submit"
        onClick={() => report.mutate({ headcount, activities: Number(f.activities), km: Number(f.km) })}
      >
        {t('services.mobile.reportButton')}
      </button>
      {report.error && <ErrorNotice error={report.error} testId="stop-report-error" />}
    </details>
  );
}

export function VoidStopForm({ stopId }: { stopId: number }) {
  const { t } = useTranslation();
  const voidStop = useVoidStop(stopId);
  const [reason, setReason] = useState('');
  return (
    <details className="svc-details">
      <summary>{t('services.mobile.void')}</summary>
      <label>
        {t('services.mobile.reason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="button" className="svc-button" onClick={() => voidStop.mutate(reason)}>
        {t('services.mobile.voidButton')}
      </button>
      {voidStop.error && <ErrorNotice error={voidStop.error} />}
    </details>
  );
}
