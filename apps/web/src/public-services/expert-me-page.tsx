// The expert's own page by their code (/e/x/<code>): the requests to answer (invitations from activities: accept, or
// decline with a reason), the service record, the own-data export and the deletion request. The name is masked here.
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type ExpertPage, expApi } from './api.ts';
import { expWords } from './expert-text.ts';
import type { PageProps } from './public-app.tsx';

export function ExpertMePage({ lang, code }: PageProps & { code: string }) {
  const t = expWords[lang];
  const [me, setMe] = useState<ExpertPage | null>(null);
  const [missing, setMissing] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState('');
  useEffect(() => {
    expApi
      .me(code)
      .then(setMe)
      .catch(() => setMissing(true));
  }, [code]);
  if (missing) return <p role="alert">{t.notFound}</p>;
  if (!me) return <output>{t.loading}</output>;
  const topic = (c: string) => {
    const x = me.topics.find((y) => y.code === c);
    return x ? (lang === 'en' ? x.en : x.zh) : c;
  };
  const answer = (kind: string, id: number, a: 'accept' | 'decline') => {
    const reason = reasons[id]?.trim() ?? '';
    if (a === 'decline' && !reason) return setProblem(t.reasonNeeded);
    setProblem('');
    expApi
      .answer(code, kind, id, { answer: a, ...(reason && { reason }) })
      .then(setMe)
      .catch((e: unknown) => setProblem(`${t.failed}${e instanceof ApiError ? e.message : ''}`));
  };
  const e = me.expert;
  return (
    <article className="ticket">
      <h1>{t.me}</h1>
      <p data-test="exp-me-name">
        {e.name} · {e.title} · {e.organisation}
      </p>
      <p className="note">
        {e.pools.join('、')} · {e.topics.map(topic).join('、')}
      </p>
      <p className="note">{t.pageNote}</p>
      <h2>{t.requests}</h2>
      {me.requests.length === 0 && <p>{t.noRequests}</p>}
      {problem && <p role="alert">{problem}</p>}
      <ul className="plain" data-test="exp-me-requests">
        {me.requests.map((r) => (
          <li key={`${r.kind}-${r.id}`} data-test={`exp-me-request-${r.id}`}>
            <strong>{r.title}</strong>
            <div className="note">
              {r.when &&
                `${new Date(r.when).toLocaleString(lang, { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' })} · `}
              {r.place}
            </div>
            {r.note && <p>{r.note}</p>}
            <output data-test={`exp-me-state-${r.id}`}>{t.states[r.state] ?? r.state}</output>
            {r.reason && ` · ${r.reason}`}
            {r.open && (
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  data-test={`exp-me-accept-${r.id}`}
                  onClick={() => answer(r.kind, r.id, 'accept')}
                >
                  {t.accept}
                </button>
                <label>
                  {t.reason}
                  <input
                    value={reasons[r.id] ?? ''}
                    onChange={(ev) => setReasons({ ...reasons, [r.id]: ev.target.value })}
                    data-test={`exp-me-reason-${r.id}`}
                  />
                </label>
                <button
                  type="button"
                  className="secondary"
                  data-test={`exp-me-decline-${r.id}`}
                  onClick={() => answer(r.kind, r.id, 'decline')}
                >
                  {t.decline}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <h2>{t.services}</h2>
      {me.services.length === 0 && <p>{t.noServices}</p>}
      <ul className="plain" data-test="exp-me-services">
        {me.services.map((s) => (
          <li key={s.id}>
            {s.date} · {t.kinds[s.kind] ?? s.kind} · {t.hours.replace('{n}', String(s.hours))}
            {s.activityTitle && ` · ${s.activityTitle}`}
            {s.voided && ` · ${t.voided}`}
          </li>
        ))}
      </ul>
      <h2>{t.myData}</h2>
      <p>
        <a href={`/api/pub/exp/me/${code}/export`} download>
          {t.export}
        </a>
      </p>
      <p className="note">{t.deleteNote}</p>
      {deleted ? (
        <output>{t.deleted}</output>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => void expApi.deletion(code).then(() => setDeleted(true))}
        >
          {t.delete}
        </button>
      )}
    </article>
  );
}

export function ExpertListPage({ lang }: PageProps) {
  const t = expWords[lang];
  const [data, setData] = useState<Awaited<ReturnType<typeof expApi.list>> | null>(null);
  useEffect(() => {
    expApi
      .list()
      .then(setData)
      .catch(() => setData({ topics: [], experts: [] }));
  }, []);
  if (!data) return <output>{t.loading}</output>;
  const topic = (c: string) => {
    const x = data.topics.find((y) => y.code === c);
    return x ? (lang === 'en' ? x.en : x.zh) : c;
  };
  return (
    <article>
      <h1>{t.list}</h1>
      <p className="note">{t.listIntro}</p>
      {data.experts.length === 0 && <p>{t.none}</p>}
      <ul className="plain" data-test="exp-public-list">
        {data.experts.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: masked names are not unique and carry no id
          <li key={i}>
            <strong>{e.name}</strong> · {e.title} · {e.organisation}
            <div className="note">
              {e.pools.join('、')} · {e.topics.map(topic).join('、')} · {e.areas.join('、')}
            </div>
          </li>
        ))}
      </ul>
    </article>
  );
}
