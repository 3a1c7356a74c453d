// An expert's service record (lectures, consultations, content reviews), the form to record one by hand and the void
// with a reason; each record is one expert_service entry on the participation ledger.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ServiceView, useRecordService, useVoidService } from '../../api/experts/experts.ts';
import { DateField } from '../date-field.tsx';
import { ErrorNotice } from '../query-state.tsx';

export function ServicesSection(p: { expertId: number; services: ServiceView[]; canManage: boolean }) {
  const { t } = useTranslation();
  const record = useRecordService();
  const voiding = useVoidService();
  const [f, setF] = useState({ kind: 'consultation', date: '', hours: '2', note: '' });
  const [reasons, setReasons] = useState<Record<number, string>>({});
  return (
    <section aria-labelledby="exp-services">
      <h2 id="exp-services">{t('experts.detail.services')}</h2>
      {p.services.length === 0 ? (
        <p className="muted">{t('experts.none')}</p>
      ) : (
        <div className="svc-scroll">
          <table className="svc-table" data-test="exp-services">
            <thead>
              <tr>
                <th scope="col">{t('experts.detail.date')}</th>
                <th scope="col">{t('experts.detail.kind')}</th>
                <th scope="col">{t('experts.detail.hours')}</th>
                <th scope="col">{t('experts.detail.activity')}</th>
                <th scope="col">{t('experts.detail.note')}</th>
              </tr>
            </thead>
            <tbody>
              {p.services.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.date}</th>
                  <td>{t(`experts.kinds.${s.kind}`)}</td>
                  <td>{s.hours}</td>
                  <td>{s.activityTitle ?? ''}</td>
                  <td>
                    {s.note}
                    {s.voidedAt ? (
                      <strong> {t('experts.detail.voided', { reason: s.voidReason })}</strong>
                    ) : (
                      p.canManage && (
                        <span className="svc-inline">
                          <input
                            aria-label={t('experts.detail.voidReason')}
                            placeholder={t('experts.detail.voidReason')}
                            value={reasons[s.id] ?? ''}
                            onChange={(e) => setReasons({ ...reasons, [s.id]: e.target.value })}
                          />
                          <button
                            type="button"
                            onClick={() => voiding.mutate({ id: s.id, reason: reasons[s.id] ?? '' })}
                            disabled={voiding.isPending}
                          >
                            {t('experts.detail.void')}
                          </button>
                        </span>
                      )
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {voiding.error && <ErrorNotice error={voiding.error} />}
      {p.canManage && (
        <form
          className="vol-form"
          onSubmit={(e) => {
            e.preventDefault();
            record.mutate({
              expertId: p.expertId,
              kind: f.kind,
              date: f.date,
              hours: Number(f.hours),
              note: f.note,
            });
          }}
        >
          <h3>{t('experts.detail.record')}</h3>
          <label>
            {t('experts.detail.kind')}
            <select value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value })}>
              {(['lecture', 'consultation', 'content_review'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`experts.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <span>
            {t('experts.detail.date')}
            <DateField
              value={f.date}
              onChange={(v) => setF({ ...f, date: v ?? '' })}
              testId="exp-service-date"
              aria-label={t('experts.detail.date')}
            />
          </span>
          <label>
            {t('experts.detail.hours')}
            <input
              type="number"
              min="0.5"
              max="24"
              step="0.5"
              value={f.hours}
              onChange={(e) => setF({ ...f, hours: e.target.value })}
            />
          </label>
          <label>
            {t('experts.detail.note')}
            <input value={f.note} onChange={(e) => setF({ ...f, note: e.target.value })} />
          </label>
          <button type="submit" disabled={record.isPending}>
            {t('experts.detail.record')}
          </button>
          {record.isSuccess && <output className="vol-status">{t('experts.detail.recorded')}</output>}
          {record.error && <ErrorNotice error={record.error} />}
        </form>
      )}
    </section>
  );
}
