// One expert for staff: who they are, their pools and areas, the phone (masked; a manager shows it in full, audited),
// a new code for their page, the edit form, their invitations and their service record.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useExpert, usePools, useRenewCode, useUpdateExpert } from '../../api/experts/experts.ts';
import { bodyOf, ExpertForm, formOf } from '../../components/experts/expert-form.tsx';
import { ExpertLink } from '../../components/experts/expert-link.tsx';
import { RevealPhone } from '../../components/experts/reveal-phone.tsx';
import { ServicesSection } from '../../components/experts/services-section.tsx';
import { topicLabel } from '../../components/experts/topics.ts';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { DemoTag } from '../../components/volunteers/demo-tag.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/volunteers/volunteers.css';
import '../../components/experts/experts.css';

export default function ExpertScene() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const q = useExpert(id);
  const pools = usePools();
  const update = useUpdateExpert(id);
  const renew = useRenewCode(id);
  const [editKey, setEditKey] = useState(0);
  usePageTitle(q.data?.expert.name ?? t('experts.heading'));
  const error = q.error ?? pools.error;
  if (error) return <ErrorNotice error={error} />;
  if (!q.data || !pools.data) return <PageLoading />;
  const { expert: e, invitations, services } = q.data;
  const poolNames = pools.data.pools.filter((p) => e.poolIds.includes(p.id)).map((p) => p.name);
  return (
    <div className="page page-wide svc" data-test="exp-detail">
      <p>
        <Link to="/experts">{t('experts.detail.back')}</Link>
      </p>
      <h1>
        {e.name} {e.demo && <DemoTag />}
      </h1>
      <dl className="exp-facts">
        <dt>{t('experts.list.title')}</dt>
        <dd>{e.title || '—'}</dd>
        <dt>{t('experts.list.organisation')}</dt>
        <dd>{e.organisation}</dd>
        <dt>{t('experts.form.fields')}</dt>
        <dd>{e.fields.join('、') || '—'}</dd>
        <dt>{t('experts.list.topics')}</dt>
        <dd>{e.topics.map((x) => topicLabel(x, i18n.language)).join('、')}</dd>
        <dt>{t('experts.list.areas')}</dt>
        <dd>{e.areas.map((a) => a.name).join('、')}</dd>
        <dt>{t('experts.list.pools')}</dt>
        <dd>{poolNames.join('、') || '—'}</dd>
        <dt>{t('experts.form.languages')}</dt>
        <dd>{e.languages.join('、') || '—'}</dd>
        <dt>{t('experts.list.available')}</dt>
        <dd>
          {e.available ? t('experts.list.yes') : t('experts.list.no')}
          {e.availability && ` · ${e.availability}`}
        </dd>
        <dt>{t('experts.list.phone')}</dt>
        <dd>
          {e.phone} {e.manage && <RevealPhone id={e.id} />}
        </dd>
      </dl>
      {e.manage && (
        <div className="svc-actions">
          <button
            type="button"
            className="svc-button"
            onClick={() => renew.mutate(undefined)}
            disabled={renew.isPending}
          >
            {t('experts.detail.renew')}
          </button>
          {renew.data && <ExpertLink token={renew.data.token} label={t('experts.detail.renewed')} />}
          {renew.error && <ErrorNotice error={renew.error} />}
        </div>
      )}
      <section aria-labelledby="exp-invitations">
        <h2 id="exp-invitations">{t('experts.detail.invitations')}</h2>
        {invitations.length === 0 ? (
          <p className="muted">{t('experts.none')}</p>
        ) : (
          <ul className="svc-list" data-test="exp-invitations">
            {invitations.map((i) => (
              <li key={i.id}>
                <Link to={`/services/activities/${i.activityId}`}>{i.activityTitle}</Link> ·{' '}
                {t(`experts.states.${i.state}`)}
                {i.reason && ` · ${i.reason}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ServicesSection expertId={e.id} services={services} canManage={e.manage} />
      {e.manage && (
        <section aria-labelledby="exp-edit">
          <h2 id="exp-edit">{t('experts.form.edit')}</h2>
          <ExpertForm
            key={editKey}
            initial={formOf(e)}
            pools={pools.data.pools}
            edit
            pending={update.isPending}
            onSubmit={(f) => update.mutate(bodyOf(f, true), { onSuccess: () => setEditKey((k) => k + 1) })}
          />
          {update.isSuccess && <output className="vol-status">{t('experts.form.saved')}</output>}
          {update.error && <ErrorNotice error={update.error} />}
        </section>
      )}
    </div>
  );
}
