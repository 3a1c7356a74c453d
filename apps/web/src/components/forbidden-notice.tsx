// The notice for a signed-in user whose role may not open the page; loaded only when shown (antd's Result brings
// its illustrations along).
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

export default function ForbiddenNotice() {
  const { t } = useTranslation();
  return (
    // antd's Result does not pass data-* attributes on, so the wrapper carries the test hook
    <div data-test="forbidden">
      <Result status="403" title={t('error.forbidden.title')} subTitle={t('error.forbidden.cause')} />
    </div>
  );
}
