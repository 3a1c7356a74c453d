// One activity: its sessions and the registration form (name, phone, group, children coming along).
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type ActivityView, pubApi } from './api.ts';
import { PageLink } from './page-link.tsx';
import type { PageProps } from './public-app.tsx';
import { fill, words } from './text.ts';
import { when } from './when.ts';
import { WhoFields } from './who-fields.tsx';

export function ActivityPage({ id, lang, go }: PageProps & { id: number }) {
  const t = words[lang];
  const [a, setA] = useState<ActivityView | null>(null);
  const [missing, setMissing] = useState(false);
  const [form, setForm] = useState({ sessionId: 0, name: '', phone: '', targetGroup: 'public', minors: 0 });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    pubApi
      .one(id)
      .then((x) => {
        setA(x);
        setForm((f) => ({ ...f, sessionId: x.sessions[0]?.id ?? 0 }));
      })
      .catch(() => setMissing(true));
  }, [id]);
  if (missing) return <p role="alert">{t.notFound}</p>;
  if (!a) return <output>{t.loading}</output>;
  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const r = await pubApi.register(form);
      go(`/e/t/${r.token}`);
    } catch (e) {
      const path =
        e instanceof ApiError ? ((e.details.issues as { path: string }[] | undefined)?.[0]?.path ?? '') : '';
      const field = path.endsWith('phone') ? t.phone : path.endsWith('name') ? t.name : '';
      setProblem(field ? fill(t.problem, field) : e instanceof ApiError ? e.message : t.network);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article>
      <PageLink to="/e" go={go} className="link">
        {t.back}
      </PageLink>
      <h1>{a.title}</h1>
      <p>
        {t.at}：{a.areaName} {a.address}
      </p>
      {a.description && <p>{a.description}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset>
          <legend>{t.sessions}</legend>
          {a.sessions.map((s) => (
            <label key={s.id} className="choice">
              <input
                type="radio"
                name="session"
                checked={form.sessionId === s.id}
                onChange={() => setForm({ ...form, sessionId: s.id })}
              />
              {when(s.startsAt, s.endsAt, lang)}（{s.left ? fill(t.left, s.left) : t.full}）
            </label>
          ))}
        </fieldset>
        <label>
          {t.name}
          <input
            value={form.name}
            required
            maxLength={40}
            autoComplete="name"
            data-test="reg-name"
            onChange={(e) => setForm({ ...form, name: e.target.value })}
          />
        </label>
        <label>
          {t.phone}
          <input
            value={form.phone}
            required
            inputMode="numeric"
            autoComplete="tel"
            data-test="reg-phone"
            onChange={(e) => setForm({ ...form, phone: e.target.value.trim() })}
          />
        </label>
        <WhoFields
          lang={lang}
          targetGroups={a.targetGroups}
          value={form}
          onChange={(v) => setForm({ ...form, ...v })}
        />
        {problem && <p role="alert">{problem}</p>}
        <button type="submit" className="primary" disabled={busy} data-test="reg-submit">
          {t.submit}
        </button>
      </form>
    </article>
  );
}
