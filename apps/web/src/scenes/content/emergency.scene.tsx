// 应急科普: the packs by hazard (reviewed and ready, public, in preparation), the office's emergency publication of a
// ready pack under a sign-off, the emergencies under way with 结束, and the record of those that ended.
import { hazards } from '@kepu/domain/content';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEmergencies, useWorks } from '../../api/content/content.ts';
import { useAbilities } from '../../api/core/session.ts';
import { ActiveEmergencies, EmergencyHistory } from '../../components/content/emergency-list.tsx';
import { EmergencyStart } from '../../components/content/emergency-start.tsx';
import { useCntWords } from '../../components/content/labels.ts';
import { StateTag } from '../../components/content/state-tag.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { DemoTag } from '../../components/volunteers/demo-tag.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/volunteers/volunteers.css';
import '../../components/content/content.css';

export default function ContentEmergencyScene() {
  const { t } = useTranslation();
  usePageTitle(t('content.emergency.heading'));
  const l = useCntWords();
  const abilities = useAbilities();
  const packs = useWorks({ kind: 'emergency_pack' });
  const emergencies = useEmergencies();
  const error = packs.error ?? emergencies.error;
  if (error) return <ErrorNotice error={error} />;
  if (!packs.data || !emergencies.data) return <PageLoading />;
  const active = emergencies.data.filter((e) => !e.endedAt);
  const ended = emergencies.data.filter((e) => e.endedAt);
  const canStart = !!abilities['cnt.emergency'];
  return (
    <div className="page page-wide svc" data-test="cnt-emergency">
      <p>
        <Link to="/content">{t('content.detail.back')}</Link>
      </p>
      <h1>{t('content.emergency.heading')}</h1>
      <p className="muted">{t('content.emergency.intro')}</p>
      <section aria-labelledby="cnt-active-h">
        <h2 id="cnt-active-h">{t('content.emergency.active')}</h2>
        <ActiveEmergencies list={active} canEnd={canStart} />
      </section>
      <section aria-labelledby="cnt-hazards">
        <h2 id="cnt-hazards">{t('content.emergency.byHazard')}</h2>
        <ul className="cnt-hazards" data-test="cnt-packs">
          {hazards.map((h) => {
            const mine = packs.data.filter((w) => w.hazard === h);
            return (
              <li key={h} data-test={`cnt-hazard-${h}`}>
                <h3>{l.hazards[h]}</h3>
                {mine.length === 0 && <p className="muted">{t('content.emergency.noPack')}</p>}
                {mine.map((w) => (
                  <div key={w.id} className="cnt-box">
                    <p>
                      <Link to={`/content/${w.id}`}>{w.title}</Link> {w.demo && <DemoTag />}
                    </p>
                    <p>
                      <StateTag state={w.state} />{' '}
                      {w.state === 'approved'
                        ? t('content.emergency.ready')
                        : w.state === 'published'
                          ? active.some((e) => e.workId === w.id) && t('content.emergency.now')
                          : t('content.emergency.preparing')}
                    </p>
                    {canStart &&
                      ['approved', 'published', 'withdrawn'].includes(w.state) &&
                      !active.some((e) => e.workId === w.id) && (
                        <EmergencyStart workId={w.id} title={w.title} />
                      )}
                  </div>
                ))}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="cnt-history-h">
        <h2 id="cnt-history-h">{t('content.emergency.history')}</h2>
        <EmergencyHistory list={ended} />
      </section>
    </div>
  );
}
