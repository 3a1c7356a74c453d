// The emergency roster: per hazard, the available experts of the emergency pool with organisation and areas; a
// manager may show a phone in full (an audited read).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRoster } from '../../api/experts/experts.ts';
import { AreaSelect } from '../../components/area-select.tsx';
import { RevealPhone } from '../../components/experts/reveal-phone.tsx';
import { hazards, topicLabel } from '../../components/experts/topics.ts';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { DemoTag } from '../../components/volunteers/demo-tag.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/volunteers/volunteers.css';
import '../../components/experts/experts.css';

export default function RosterScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('experts.roster.heading'));
  const [filter, setFilter] = useState({ topic: '', area: '' });
  const roster = useRoster(Object.fromEntries(Object.entries(filter).filter(([, v]) => v)));
  const zh = i18n.language.startsWith('zh');
  return (
    <div className="page page-wide svc" data-test="exp-roster">
      <p>
        <Link to="/experts">{t('experts.detail.back')}</Link>
      </p>
      <h1>{t('experts.roster.heading')}</h1>
      <p className="muted">{t('experts.roster.intro')}</p>
      <form
        className="svc-filters exp-filters"
        aria-label={t('experts.roster.heading')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          {t('experts.filters.topic')}
          <select
            value={filter.topic}
            onChange={(e) => setFilter({ ...filter, topic: e.target.value })}
            data-test="roster-topic"
          >
            <option value="">{t('experts.filters.all')}</option>
            {hazards.map((x) => (
              <option key={x.code} value={x.code}>
                {zh ? x.zh : x.en}
              </option>
            ))}
          </select>
        </label>
        <AreaSelect
          label={t('experts.filters.area')}
          value={filter.area}
          onChange={(area) => setFilter({ ...filter, area })}
          test="roster-area"
          empty={t('experts.filters.all')}
        />
      </form>
      {roster.error && <ErrorNotice error={roster.error} />}
      {!roster.data && !roster.error && <PageLoading />}
      {roster.data?.map((r) => (
        <section key={r.topic} aria-labelledby={`roster-${r.topic}`} data-test={`roster-${r.topic}`}>
          <h2 id={`roster-${r.topic}`}>{topicLabel(r.topic, i18n.language)}</h2>
          {r.experts.length === 0 ? (
            <p className="muted">{t('experts.roster.empty')}</p>
          ) : (
            <ul className="exp-roster">
              {r.experts.map((e) => (
                <li key={e.id}>
                  <Link to={`/experts/${e.id}`}>{e.name}</Link> {e.demo && <DemoTag />} · {e.title} ·{' '}
                  {e.organisation} · {e.areas.map((a) => a.name).join('、')} · {e.phone}{' '}
                  {e.manage && <RevealPhone id={e.id} />}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
