// How long the respondents' answers are kept after fieldwork closes (the purge job deletes them then; what was
// published stays): shown to everyone who reads the survey, changed by the office until the answers are gone.
import { Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SurveyView, useSetRetention } from '../../api/survey/survey.ts';
import { useMessage } from '../app-message.tsx';
import { InputNumber } from '../number-input.tsx';
import { ErrorNotice } from '../query-state.tsx';

/** The date the answers go: closing time plus the months, as the server's purge job counts them. */
function retentionEnd(s: SurveyView): Date | null {
  if (!s.closedAt) return null;
  const end = new Date(s.closedAt);
  end.setUTCMonth(end.getUTCMonth() + s.retentionMonths);
  return end;
}

export function RetentionText({ survey }: { survey: SurveyView }) {
  const { t, i18n } = useTranslation();
  const day = (d: Date | string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(d));
  if (survey.purgedAt)
    return (
      <span data-test="retention-text">{t('survey.retention.purged', { date: day(survey.purgedAt) })}</span>
    );
  const end = retentionEnd(survey);
  return (
    <span data-test="retention-text">
      {t('survey.retention.months', { count: survey.retentionMonths })}
      {end && t('survey.retention.until', { date: day(end) })}
    </span>
  );
}

export function RetentionForm({ survey }: { survey: SurveyView }) {
  const { t } = useTranslation();
  const set = useSetRetention(survey.id);
  const message = useMessage();
  const [months, setMonths] = useState(survey.retentionMonths);
  return (
    <Form layout="inline" className="survey-inline-form">
      {set.error && <ErrorNotice error={set.error} testId="retention-error" />}
      <Form.Item label={t('survey.retention.label')} htmlFor="retention-months">
        <InputNumber
          id="retention-months"
          min={1}
          max={120}
          value={months}
          onChange={(v) => setMonths(v ?? survey.retentionMonths)}
          data-test="retention-months"
        />
      </Form.Item>
      <Button
        loading={set.isPending}
        disabled={months === survey.retentionMonths}
        data-test="retention-save"
        onClick={() =>
          set.mutate(
            { retentionMonths: months },
            { onSuccess: () => message.success(t('survey.retention.saved')) },
          )
        }
      >
        {t('survey.retention.save')}
      </Button>
    </Form>
  );
}
