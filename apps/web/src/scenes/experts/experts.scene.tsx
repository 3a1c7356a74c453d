// The experts' directory for staff: filters by pool, topic and area, the table, and the form to add an expert (the
// office, or a district admin for its own area). Links to the emergency roster.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbilities } from '../../api/core/session.ts';
import { useCreateExpert, useExperts, usePools } from '../../api/experts/experts.ts';
import { AreaSelect } from '../../components/area-select.tsx';
import { bodyOf, ExpertForm, emptyExpert } from '../../components/experts/expert-form.tsx';
import { ExpertLink } from '../../components/experts/expert-link.tsx';
import { ExpertsTable } from '../../components/experts/experts-table.tsx';
import { EXPERT_TOPICS } from '../../components/experts/topics.ts';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/volunteers/volunteers.css';
import '../../components/experts/experts.css';

export default function ExpertsScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('experts.heading'));
  const abilities = useAbilities();
  const [filter, setFilter] = useState({ pool: '', topic: '', area: '' });
  const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
  const pools = usePools();
  const experts = useExperts(query);
  const create = useCreateExpert();
  const [formKey, setFormKey] = useState(0);
  const error = pools.error ?? experts.error;
  if (error) return <ErrorNotice error={error} />;
  if (!pools.data) return <PageLoading />;
  const zh = i18n.language.startsWith('zh');
  return (
    <div className="page page-wide svc" data-test="exp-home">
      <h1>{t('experts.heading')}</h1>
      <p className="muted">
        {t('experts.intro')} <Link to="/experts/roster">{t('experts.roster.nav')}</Link>
      </p>
      <form
        className="svc-filters exp-filters"
        aria-label={t('experts.heading')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          {t('experts.filters.pool')}
          <select
            value={filter.pool}
            onChange={(e) => setFilter({ ...filter, pool: e.target.value })}
            data-test="exp-filter-pool"
          >
            <option value="">{t('experts.filters.all')}</option>
            {pools.data.pools.map((p) => (
              <option key={p.id} value={p.id}>
                {zh || !p.nameEn ? p.name : p.nameEn}（{p.members}）
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('experts.filters.topic')}
          <select
            value={filter.topic}
            onChange={(e) => setFilter({ ...filter, topic: e.target.value })}
            data-test="exp-filter-topic"
          >
            <option value="">{t('experts.filters.all')}</option>
            {EXPERT_TOPICS.map((x) => (
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
          test="exp-filter-area"
          empty={t('experts.filters.all')}
        />
      </form>
      {experts.data ? (
        <>
          <p className="muted">{t('experts.list.count', { n: experts.data.length })}</p>
          <ExpertsTable experts={experts.data} pools={pools.data.pools} test="exp-list" />
        </>
      ) : (
        <PageLoading />
      )}
      {abilities['exp.manage'] && (
        <section aria-labelledby="exp-create">
          <h2 id="exp-create">{t('experts.form.create')}</h2>
          <ExpertForm
            key={formKey}
            initial={emptyExpert}
            pools={pools.data.pools}
            edit={false}
            pending={create.isPending}
            onSubmit={(f) => create.mutate(bodyOf(f, false), { onSuccess: () => setFormKey((k) => k + 1) })}
          />
          {create.data && <ExpertLink token={create.data.token} label={t('experts.form.created')} />}
          {create.error && <ErrorNotice error={create.error} />}
        </section>
      )}
    </div>
  );
}
