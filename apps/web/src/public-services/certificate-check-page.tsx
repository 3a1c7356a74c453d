// Anyone checks a certificate of service by its number: valid or revoked, the holder's name masked.
import { useEffect, useState } from 'react';
import { type CertificateCheck, volApi } from './api.ts';
import type { PageProps } from './public-app.tsx';
import { volWords } from './volunteer-text.ts';

export function CertificateCheckPage({ lang, go, number }: PageProps & { number: string }) {
  const t = volWords[lang];
  const [typed, setTyped] = useState(number);
  const [c, setC] = useState<CertificateCheck | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    setC(null);
    setMissing(false);
    if (number)
      volApi
        .certificate(number)
        .then(setC)
        .catch(() => setMissing(true));
  }, [number]);
  return (
    <article>
      <h1>{t.verify}</h1>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          go(`/e/c/${typed.trim().toUpperCase()}`);
        }}
      >
        <label>
          {t.number}
          <input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="ZYFW-2026-000001"
            data-test="cert-number"
          />
        </label>
        <button type="submit" className="primary">
          {t.check}
        </button>
      </form>
      {missing && <p role="alert">{t.certNotFound}</p>}
      {c && (
        <dl className="cert" data-test="cert-result">
          <dt>{t.number}</dt>
          <dd>{c.number}</dd>
          <dt>{t.holder}</dt>
          <dd>{c.holder}</dd>
          <dt>{t.issuer}</dt>
          <dd>{c.issuer}</dd>
          <dt>{t.hours}</dt>
          <dd>{t.hoursUnit.replace('{n}', String(c.hours))}</dd>
          <dt>{t.period}</dt>
          <dd>
            {c.periodFrom} — {c.periodTo}
          </dd>
          <dt>{t.issuedAt}</dt>
          <dd>{c.issuedAt.slice(0, 10)}</dd>
          <dt>{t.check}</dt>
          <dd>
            <output className="status" data-test="cert-status">
              {c.valid ? t.valid : `${t.revoked}：${c.revokeReason ?? ''}`}
            </output>
          </dd>
        </dl>
      )}
    </article>
  );
}
