// What the demo seed made up says so where it is shown: a 示例 tag beside a seeded report, inspection, school,
// literacy estimate or population stand-in, and for the seed's own actors ("demo" → 示例, "system" → 系统) in histories.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function DemoTag({ demo, testId = 'demo-tag' }: { demo: boolean | undefined; testId?: string }) {
  const { t } = useTranslation();
  if (!demo) return null;
  return (
    <Tag className="demo-tag" data-test={testId}>
      {t('app.demoTag')}
    </Tag>
  );
}

/** Who did something: a user name, or the demo seed and the system in the interface language. */
export function ActorName({ name }: { name: string | null | undefined }) {
  const { t } = useTranslation();
  if (name === 'demo') return <DemoTag demo testId="demo-actor" />;
  if (!name || name === 'system') return <>{t('app.systemActor')}</>;
  return <>{name}</>;
}
