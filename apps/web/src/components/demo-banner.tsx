// On a server running with the published demo data, every page says so (the sign-in page and the app's frame).
import { useTranslation } from 'react-i18next';
import { useDemoData } from '../api/core/site.ts';

export function DemoBanner() {
  const { t } = useTranslation();
  if (!useDemoData()) return null;
  return (
    <p className="demo-banner" role="note" data-test="demo-banner">
      {t('app.demoBanner')}
    </p>
  );
}
