// The satisfaction survey after an activity (/e/a/<id>/feedback, from a poster's QR code or a ticket's link with
// ?t=<token>): three ratings as large choices, whether one would recommend it, an optional comment; no name asked.
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type FeedbackForm, pubApi } from './api.ts';
import { feedbackWords } from './feedback-text.ts';
import type { PageProps } from './public-app.tsx';

type Question = 'overall' | 'content' | 'organisation';
const questions: Question[] = ['overall', 'content', 'organisation'];

export function FeedbackPage({ id, lang }: PageProps & { id: number }) {
  const t = feedbackWords[lang];
  const token = new URLSearchParams(location.search).get('t') ?? undefined;
  const [form, setForm] = useState<FeedbackForm | null>(null);
  const [missing, setMissing] = useState(false);
  const [ratings, setRatings] = useState<Partial<Record<Question, number>>>({});
  const [recommend, setRecommend] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  useEffect(() => {
    pubApi
      .feedbackForm(id)
      .then(setForm)
      .catch(() => setMissing(true));
  }, [id]);
  if (missing) return <p role="alert">{t.notFound}</p>;
  if (!form) return <output>…</output>;
  if (done)
    return (
      <article>
        <h1>{t.done}</h1>
        <p data-test="feedback-done">{t.doneText}</p>
      </article>
    );
  const submit = () => {
    const unanswered = questions.find((q) => ratings[q] === undefined);
    if (unanswered) {
      setProblem(t.missing.replace('{q}', t[unanswered]));
      document.getElementById(`q-${unanswered}`)?.focus();
      return;
    }
    setProblem(null);
    pubApi
      .giveFeedback(id, { token, ...ratings, recommend, comment })
      .then(() => setDone(true))
      .catch((e) =>
        setProblem(
          e instanceof ApiError && e.code === 'svc.feedback.answered_conflict'
            ? t.answered
            : e instanceof ApiError && e.code === 'svc.feedback.closed_conflict'
              ? t.closed
              : e instanceof ApiError && e.status > 0
                ? e.message
                : t.network,
        ),
      );
  };
  return (
    <article className="feedback">
      <h1>{t.heading}</h1>
      <h2>{form.activity.title}</h2>
      {form.state === 'not_yet' ? (
        <p className="status">{t.notYet}</p>
      ) : form.state === 'closed' ? (
        <p className="status" data-test="feedback-closed">
          {t.closed}
        </p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <p className="note">{t.intro}</p>
          {token && <p className="note">{t.fromTicket}</p>}
          {questions.map((q) => (
            <fieldset key={q} id={`q-${q}`} tabIndex={-1}>
              <legend>{t[q]}</legend>
              {t.scale.map((label, i) => (
                <label key={label} className="choice">
                  <input
                    type="radio"
                    name={q}
                    checked={ratings[q] === i + 1}
                    onChange={() => {
                      setRatings({ ...ratings, [q]: i + 1 });
                      setProblem(null);
                    }}
                    data-test={`feedback-${q}-${i + 1}`}
                  />
                  {i + 1} {label}
                </label>
              ))}
            </fieldset>
          ))}
          <fieldset>
            <legend>{t.recommend}</legend>
            {(
              [
                [true, t.yes],
                [false, t.no],
                [null, t.skip],
              ] as const
            ).map(([value, label]) => (
              <label key={label} className="choice">
                <input
                  type="radio"
                  name="recommend"
                  checked={recommend === value}
                  onChange={() => setRecommend(value)}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <label>
            {t.comment}
            <textarea
              value={comment}
              maxLength={500}
              rows={4}
              onChange={(e) => setComment(e.target.value)}
              aria-describedby="comment-hint"
              data-test="feedback-comment"
            />
          </label>
          <p className="note" id="comment-hint">
            {t.commentHint}
          </p>
          {problem && (
            <p role="alert" data-test="feedback-problem">
              {problem}
            </p>
          )}
          <button type="submit" className="primary" data-test="feedback-submit">
            {t.submit}
          </button>
        </form>
      )}
    </article>
  );
}
