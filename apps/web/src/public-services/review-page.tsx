// The expert's review by its own key (/e/r/<token>, no account): the work as sent (title, kind, topics, audience,
// author, summary, the text in paragraphs, a rumour card, the media link) and the answer, 同意发布 or 退回修改 with
// comments (required to return it; the server says so). A review answered or recalled shows that, and no form.
import { cntLabels } from '@kepu/domain/content/labels';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type ReviewView, reviewApi } from './api.ts';
import type { PageProps } from './public-app.tsx';
import { reviewWords } from './review-text.ts';
import { groups } from './text.ts';

const paragraphs = (s: string) =>
  s
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

function problemOf(e: unknown, t: (typeof reviewWords)['zh-CN']) {
  if (!(e instanceof ApiError) || e.status === 0) return t.network;
  const issues = (e.details.issues as { code?: string }[] | undefined) ?? [];
  if (issues.some((i) => i.code === 'cnt.comments_required')) return t.commentsRequired;
  if (e.code === 'cnt.review.state_conflict') return t.answered;
  return t.failed;
}

export function ReviewPage({ lang, token }: PageProps & { token: string }) {
  const t = reviewWords[lang];
  const l = cntLabels[lang === 'en' ? 'en' : 'zh'];
  const [page, setPage] = useState<ReviewView | null>(null);
  const [missing, setMissing] = useState(false);
  const [verdict, setVerdict] = useState<'approve' | 'revise'>('approve');
  const [comments, setComments] = useState('');
  const [problem, setProblem] = useState('');
  const [sending, setSending] = useState(false);
  const load = () =>
    reviewApi
      .get(token)
      .then(setPage)
      .catch(() => setMissing(true));
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once per key
  useEffect(() => {
    void load();
  }, [token]);
  if (missing) return <p role="alert">{t.notFound}</p>;
  if (!page) return <output>{t.loading}</output>;
  const { review: r, work: w, version: v } = page;
  const send = () => {
    setSending(true);
    setProblem('');
    reviewApi
      .answer(token, { verdict, comments })
      .then(load)
      .catch((e: unknown) => setProblem(problemOf(e, t)))
      .finally(() => setSending(false));
  };
  const fact = (label: string, value: string) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  const sep = lang === 'en' ? ', ' : '、';
  return (
    <article className="cnt-review-page">
      <p className="note">{t.intro.replace('{name}', r.expertName)}</p>
      <h1 data-test="review-title">{w.title}</h1>
      <p>
        <span className="tag">{l.kinds[w.kind]}</span>
        {w.hazard && <span className="tag">{l.hazards[w.hazard]}</span>}{' '}
        <span className="note">{t.version.replace('{n}', String(v.number))}</span>
      </p>
      <dl className="cert">
        {fact(t.topics, w.topics.map((x) => l.topics[x] ?? x).join(sep))}
        {fact(t.audience, w.targetGroups.map((g) => groups[lang][g]).join(sep))}
        {fact(t.author, w.author)}
        {fact(t.unit, w.unitName ?? '')}
        {fact(t.source, w.source)}
        {fact(t.licence, w.licence)}
      </dl>
      {v.rumour && (
        <section className="card" data-test="review-rumour">
          <p>
            <strong>{t.claim}</strong>
            {v.rumour.claim}
          </p>
          <p>
            <strong>{t.verdict}</strong>
            <span className="warn">{l.verdicts[v.rumour.verdict]}</span>
          </p>
        </section>
      )}
      {v.summary && (
        <p>
          <strong>{t.summary}</strong>
          {v.summary}
        </p>
      )}
      <div className="cnt-review-body" data-test="review-body">
        {paragraphs(v.body).map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs are positions in the text
          <p key={i}>{p}</p>
        ))}
      </div>
      {v.rumour && v.rumour.sources.length > 0 && (
        <>
          <h2>{t.sources}</h2>
          <ul>
            {v.rumour.sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      {v.mediaUrl && (
        <p>
          <a className="button" href={v.mediaUrl} rel="noopener noreferrer" target="_blank">
            {t.media}
          </a>
        </p>
      )}
      <section aria-labelledby="review-answer" className="cnt-review-answer">
        <h2 id="review-answer">{t.answer}</h2>
        <p className={r.state === 'pending' ? 'status ended' : 'status'} data-test="review-state">
          {t.states[r.state] ?? r.state}
        </p>
        {r.state !== 'pending' && r.state !== 'recalled' && (
          <>
            {r.comments && (
              <p>
                {t.yourComments}
                {r.comments}
              </p>
            )}
            <p className="note">{t.thanks}</p>
          </>
        )}
        {r.state === 'pending' && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              send();
            }}
          >
            <fieldset>
              <legend>{t.answer}</legend>
              {(['approve', 'revise'] as const).map((x) => (
                <label key={x} className="choice big">
                  <input
                    type="radio"
                    name="verdict"
                    value={x}
                    checked={verdict === x}
                    onChange={() => setVerdict(x)}
                    data-test={`review-${x}`}
                  />
                  {t[x]}
                </label>
              ))}
            </fieldset>
            <label>
              {t.comments}
              <textarea
                rows={5}
                value={comments}
                onChange={(e) => setComments(e.target.value)}
                data-test="review-comments"
              />
            </label>
            {problem && (
              <p role="alert" className="warn" data-test="review-problem">
                {problem}
              </p>
            )}
            <button type="submit" className="primary" disabled={sending} data-test="review-send">
              {t.send}
            </button>
          </form>
        )}
      </section>
    </article>
  );
}
