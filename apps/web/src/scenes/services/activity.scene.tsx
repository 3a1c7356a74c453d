// One activity for staff: what and where, its sessions (check-in links), the moves the reader may make (the summary
// form with the headcount by target group when it is time), its satisfaction survey and its history.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAbilities } from '../../api/core/session.ts';
import { useActivity, useMove } from '../../api/services/services.ts';
import { ActorName } from '../../components/demo-tag.tsx';
import { ActivityExperts } from '../../components/experts/activity-experts.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { ActivityFeedback } from '../../components/services/activity-feedback.tsx';
import { ActivityMessages } from '../../components/services/activity-messages.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';

const groups = ['youth', 'workers', 'farmers', 'elderly', 'officials', 'public'] as const;
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

export default function ActivityScene() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const q = useActivity(id);
  const move = useMove(id);
  const abilities = useAbilities();
  const [note, setNote] = useState('');
  const [headcount, setHeadcount] = useState<Record<string, string>>({});
  const [evidence, setEvidence] = useState('');
  const [links, setLinks] = useState('');
  usePageTitle(q.data?.title ?? t('services.heading'));
  if (q.error) return <ErrorNotice error={q.error} />;
  if (!q.data) return <PageLoading />;
  const a = q.data;
  const at = (s: string) => new Date(s).toLocaleString(i18n.language);
  const act = (m: string) =>
    move.mutate({
      move: m,
      ...(note && { note }),
      ...(m === 'summarise' && {
        summary: {
          headcount: Object.fromEntries(
            Object.entries(headcount)
              .filter(([, v]) => v)
              .map(([k, v]) => [k, Number(v)]),
          ),
          evidence: lines(evidence),
          mediaLinks: lines(links),
        },
      }),
    });
  return (
    <div className="page svc" data-test="svc-activity">
      <p className="breadcrumb">
        <Link to="/services">{t('services.heading')}</Link>
      </p>
      <h1>{a.title}</h1>
      <p>
        <strong data-test="svc-state">{t(`services.states.${a.state}`)}</strong> ·{' '}
        {t(`services.types.${a.type}`)} · {a.areaName} {a.address} · {a.organiser}
      </p>
      <p>{a.targetGroups.map((g) => t(`services.groups.${g}`)).join('、')}</p>
      <section aria-labelledby="svc-sessions">
        <h2 id="svc-sessions">{t('services.detail.sessions')}</h2>
        <ul className="svc-list">
          {a.sessions.map((s) => (
            <li key={s.id}>
              {at(s.startsAt)} · {t('services.detail.taken', { taken: s.taken, capacity: s.capacity })}
              {(a.state === 'published' || a.state === 'completed') && (
                <>
                  {' '}
                  · {/* the offline check-in is the public bundle's installable app, so a full page load */}
                  <a href={`/e/door/${s.id}`} data-test={`svc-checkin-${s.id}`}>
                    {t('services.detail.checkin')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      {a.moves.includes('summarise') && (
        <section aria-labelledby="svc-summary">
          <h2 id="svc-summary">{t('services.detail.summary')}</h2>
          <div className="svc-form">
            {groups.map((g) => (
              <label key={g}>
                {t('services.detail.headcount', { group: t(`services.groups.${g}`) })}
                <input
                  type="number"
                  min={0}
                  value={headcount[g] ?? ''}
                  data-test={`summary-${g}`}
                  onChange={(e) => setHeadcount({ ...headcount, [g]: e.target.value })}
                />
              </label>
            ))}
            <label>
              {t('services.detail.evidence')}
              <textarea value={evidence} onChange={(e) => setEvidence(e.target.value)} />
            </label>
            <label>
              {t('services.detail.links')}
              <textarea value={links} onChange={(e) => setLinks(e.target.value)} />
            </label>
          </div>
        </section>
      )}
      {a.moves.length > 0 && (
        <>
          <label className="svc-inline">
            {t('services.detail.note')}
            <input value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="svc-actions">
            {a.moves.map((m) => (
              <button
                key={m}
                type="button"
                className="svc-button"
                data-test={`move-${m}`}
                disabled={move.isPending}
                onClick={() => act(m)}
              >
                {t(`services.moves.${m}`)}
              </button>
            ))}
          </div>
        </>
      )}
      {move.error && <ErrorNotice error={move.error} testId="move-error" />}
      {['published', 'completed', 'summary_submitted', 'accepted'].includes(a.state) && (
        <>
          <ActivityMessages id={a.id} />
          <ActivityFeedback id={a.id} />
        </>
      )}
      <ActivityExperts activityId={a.id} enabled={abilities['svc.file'] && a.state !== 'cancelled'} />
      <section aria-labelledby="svc-history">
        <h2 id="svc-history">{t('services.detail.history')}</h2>
        <ol className="svc-list">
          {a.events.map((e) => (
            <li key={`${e.at}-${e.toState}`}>
              {at(e.at)} · {t(`services.states.${e.toState}`)} · <ActorName name={e.byName} />
              {e.note && ` · ${e.note}`}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
