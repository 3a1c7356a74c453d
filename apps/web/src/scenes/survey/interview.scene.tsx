// Door-to-door entry: the interviewer picks one of its PSUs, reads the consent aloud, records the answers and the
// demographics and how long the interview took, and submits one complete response.
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/core/session.ts';
import { useInterview, useQuestionnaire, useSurvey } from '../../api/survey/survey.ts';
import { useMessage } from '../../components/app-message.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { InputNumber } from '../../components/number-input.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { AboutYou } from '../../respond/about-you.tsx';
import type { SurveyAnswer } from '../../respond/api.ts';
import { Question } from '../../respond/question.tsx';
import '../../components/survey/survey.css';

export default function InterviewScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('survey.interview.heading'));
  const id = Number(useParams().id);
  const survey = useSurvey(id);
  const questionnaire = useQuestionnaire(id);
  const session = useSession();
  const enter = useInterview(id);
  const message = useMessage();
  const [psu, setPsu] = useState('');
  const [minutes, setMinutes] = useState<number | null>(null);
  const [answers, setAnswers] = useState<Record<string, Exclude<SurveyAnswer, null>>>({});
  const [about, setAbout] = useState<Record<string, string | number>>({});
  const [round, setRound] = useState(0);
  if (survey.error || questionnaire.error) return <ErrorNotice error={survey.error ?? questionnaire.error} />;
  if (!survey.data || !questionnaire.data || !session.data) return <PageLoading />;
  const me = session.data.user?.id;
  // the office may enter in any PSU (survey.interview's scope), an interviewer in those assigned to it
  const mine = survey.data.psus.filter(
    (p) => session.data?.abilities['survey.manage'] || p.interviewers.some((i) => i.userId === me),
  );
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const submit = () =>
    enter.mutate(
      { psuCode: psu, answers, demographics: about, minutes: minutes ?? 0 },
      {
        onSuccess: () => {
          message.success(t('survey.interview.saved'));
          setAnswers({});
          setAbout({});
          setMinutes(null);
          setRound(round + 1);
          window.scrollTo(0, 0);
        },
      },
    );
  return (
    <div className="page survey-interview" data-test="interview-page">
      <p>
        <Link to={`/survey/${id}`}>{survey.data.name}</Link>
      </p>
      <h1>{t('survey.interview.heading')}</h1>
      {survey.data.status !== 'fieldwork' ? (
        <p className="muted">{t('survey.interview.notOpen')}</p>
      ) : mine.length === 0 ? (
        <p className="muted" data-test="interview-none">
          {t('survey.interview.none')}
        </p>
      ) : (
        <div key={round}>
          <div className="survey-field">
            <label htmlFor="interview-psu">{t('survey.interview.psu')}</label>
            <NativeSelect
              id="interview-psu"
              value={psu}
              onChange={setPsu}
              emptyLabel={t('survey.invite.any')}
              options={mine.map((p) => ({ value: p.code, label: `${p.code} ${p.name}` }))}
              data-test="interview-psu"
            />
          </div>
          <p className="survey-consent">{survey.data.consent}</p>
          <h2>{t('survey.interview.answers')}</h2>
          {questionnaire.data.items.map((item) => (
            <Question
              key={item.code}
              item={item}
              value={answers[item.code]}
              onChange={(v) => setAnswers({ ...answers, [item.code]: v })}
              lang={lang}
            />
          ))}
          <AboutYou
            questions={questionnaire.data.demographics}
            values={about}
            onChange={(f, v) => setAbout({ ...about, [f]: v })}
            lang={lang}
          />
          <div className="survey-field">
            <label htmlFor="interview-minutes">{t('survey.interview.minutes')}</label>
            <InputNumber
              id="interview-minutes"
              min={1}
              max={600}
              value={minutes}
              onChange={setMinutes}
              data-test="interview-minutes"
            />
          </div>
          {enter.error && <ErrorNotice error={enter.error} testId="interview-error" />}
          <Button
            type="primary"
            disabled={!psu || !minutes}
            loading={enter.isPending}
            onClick={submit}
            data-test="interview-submit"
          >
            {t('survey.interview.submit')}
          </Button>
        </div>
      )}
    </div>
  );
}
