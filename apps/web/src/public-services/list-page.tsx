// The list of published activities with filters by area, dates and audience, large enough for a phone.
import { useEffect, useState } from 'react';
import { type ActivityView, pubApi } from './api.ts';
import { PageLink } from './page-link.tsx';
import type { PageProps } from './public-app.tsx';
import { fill, groups, words } from './text.ts';
import { when } from './when.ts';

export function ListPage({ lang, go }: PageProps) {
  const t = words[lang];
  const [filters, setFilters] = useState({ area: '', from: '', to: '', audience: '' });
  const [list, setList] = useState<ActivityView[] | null>(null);
  const [areas, setAreas] = useState<{ code: string; name: string }[]>([]);
  const [error, setError] = useState(false);
  const load = (f: typeof filters) => {
    setError(false);
    const q = Object.fromEntries(Object.entries(f).filter(([, v]) => v));
    pubApi
      .list(q)
      .then((l) => {
        setList(l);
        if (!Object.keys(q).length)
          setAreas([...new Map(l.map((a) => [a.areaCode, { code: a.areaCode, name: a.areaName }])).values()]);
      })
      .catch(() => setError(true));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first load only
  useEffect(() => load(filters), []);
  const set = (k: keyof typeof filters) => (e: { target: { value: string } }) =>
    setFilters({ ...filters, [k]: e.target.value });
  return (
    <>
      <form
        className="filters"
        aria-label={t.filters}
        onSubmit={(e) => {
          e.preventDefault();
          load(filters);
        }}
      >
        <label>
          {t.area}
          <select value={filters.area} onChange={set('area')} data-test="filter-area">
            <option value="">{t.anyArea}</option>
            {areas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.audience}
          <select value={filters.audience} onChange={set('audience')} data-test="filter-audience">
            <option value="">{t.anyAudience}</option>
            {Object.entries(groups[lang]).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.from}
          <input type="date" value={filters.from} onChange={set('from')} />
        </label>
        <label>
          {t.to}
          <input type="date" value={filters.to} onChange={set('to')} />
        </label>
        <button type="submit" className="primary" data-test="filter-submit">
          {t.search}
        </button>
      </form>
      {error && <p role="alert">{t.network}</p>}
      {!list && !error && <output>{t.loading}</output>}
      {list?.length === 0 && <p className="empty">{t.empty}</p>}
      <ul className="cards">
        {list?.map((a) => {
          const left = a.sessions.reduce((n, s) => n + s.left, 0);
          const first = a.sessions[0];
          return (
            <li key={a.id} className="card" data-test="activity-card">
              <h2>{a.title}</h2>
              {a.demo && <span className="tag">示例</span>}
              <p>
                {a.areaName} · {a.mode === 'online' ? t.online : t.offline} · {a.organiser}
              </p>
              {first && <p>{when(first.startsAt, first.endsAt, lang)}</p>}
              <p>{a.targetGroups.map((g) => groups[lang][g]).join('、')}</p>
              <p className={left ? 'ok' : 'warn'}>{left ? fill(t.left, left) : t.full}</p>
              <PageLink to={`/e/a/${a.id}`} go={go} className="button">
                {t.details}
              </PageLink>
            </li>
          );
        })}
      </ul>
    </>
  );
}
