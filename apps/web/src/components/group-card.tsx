// Card for one action, project or measure of the plan: lead units and the numbers of its tasks.
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Group } from '../api/core/types.ts';
import { chineseNumeral } from '../i18n/format.ts';
import { DATA_LANG } from '../i18n/index.ts';
import { TaskNumberLinks, UnitLinks } from './unit-links.tsx';

export function GroupCard({ group }: { group: Group }) {
  const { t } = useTranslation();
  const headingId = `group-${group.id}-title`;
  return (
    <Card
      className="group-card"
      data-test={`group-card-${group.kind}-${group.number}`}
      data-kind={group.kind}
      aria-labelledby={headingId}
      role="region"
    >
      <h3 id={headingId} className="group-title">
        {group.numbered && (
          <span className="group-number">
            {t(`group.ordinal.${group.kind}`, { number: group.number, cn: chineseNumeral(group.number) })}
          </span>
        )}
        <span lang={DATA_LANG}>{group.title}</span>
      </h3>
      {group.kind === 'measure' && group.text && (
        <p className="group-text" lang={DATA_LANG}>
          {group.text}
        </p>
      )}
      {group.leadUnits.length > 0 && (
        <>
          <h4 className="field-label">
            {group.kind === 'measure' ? t('group.responsibleUnits') : t('group.leadUnits')}
          </h4>
          <UnitLinks units={group.leadUnits} testPrefix={`group-${group.id}-unit`} />
        </>
      )}
      {group.taskNumbers.length > 0 && (
        <>
          <h4 className="field-label">{t('group.tasks', { count: group.taskNumbers.length })}</h4>
          <TaskNumberLinks numbers={group.taskNumbers} testPrefix={`group-${group.id}-task`} />
        </>
      )}
    </Card>
  );
}
