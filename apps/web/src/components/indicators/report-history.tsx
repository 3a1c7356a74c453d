// The history of one unit's report: who did what when (save, submit, approve, return, accept, unlock) and why.
import { Card, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../api/indicators/types.ts';
import { ActorName } from '../demo-tag.tsx';

export function History({ detail }: { detail: ReportDetail }) {
  const { t, i18n } = useTranslation();
  if (!detail.events.length) return null;
  return (
    <Card className="ind-section" data-test="ind-history">
      <h2 className="card-heading">{t('ind.grid.history')}</h2>
      <Timeline
        items={detail.events.map((e) => ({
          children: (
            <span>
              {new Date(e.at).toLocaleString(i18n.language)} · <ActorName name={e.actor} /> ·{' '}
              {t(`ind.grid.action.${e.action}`, { defaultValue: e.action })}
              {e.comment ? `${t('common.colon')}${e.comment}` : ''}
            </span>
          ),
        }))}
      />
    </Card>
  );
}
