// The staff check-in for one session, usable offline: camera or typed code, the device's verdict at once (from the
// cached door list), walk-ins by group, the queue and what the last syncs answered (duplicates and conflicts), and
// the door list for manual lookup. The page's code and the list stay on the device (service worker + localStorage).
import { lazy, Suspense, useState } from 'react';
import { QrImage } from '../../components/qr-image.tsx';
import type { PageProps } from '../public-app.tsx';
import { fill, groups } from '../text.ts';
import { isConflict, type Verdict } from './door-store.ts';
import { doorWords } from './text.ts';
import { useDoor } from './use-door.ts';

const CameraScanner = lazy(() => import('./camera-scanner.tsx'));

export function DoorPage({ sessionId, lang }: PageProps & { sessionId: number }) {
  const t = doorWords[lang];
  const door = useDoor(sessionId);
  const { state } = door;
  const [code, setCode] = useState('');
  const [camera, setCamera] = useState(false);
  const [last, setLast] = useState<{ verdict: Verdict; name: string } | null>(null);
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [walkInNote, setWalkInNote] = useState(0);
  const [find, setFind] = useState('');
  /** a verdict's words without the name after the colon, for the conflict line */
  const verdictWord = (v: string) => (t.results[v as Verdict] ?? v).replace(/[：:].*$/, '');
  const check = async (token: string) => {
    const r = await door.scan(token);
    setLast({ verdict: r.verdict, name: r.entry?.name ?? '' });
  };
  if (!state.door && door.error?.status === 401)
    return (
      <p role="alert">
        {t.signIn} <a href={`/login?next=${encodeURIComponent(location.pathname)}`}>{t.signInLink}</a>
      </p>
    );
  const pending = state.scans.length + state.walkIns.length;
  const conflicts = state.synced.filter(isConflict);
  const duplicates = state.synced.filter((x) => x.result === 'duplicate');
  const inHere = new Set(state.inHere);
  const q = find.trim();
  const listed = (state.door?.registrations ?? []).filter(
    (r) => !q || r.name.includes(q) || r.phone.replace(/\D/g, '').endsWith(q),
  );
  return (
    <article className="door" data-test="door">
      <h1>{fill(t.heading, state.door?.activity.title ?? '…')}</h1>
      <output className={door.online ? 'door-status ok' : 'door-status warn'} data-test="door-status">
        {door.online ? t.online : t.offline}
        {pending > 0 && <> · {fill(t.pending, pending)}</>}
        {state.door && <> · {fill(t.listSaved, new Date(state.door.savedAt).toLocaleTimeString(lang))}</>}
      </output>
      {door.error && door.error.status !== 401 && <p role="alert">{fill(t.failed, door.error.message)}</p>}
      <button type="button" className="secondary" onClick={() => void door.sync()} disabled={door.busy}>
        {door.busy ? t.syncing : t.syncNow}
      </button>
      <button
        type="button"
        className="primary"
        onClick={() => setCamera(!camera)}
        data-test="door-camera-toggle"
      >
        {camera ? t.cameraStop : t.camera}
      </button>
      {camera && (
        <Suspense fallback={null}>
          <CameraScanner onCode={(c) => void check(c)} failed={t.cameraNone} label={t.camera} />
        </Suspense>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const token = code.trim().toUpperCase();
          if (token) void check(token).then(() => setCode(''));
        }}
      >
        <label>
          {t.code}
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            data-test="door-code"
          />
        </label>
        <button type="submit" className="primary" data-test="door-check">
          {t.check}
        </button>
      </form>
      {last && (
        <output className={`door-result ${last.verdict}`} data-test="door-result">
          {fill(t.results[last.verdict], last.name)}
          {pending > 0 && t.queued}
        </output>
      )}
      <section aria-labelledby="door-walkins">
        <h2 id="door-walkins">{t.walkIns}</h2>
        <form
          className="door-walkins"
          onSubmit={(e) => {
            e.preventDefault();
            const n = Object.fromEntries(
              Object.entries(counts)
                .filter(([, v]) => Number(v) > 0)
                .map(([k, v]) => [k, Number(v)]),
            );
            door.walkIn(n);
            setWalkInNote(Object.values(n).reduce((a, b) => a + b, 0));
            setCounts({});
          }}
        >
          {Object.entries(groups[lang]).map(([g, label]) => (
            <label key={g}>
              {label}
              <input
                type="number"
                inputMode="numeric"
                min={0}
                value={counts[g] ?? ''}
                data-test={`door-walkin-${g}`}
                onChange={(e) => setCounts({ ...counts, [g]: e.target.value })}
              />
            </label>
          ))}
          <button type="submit" className="primary" data-test="door-walkin-submit">
            {t.record}
          </button>
        </form>
        {walkInNote > 0 && (
          <output data-test="door-walkin-result">
            {fill(state.walkIns.length ? t.walkInQueued : t.walkInDone, walkInNote)}
          </output>
        )}
      </section>
      {state.synced.length > 0 && (
        <section aria-labelledby="door-log" data-test="door-log">
          <h2 id="door-log">{t.log}</h2>
          <p>
            {fill(t.logCounts, state.synced.length)} · {fill(t.duplicates, duplicates.length)} ·{' '}
            {fill(t.conflicts, conflicts.length)}
          </p>
          <ul>
            {[...conflicts, ...duplicates.filter((x) => !isConflict(x))].slice(0, 50).map((x) => (
              <li key={x.nonce} data-test={`door-log-${x.result}`}>
                {isConflict(x)
                  ? fill(t.conflict, x.name ?? x.token)
                      .replace('{a}', verdictWord(x.local))
                      .replace('{b}', verdictWord(x.result))
                  : fill(t.results.duplicate, x.name ?? x.token)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {state.door && (
        <details className="door-poster">
          <summary>{t.poster}</summary>
          <p className="note">{t.posterNote}</p>
          <QrImage
            text={`${location.origin}/e/in/${state.door.activity.id}/${sessionId}`}
            label={t.poster}
            className="qr"
            testId="door-poster"
          />
        </details>
      )}
      <section aria-labelledby="door-list">
        <h2 id="door-list">{t.door}</h2>
        <label>
          {t.lookup}
          <input value={find} onChange={(e) => setFind(e.target.value)} data-test="door-find" />
        </label>
        <ul className="door-list">
          {listed.map((r) => (
            <li key={r.id}>
              {r.name} · {r.phone} · {groups[lang][r.targetGroup as keyof (typeof groups)['en']]} ·{' '}
              {r.ticketHash && inHere.has(r.ticketHash) && r.status !== 'checked_in'
                ? t.inHere
                : (t.status[r.status as keyof typeof t.status] ?? r.status)}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
