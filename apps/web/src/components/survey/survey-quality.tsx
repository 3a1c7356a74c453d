// The analyst's quality queue: each flagged response with its flags and time taken, kept or excluded with a reason.
import { Button, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type QualityEntryView, useQuality, useReview } from '../../api/survey/survey.ts';
import { ErrorNotice, PageLoading } from '../query-state.tsx';

export function SurveyQuality({ surveyId }: { surveyId: number }) {
  const { t } = useTranslation();
  const queue = useQuality(surveyId, true);
  const review = useReview(surveyId);
  const [reasons, setReasons] = useState<Record<number, string>>({});
  if (queue.error) return <ErrorNotice error={queue.error} />;
  if (!queue.data) return <PageLoading />;
  const time = (s: number | null) =>
    s === null ? '—' : t('survey.quality.minutes', { m: Math.floor(s / 60), s: s % 60 });
  const decide = (r: QualityEntryView, decision: 'accepted' | 'excluded') =>
    review.mutate({ responseId: r.id, decision, reason: reasons[r.id] ?? '' });
  return (
    <section className="survey-section" aria-labelledby="survey-quality">
      <h2 id="survey-quality">{t('survey.quality.heading')}</h2>
      {review.error && <ErrorNotice error={review.error} testId="review-error" />}
      {queue.data.length === 0 ? (
        <p className="muted" data-test="quality-empty">
          {t('survey.quality.empty')}
        </p>
      ) : (
        <Table<QualityEntryView>
          rowKey="id"
          size="small"
          pagination={queue.data.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: true }}
          dataSource={queue.data}
          data-test="quality-table"
          onRow={(r) => ({ 'data-test': `quality-${r.id}` }) as object}
          columns={[
            { title: t('survey.quality.response'), dataIndex: 'id' },
            {
              title: t('survey.quality.mode'),
              key: 'm',
              render: (_, r) => t(`survey.quality.modes.${r.mode}`),
            },
            { title: t('survey.quality.seconds'), key: 's', render: (_, r) => time(r.seconds) },
            {
              title: t('survey.quality.flags'),
              key: 'f',
              render: (_, r) =>
                r.flags.map((f) => (
                  <Tag key={f} color="red">
                    {t(`survey.quality.flagNames.${f}`)}
                  </Tag>
                )),
            },
            {
              title: t('survey.quality.decision'),
              key: 'd',
              render: (_, r) =>
                r.review ? (
                  <span data-test="quality-decision">
                    {t(`survey.quality.${r.review}`)}：{r.reviewReason}
                  </span>
                ) : (
                  <div className="survey-review">
                    <Input
                      aria-label={`${t('survey.quality.reason')} ${r.id}`}
                      placeholder={t('survey.quality.reasonNeeded')}
                      value={reasons[r.id] ?? ''}
                      maxLength={500}
                      onChange={(e) => setReasons({ ...reasons, [r.id]: e.target.value })}
                      data-test="quality-reason"
                    />
                    <Button size="small" onClick={() => decide(r, 'accepted')} data-test="quality-accept">
                      {t('survey.quality.accept')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => decide(r, 'excluded')}
                      data-test="quality-exclude"
                    >
                      {t('survey.quality.exclude')}
                    </Button>
                  </div>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
