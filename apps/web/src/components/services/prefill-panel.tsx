// On a unit's statistics form: the figures the participation ledger gives it, to confirm into the form or correct
// with a reason (kept beside the figure).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplyPrefill, usePrefill } from '../../api/services/services.ts';
import { ErrorNotice } from '../query-state.tsx';
import './services.css';

export function PrefillPanel({
  year,
  unitId,
  editable,
}: {
  year: number;
  unitId: number;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const q = usePrefill(year, unitId, true);
  const apply = useApplyPrefill(year, unitId);
  const [edits, setEdits] = useState<Record<string, { value?: string; reason?: string }>>({});
  if (!q.data) return null;
  const key = (r: { item: string; option: string }) => `${r.item}/${r.option}`;
  const optionName = (o: string) =>
    o ? t(`services.groups.${o === 'other' ? 'public' : o}`, { defaultValue: o }) : '—';
  return (
    <section className="svc" aria-labelledby="svc-prefill" data-test="svc-prefill">
      <h2 id="svc-prefill">{t('services.prefill.heading')}</h2>
      {q.data.length === 0 ? (
        <p className="muted">{t('services.prefill.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('services.prefill.intro')}</p>
          <div className="svc-scroll">
            <table className="svc-table">
              <thead>
                <tr>
                  <th scope="col">{t('services.prefill.item')}</th>
                  <th scope="col">{t('services.prefill.option')}</th>
                  <th scope="col">{t('services.prefill.ledger')}</th>
                  <th scope="col">{t('services.prefill.filed')}</th>
                  {editable && <th scope="col">{t('services.prefill.value')}</th>}
                  <th scope="col">{t('services.prefill.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {q.data.map((r) => (
                  <tr key={key(r)} data-test={`prefill-${r.item}-${r.option || 'all'}`}>
                    <th scope="row">{r.item}</th>
                    <td>{optionName(r.option)}</td>
                    <td data-test="prefill-ledger">{r.value}</td>
                    <td>{r.filed ?? '—'}</td>
                    {editable && (
                      <td>
                        <input
                          type="number"
                          min={0}
                          aria-label={`${r.item} ${t('services.prefill.value')}`}
                          value={edits[key(r)]?.value ?? String(r.value)}
                          onChange={(e) =>
                            setEdits({ ...edits, [key(r)]: { ...edits[key(r)], value: e.target.value } })
                          }
                        />
                      </td>
                    )}
                    <td>
                      {editable ? (
                        <input
                          aria-label={`${r.item} ${t('services.prefill.reason')}`}
                          value={edits[key(r)]?.reason ?? r.note?.reason ?? ''}
                          onChange={(e) =>
                            setEdits({ ...edits, [key(r)]: { ...edits[key(r)], reason: e.target.value } })
                          }
                        />
                      ) : (
                        (r.note?.reason ?? '')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {editable && (
            <button
              type="button"
              className="svc-button"
              data-test="prefill-apply"
              disabled={apply.isPending}
              onClick={() =>
                apply.mutate(
                  q.data.map((r) => {
                    const e = edits[key(r)];
                    return {
                      item: r.item,
                      option: r.option,
                      value: e?.value !== undefined && e.value !== '' ? Number(e.value) : r.value,
                      ...(e?.reason || r.note?.reason ? { reason: e?.reason ?? r.note?.reason ?? '' } : {}),
                    };
                  }),
                )
              }
            >
              {t('services.prefill.apply')}
            </button>
          )}
          {apply.isSuccess && <output data-test="prefill-applied">{t('services.prefill.applied')}</output>}
          {apply.error && <ErrorNotice error={apply.error} testId="prefill-error" />}
        </>
      )}
    </section>
  );
}
