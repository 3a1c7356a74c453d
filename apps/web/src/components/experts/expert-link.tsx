// The link to an expert's own page, shown once after creating the expert or making a new code.
import { useTranslation } from 'react-i18next';

export function ExpertLink({ token, label }: { token: string; label: string }) {
  const { t } = useTranslation();
  const href = `${window.location.origin}/e/x/${token}`;
  return (
    <output className="vol-status" data-test="exp-link">
      {label}{' '}
      <a href={href} data-test="exp-link-href">
        {href}
      </a>{' '}
      （{t('experts.detail.code')} {token}）
    </output>
  );
}
