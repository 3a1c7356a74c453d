// Shown for an address the app does not know, with the likely cause and a way back.
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title.ts';

export default function NotFoundScene() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('notFound.title'));
  return (
    <div className="page" data-test="not-found">
      <Result
        status="404"
        title={<h1 className="result-title">{t('notFound.title')}</h1>}
        subTitle={t('notFound.cause')}
        extra={
          <Button type="primary" onClick={() => navigate('/')} data-test="not-found-back">
            {t('notFound.back')}
          </Button>
        }
      />
    </div>
  );
}
