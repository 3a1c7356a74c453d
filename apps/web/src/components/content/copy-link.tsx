// A review link shown once: the whole address, a copy button, and the note that it will not be shown again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyLink({ path, label }: { path: string; label: string }) {
  const { t } = useTranslation();
  const href = `${window.location.origin}${path}`;
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const copy = () =>
    navigator.clipboard
      .writeText(href)
      .then(() => setCopied('ok'))
      .catch(() => setCopied('failed'));
  return (
    <div className="cnt-link" data-test="cnt-review-link">
      <p>{label}</p>
      <p>
        <a href={href} data-test="cnt-review-href">
          {href}
        </a>
      </p>
      <p className="muted">{t('content.review.once')}</p>
      <div className="svc-actions">
        <button type="button" className="svc-button" onClick={copy} data-test="cnt-review-copy">
          {t('content.review.copy')}
        </button>
        {copied && (
          <output className="vol-status" data-test="cnt-review-copied">
            {copied === 'ok' ? t('content.review.copied') : t('content.review.copyFailed')}
          </output>
        )}
      </div>
    </div>
  );
}
