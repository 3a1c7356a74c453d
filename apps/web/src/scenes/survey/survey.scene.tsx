// One survey: its instrument, districts and consent text, the stage with the office's (open, close) and the analyst's
// (import, estimates, publish) steps, the design with interviewers, invitations, fieldwork progress and quality review.
import { Alert, Button, Descriptions, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAreas } from '../../api/core/areas.ts';
import { useAbilities } from '../../api/core/session.ts';
import { useSetStatus, useSurvey } from '../../api/survey/survey.ts';
import { useMessage } from '../../components/app-message.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { SurveyAnalysis } from '../../components/survey/survey-analysis.tsx';
import { SurveyDesign } from '../../components/survey/survey-design.tsx';
import { SurveyFieldwork } from '../../components/survey/survey-fieldwork.tsx';
import { SurveyInvite } from '../../components/survey/survey-invite.tsx';
import { countyNames, StageTag } from '../../components/survey/survey-parts.tsx';
import { SurveyQuality } from '../../components/survey/survey-quality.tsx';
import { SurveyQuotas } from '../../components/survey/survey-quotas.tsx';
import { RetentionForm, RetentionText } from '../../components/survey/survey-retention.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/survey/survey.css';

export default function SurveyScene() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const survey = useSurvey(id);
  const areas = useAreas();
  const abilities = useAbilities();
  const setStatus = useSetStatus(id);
  const message = useMessage();
  usePageTitle(survey.data?.name ?? t('survey.heading'));
  if (survey.error) return <ErrorNotice error={survey.error} />;
  if (!survey.data) return <PageLoading />;
  const s = survey.data;
  const counties = countyNames(areas.data ?? []);
  const manage = abilities['survey.manage'];
  const analyse = abilities['survey.analyse'];
  const done = { onSuccess: () => message.success(t('survey.detail.changed')) };
  return (
    <div className="page page-wide" data-test="survey-page">
      <p>
        <Link to="/survey">{t('survey.detail.back')}</Link>
      </p>
      <h1>
        {s.name} <StageTag status={s.status} />
      </h1>
      {setStatus.error && <ErrorNotice error={setStatus.error} testId="stage-error" />}
      <div className="survey-actions">
        {manage && s.status === 'draft' && (
          <Button
            type="primary"
            disabled={!s.hasDesign}
            loading={setStatus.isPending}
            onClick={() => setStatus.mutate({ status: 'fieldwork' }, done)}
            data-test="survey-open"
          >
            {t('survey.detail.open')}
          </Button>
        )}
        {manage && s.status === 'fieldwork' && (
          <Popconfirm
            title={t('survey.detail.closeNote')}
            onConfirm={() => setStatus.mutate({ status: 'closed' }, done)}
          >
            <Button data-test="survey-close">{t('survey.detail.close')}</Button>
          </Popconfirm>
        )}
        {abilities['survey.interview'] && s.status === 'fieldwork' && (
          <Link to={`/survey/${s.id}/interview`} data-test="survey-interview-link">
            {t('survey.interview.link')}
          </Link>
        )}
      </div>
      <Descriptions
        size="small"
        column={1}
        bordered
        className="survey-section"
        items={[
          {
            key: 'i',
            label: t('survey.detail.instrument'),
            children: s.instrument && (
              <>
                {s.instrument.title}（{t('survey.instruments.version')} {s.instrument.version}）
                {s.instrument.illustrative && <> · {t('survey.instruments.illustrative')}</>}
              </>
            ),
          },
          {
            key: 'd',
            label: t('survey.create.districts'),
            children: s.districts.map((d) => counties.get(d) ?? d).join('、'),
          },
          { key: 'c', label: t('survey.detail.consent'), children: s.consent },
          { key: 'r', label: t('survey.retention.heading'), children: <RetentionText survey={s} /> },
        ]}
      />
      {manage && !s.purgedAt && <RetentionForm survey={s} />}
      {s.instrument?.illustrative && (
        <Alert
          type="warning"
          showIcon
          className="survey-section"
          title={t('survey.instruments.illustrativeNote')}
        />
      )}
      <SurveyDesign survey={s} counties={counties} />
      {manage && (s.status === 'draft' || s.status === 'fieldwork') && (
        <SurveyQuotas survey={s} counties={counties} />
      )}
      {manage && (s.status === 'draft' || s.status === 'fieldwork') && s.hasDesign && (
        <SurveyInvite survey={s} />
      )}
      {analyse && s.status !== 'draft' && <SurveyFieldwork surveyId={s.id} counties={counties} />}
      {analyse && s.status !== 'draft' && <SurveyQuality surveyId={s.id} />}
      {analyse && s.status !== 'draft' && !s.purgedAt && <SurveyAnalysis survey={s} counties={counties} />}
    </div>
  );
}
