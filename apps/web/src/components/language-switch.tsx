// Button that switches between Chinese and English; the choice is remembered on this device.
import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/index.ts';

export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <Button
      className={className}
      icon={<GlobalOutlined aria-hidden />}
      onClick={() => void changeLanguage(next)}
      data-test="lang-switch"
      aria-label={t('language.switchTo')}
      lang={next}
    >
      {t('language.other')}
    </Button>
  );
}
