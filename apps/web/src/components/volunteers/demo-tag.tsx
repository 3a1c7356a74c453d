// The mark on a record the demo data made up (示例).
import { useTranslation } from 'react-i18next';

export function DemoTag() {
  const { t } = useTranslation();
  return <span className="vol-demo">{t('volunteers.demo')}</span>;
}
