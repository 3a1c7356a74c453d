// A jurisdiction without a statistics form of its own (issue 13): says so, and lets the office start one from the
// default (shipped) form.
import { Button, Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/core/session.ts';
import { useStartForm } from '../../api/indicators/forms.ts';
import { useMyJurisdictions } from '../../api/jurisdictions/jurisdictions.ts';
import { ErrorNotice } from '../query-state.tsx';

export function NoForm() {
  const { t } = useTranslation();
  const office = useSession().data?.user?.role === 'office';
  const mine = useMyJurisdictions().data;
  const name = mine?.options.find((o) => o.code === mine.current)?.name ?? '';
  const start = useStartForm();
  const year = new Date().getFullYear();
  return (
    <Card data-test="ind-no-form">
      <Empty description={t('ind.noForm.text', { name })}>
        {office && (
          <Button
            type="primary"
            loading={start.isPending}
            onClick={() => start.mutate(year)}
            data-test="ind-start-form"
          >
            {t('ind.noForm.start', { year })}
          </Button>
        )}
      </Empty>
      {start.error ? <ErrorNotice error={start.error} /> : null}
    </Card>
  );
}
