// The mark of a demo course (示例).
import { useTranslation } from 'react-i18next';

export const DemoTag = () => <span className="trn-demo">{useTranslation().t('training.demo')}</span>;
