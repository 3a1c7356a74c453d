// A visitor's own check-in at an open event, from the poster's QR code (/e/in/<activity>/<session>): group and
// children, one tap. The nonce is kept on the phone, so tapping again (or a retried request) counts once.
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type ActivityView, pubApi } from './api.ts';
import { newNonce } from './door/door-store.ts';
import type { PageProps } from './public-app.tsx';
import { words } from './text.ts';
import { when } from './when.ts';
import { WhoFields } from './who-fields.tsx';

export function SelfCheckInPage({
  activityId,
  sessionId,
  lang,
}: PageProps & { activityId: number; sessionId: number }) {
  const t = words[lang];
  const [a, setA] = useState<ActivityView | null>(null);
  const [missing, setMissing] = useState(false);
  const [who, setWho] = useState({ targetGroup: 'public', minors: 0 });
  const [answer, setAnswer] = useState<string | null>(null);
  useEffect(() => {
    pubApi
      .one(activityId)
      .then(setA)
      .catch(() => setMissing(true));
  }, [activityId]);
  if (missing) return <p role="alert">{t.notFound}</p>;
  if (!a) return <output>{t.loading}</output>;
  const session = a.sessions.find((s) => s.id === sessionId);
  const key = `kepu-self-${sessionId}`;
  return (
    <article>
      <h1>{t.selfHeading}</h1>
      <h2>{a.title}</h2>
      {session && <p>{when(session.startsAt, session.endsAt, lang)}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const nonce = localStorage.getItem(key) ?? newNonce();
          localStorage.setItem(key, nonce);
          pubApi
            .selfCheckIn(sessionId, { nonce, ...who })
            .then((r) => setAnswer(r.replayed ? t.selfAgain : t.selfDone))
            .catch((err) =>
              setAnswer(err instanceof ApiError && err.status === 409 ? t.selfClosed : t.network),
            );
        }}
      >
        <p className="note">{t.selfNote}</p>
        <WhoFields lang={lang} targetGroups={a.targetGroups} value={who} onChange={setWho} />
        <button type="submit" className="primary" data-test="self-submit">
          {t.selfSubmit}
        </button>
      </form>
      {answer && (
        <output className="status" data-test="self-result">
          {answer}
        </output>
      )}
    </article>
  );
}
