// The installed check-in app's start page: the sessions whose door lists are saved on this device.

import { PageLink } from '../page-link.tsx';
import type { PageProps } from '../public-app.tsx';
import { fill } from '../text.ts';
import { cachedSessions } from './door-store.ts';
import { doorWords } from './text.ts';

export function DoorIndex({ lang, go }: PageProps) {
  const t = doorWords[lang];
  const list = cachedSessions(localStorage);
  return (
    <article className="door">
      <h1>{t.sessions}</h1>
      {list.length === 0 ? (
        <p>{t.noSessions}</p>
      ) : (
        <ul className="door-list">
          {list.map((s) => (
            <li key={s.sessionId}>
              <PageLink to={`/e/door/${s.sessionId}`} go={go}>
                {s.title}
              </PageLink>
              {s.pending > 0 && <> · {fill(t.pending, s.pending)}</>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
