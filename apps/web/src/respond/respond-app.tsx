// The self-completion page at /s/<token>: consent first, then one item at a time, then the demographics; every answer
// is saved as it is given, so a reload resumes at the first unanswered item. Large-text mode and the language are
// kept in this browser.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { AboutYou } from './about-you.tsx';
import { deviceId, type RespondentView, respondApi, type SurveyAnswer } from './api.ts';
import { Question } from './question.tsx';
import { type RespondLang, say } from './text.ts';

type Saving = 'idle' | 'saving' | 'saved' | 'failed';
type Failure = 'invalid' | 'notOpen' | 'network';
/** 404: the token is unknown or fieldwork has closed (its tokens are gone); 409: not in fieldwork. */
const failureOf = (e: unknown): Failure =>
  e instanceof ApiError && e.status === 404
    ? 'invalid'
    : e instanceof ApiError && e.status === 409
      ? 'notOpen'
      : 'network';
const stored = (key: string) => localStorage.getItem(key);

export function RespondApp({ token }: { token: string }) {
  const [lang, setLang] = useState<RespondLang>(stored('kepu-survey-lang') === 'en' ? 'en' : 'zh-CN');
  const [large, setLarge] = useState(stored('kepu-survey-large') === '1');
  const [view, setView] = useState<RespondentView | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [answers, setAnswers] = useState<Record<string, SurveyAnswer>>({});
  const [about, setAbout] = useState<Record<string, string | number>>({});
  const [step, setStep] = useState(0);
  const [saving, setSaving] = useState<Saving>('idle');
  const [missing, setMissing] = useState<string[]>([]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.classList.toggle('large-text', large);
  }, [lang, large]);

  const show = useCallback((v: RespondentView) => {
    setView(v);
    const saved = v.response?.answers ?? {};
    setAnswers(saved);
    setAbout(v.response?.demographics ?? {});
    const first = v.items.findIndex((it) => saved[it.code] === undefined);
    setStep(first === -1 ? v.items.length : first);
  }, []);

  const load = useCallback(() => {
    setFailure(null);
    respondApi.open(token).then(show, (e: unknown) => setFailure(failureOf(e)));
  }, [token, show]);
  useEffect(() => load(), [load]);
  const fail = (e: unknown) => setFailure(failureOf(e));

  // saves go one after another, in the order given, and a submit waits for them: a quick respondent's last answers
  // are stored before the server checks that every item is answered
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inTurn = <T,>(send: () => Promise<T>): Promise<T> => {
    const sent = queue.current.then(send);
    queue.current = sent.catch(() => undefined);
    return sent;
  };
  const save = (body: Parameters<typeof respondApi.save>[1]) => {
    setSaving('saving');
    inTurn(() => respondApi.save(token, { ...body })).then(
      () => setSaving('saved'),
      () => setSaving('failed'),
    );
  };
  const answer = (code: string, value: SurveyAnswer) => {
    setAnswers((a) => ({ ...a, [code]: value }));
    save({ answers: { [code]: value } });
  };
  const tell = (field: string, value: string | number) => {
    setAbout((d) => ({ ...d, [field]: value }));
    save({ demographics: { [field]: value } });
  };
  const submit = () => {
    setSaving('saving');
    inTurn(() => respondApi.submit(token)).then(
      (v) => {
        setSaving('idle');
        show(v);
      },
      (e: unknown) => {
        setSaving('idle');
        const issues =
          e instanceof ApiError ? (e.details.issues as { path: string }[] | undefined) : undefined;
        if (!issues) return fail(e);
        setMissing(issues.map((i) => i.path.split('.').at(-1) ?? ''));
        const first =
          view?.items.findIndex((it) => issues.some((i) => i.path === `answers.${it.code}`)) ?? -1;
        if (first >= 0) setStep(first);
      },
    );
  };

  const toggles = (
    <div className="toggles">
      <button
        type="button"
        data-test="large-text"
        aria-pressed={large}
        onClick={() => {
          localStorage.setItem('kepu-survey-large', large ? '0' : '1');
          setLarge(!large);
        }}
      >
        {say(lang, large ? 'normal' : 'large')}
      </button>
      <button
        type="button"
        lang={lang === 'en' ? 'zh-CN' : 'en'}
        onClick={() => {
          const next = lang === 'en' ? 'zh-CN' : 'en';
          localStorage.setItem('kepu-survey-lang', next);
          setLang(next);
        }}
      >
        {say(lang, 'language')}
      </button>
    </div>
  );

  let body: React.ReactNode;
  if (failure)
    body = (
      <div className="notice" role="alert" data-test="respond-failure">
        <p>{say(lang, failure)}</p>
        {failure === 'network' && (
          <button type="button" onClick={load}>
            {say(lang, 'retry')}
          </button>
        )}
      </div>
    );
  else if (!view) body = <output>{say(lang, 'loading')}</output>;
  else if (view.response?.submitted)
    body = (
      <div className="notice" data-test="respond-done">
        <h2>{say(lang, 'done')}</h2>
        <p>{say(lang, 'doneNote')}</p>
      </div>
    );
  else if (view.survey.status !== 'fieldwork') body = <p className="notice">{say(lang, 'notOpen')}</p>;
  else if (!view.response?.consented)
    body = (
      <section className="consent" aria-labelledby="consent-title">
        <h2 id="consent-title">{say(lang, 'consentTitle')}</h2>
        <p data-test="consent-text">{view.consent}</p>
        <button
          type="button"
          className="primary"
          data-test="consent-agree"
          onClick={() => respondApi.consent(token, deviceId()).then(show, fail)}
        >
          {say(lang, 'agree')}
        </button>
      </section>
    );
  else {
    const total = view.items.length;
    const item = view.items[step];
    body = (
      <>
        {item ? (
          <>
            <p className="progress" data-test="respond-progress">
              {say(lang, 'progress', { n: step + 1, total })}
            </p>
            <progress max={total} value={step} aria-hidden />
            <Question
              item={item}
              value={answers[item.code]}
              onChange={(v) => answer(item.code, v)}
              lang={lang}
            />
          </>
        ) : (
          <AboutYou questions={view.demographics} values={about} onChange={tell} lang={lang} />
        )}
        {missing.length > 0 && (
          <p className="error" role="alert">
            {say(lang, 'missing', { count: missing.length, list: missing.slice(0, 8).join('、') })}
          </p>
        )}
        <div className="nav">
          <button type="button" disabled={step === 0} onClick={() => setStep(step - 1)}>
            {say(lang, 'previous')}
          </button>
          {item ? (
            <button
              type="button"
              className="primary"
              data-test="respond-next"
              disabled={answers[item.code] === undefined}
              onClick={() => setStep(step + 1)}
            >
              {say(lang, step + 1 === total ? 'toAboutYou' : 'next')}
            </button>
          ) : (
            <button type="button" className="primary" data-test="respond-submit" onClick={submit}>
              {say(lang, 'submit')}
            </button>
          )}
        </div>
        <output className="saving" data-test="respond-saving">
          {saving === 'saving'
            ? say(lang, 'saving')
            : saving === 'failed'
              ? say(lang, 'network')
              : say(lang, 'saved')}
        </output>
      </>
    );
  }

  return (
    <main className="respond">
      <header>
        <h1>{view?.survey.name ?? say(lang, 'loading')}</h1>
        {view?.illustrative && (
          <p className="illustrative" data-test="respond-illustrative">
            <strong>{say(lang, 'illustrative')}</strong> {view.notice}
          </p>
        )}
        {toggles}
      </header>
      {body}
    </main>
  );
}
