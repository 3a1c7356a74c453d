// Certificates issued: number, holder, issuer, hours, period; the PDF, the public verification page, revocation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCertificates, useRevokeCertificate } from '../../api/volunteers/volunteers.ts';
import { ErrorNotice } from '../query-state.tsx';

export function CertificatesSection({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const list = useCertificates();
  const revoke = useRevokeCertificate();
  const [reason, setReason] = useState('');
  return (
    <section aria-labelledby="vol-certs">
      <h2 id="vol-certs">{t('volunteers.certificates.heading')}</h2>
      {list.error && <ErrorNotice error={list.error} />}
      {list.data && !list.data.length && <p className="muted">{t('volunteers.none')}</p>}
      {canManage && !!list.data?.length && (
        <label className="svc-inline">
          {t('volunteers.certificates.revokeReason')}
          <input value={reason} onChange={(e) => setReason(e.target.value)} data-test="vol-revoke-reason" />
        </label>
      )}
      {revoke.error && <ErrorNotice error={revoke.error} />}
      {!!list.data?.length && (
        <div className="svc-scroll">
          <table className="svc-table" data-test="vol-certificates">
            <thead>
              <tr>
                <th scope="col">{t('volunteers.certificates.number')}</th>
                <th scope="col">{t('volunteers.certificates.holder')}</th>
                <th scope="col">{t('volunteers.certificates.issuer')}</th>
                <th scope="col">{t('volunteers.certificates.hours')}</th>
                <th scope="col">{t('volunteers.certificates.period')}</th>
                <th scope="col">{t('volunteers.certificates.pdf')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((c) => (
                <tr key={c.id} data-test={`vol-cert-${c.number}`}>
                  <th scope="row">
                    <a href={`/e/c/${c.number}`}>{c.number}</a>
                  </th>
                  <td>{c.volunteerName}</td>
                  <td>{c.issuer}</td>
                  <td>{c.hours}</td>
                  <td>
                    {c.periodFrom} — {c.periodTo}
                  </td>
                  <td>
                    <a href={`/api/vol/certificates/${c.number}/pdf`}>{t('volunteers.certificates.pdf')}</a>{' '}
                    {c.revokedAt ? (
                      <span className="vol-flag">
                        {t('volunteers.certificates.revoked', { reason: c.revokeReason })}
                      </span>
                    ) : (
                      canManage && (
                        <button
                          type="button"
                          disabled={!reason.trim() || revoke.isPending}
                          onClick={() => revoke.mutate({ number: c.number, reason })}
                        >
                          {t('volunteers.certificates.revoke')}
                        </button>
                      )
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
