// One work for staff: its facts and state, the newest version's text, the steps open in its state (submit, send to an
// expert with the link shown once, recall, publish, withdraw, the office's emergency publication of a pack), the edit
// form while editable, the reviews, the logged steps and the versions; the portal's page once it is public.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEditWork, useWork } from '../../api/content/content.ts';
import { EmergencyStart } from '../../components/content/emergency-start.tsx';
import { HistorySection } from '../../components/content/history-section.tsx';
import { useCntWords } from '../../components/content/labels.ts';
import { ReviewSection } from '../../components/content/review-section.tsx';
import { StateTag } from '../../components/content/state-tag.tsx';
import { WorkActions } from '../../components/content/work-actions.tsx';
import { bodyOf, formOf, WorkForm } from '../../components/content/work-form.tsx';
import { WorkText } from '../../components/content/work-text.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { DemoTag } from '../../components/volunteers/demo-tag.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/volunteers/volunteers.css';
import '../../components/experts/experts.css';
import '../../components/content/content.css';

const emergencyFrom = ['approved', 'published', 'withdrawn'];

export default function ContentWorkScene() {
  const { t } = useTranslation();
  const l = useCntWords();
  const id = Number(useParams().id);
  const q = useWork(id);
  const edit = useEditWork(id);
  usePageTitle(q.data?.work.title ?? t('content.heading'));
  if (q.error) return <ErrorNotice error={q.error} />;
  if (!q.data) return <PageLoading />;
  const { work: w, versions, can, emergencies } = q.data;
  const newest = versions.find((v) => v.number === w.version);
  const active = emergencies.some((e) => !e.endedAt);
  return (
    <div className="page page-wide svc" data-test="cnt-detail">
      <p>
        <Link to="/content">{t('content.detail.back')}</Link>
      </p>
      <h1>
        {w.title} {w.demo && <DemoTag />}
      </h1>
      <p>
        <StateTag state={w.state} test="cnt-state" />{' '}
        {w.state === 'published' && (
          <a href={`/portal/content/${w.id}`} data-test="cnt-portal">
            {t('content.detail.portal')}
          </a>
        )}
      </p>
      <dl className="cnt-facts" aria-label={t('content.detail.facts')}>
        <dt>{t('content.list.kind')}</dt>
        <dd>
          {l.kinds[w.kind]}
          {w.hazard && ` · ${l.hazards[w.hazard]}`}
        </dd>
        <dt>{t('content.list.topics')}</dt>
        <dd>{l.list(w.topics, l.topics)}</dd>
        <dt>{t('content.detail.audience')}</dt>
        <dd>{l.list(w.targetGroups, l.groups)}</dd>
        <dt>{t('content.list.unit')}</dt>
        <dd>{w.unitName ?? t('content.form.office')}</dd>
        <dt>{t('content.form.author')}</dt>
        <dd>{w.author || '—'}</dd>
        <dt>{t('content.form.source')}</dt>
        <dd>{w.source || '—'}</dd>
        <dt>{t('content.form.licence')}</dt>
        <dd>{w.licence || '—'}</dd>
        <dt>{t('content.list.version')}</dt>
        <dd>
          {t('content.detail.version', { n: w.version })}
          {w.publishedVersion !== null && ` · ${t('content.detail.published', { n: w.publishedVersion })}`}
        </dd>
        <dt>{t('content.detail.reads')}</dt>
        <dd>{w.reads}</dd>
        {w.state === 'withdrawn' && w.withdrawnReason && (
          <>
            <dt>{t('content.detail.withdrawn')}</dt>
            <dd>{w.withdrawnReason}</dd>
          </>
        )}
      </dl>
      <WorkActions detail={q.data} />
      {can.review && <ReviewSection key={w.version} work={w} />}
      {can.emergency && emergencyFrom.includes(w.state) && !active && (
        <section aria-labelledby="cnt-emergency">
          <h2 id="cnt-emergency">{t('content.emergency.start')}</h2>
          <p className="muted">{t('content.emergency.intro')}</p>
          <EmergencyStart workId={w.id} title={w.title} />
        </section>
      )}
      {newest && (
        <section aria-labelledby="cnt-newest">
          <h2 id="cnt-newest">{t('content.detail.newest', { n: newest.number })}</h2>
          <WorkText v={newest} />
        </section>
      )}
      {can.edit && (
        <section aria-labelledby="cnt-edit">
          <h2 id="cnt-edit">{t('content.form.edit')}</h2>
          <WorkForm
            key={`${w.version}-${w.state}`}
            initial={formOf(w, newest)}
            edit
            pending={edit.isPending}
            onSubmit={(f) => edit.mutate(bodyOf(f, true))}
          />
          {edit.isSuccess && <output className="vol-status">{t('content.form.saved')}</output>}
          {edit.error && <ErrorNotice error={edit.error} />}
        </section>
      )}
      <HistorySection detail={q.data} />
    </div>
  );
}
