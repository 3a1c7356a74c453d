// 科普内容: the works in the reader's reach (a liaison's own unit's) with filters by state, kind and topic, a page at
// a time, and, for those who write, the form for a new work (a new work opens on its own page).
import { workKinds, workStates } from '@kepu/domain/content';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCreateWork, useWorks, type WorkFilter } from '../../api/content/content.ts';
import { useAbilities, useSession } from '../../api/core/session.ts';
import { useCntWords } from '../../components/content/labels.ts';
import { bodyOf, emptyWork, WorkForm } from '../../components/content/work-form.tsx';
import { WorksTable } from '../../components/content/works-table.tsx';
import { EXPERT_TOPICS } from '../../components/experts/topics.ts';
import { ErrorNotice, QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/volunteers/volunteers.css';
import '../../components/experts/experts.css';
import '../../components/content/content.css';

export default function ContentWorksScene() {
  const { t } = useTranslation();
  usePageTitle(t('content.heading'));
  const l = useCntWords();
  const abilities = useAbilities();
  const session = useSession();
  const navigate = useNavigate();
  const [f, setF] = useState<WorkFilter>({});
  const works = useWorks(f);
  const create = useCreateWork();
  const select = (k: keyof WorkFilter, options: [string, string][]) => (
    <label>
      {t(`content.filters.${k}`)}
      <select
        value={f[k] ?? ''}
        onChange={(e) => setF({ ...f, [k]: e.target.value })}
        data-test={`cnt-f-${k}`}
      >
        <option value="">{t('content.filters.all')}</option>
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="page page-wide svc" data-test="cnt-home">
      <h1>{t('content.heading')}</h1>
      <p className="muted">
        {t('content.intro')} <Link to="/content/emergency">{t('content.emergencyLink')}</Link>
      </p>
      <form className="cnt-filters" aria-label={t('content.heading')} onSubmit={(e) => e.preventDefault()}>
        {select(
          'state',
          workStates.map((s) => [s, l.states[s]]),
        )}
        {select(
          'kind',
          workKinds.map((k) => [k, l.kinds[k]]),
        )}
        {select(
          'topic',
          EXPERT_TOPICS.map((x) => [x.code, l.topic(x.code)]),
        )}
      </form>
      <section aria-labelledby="cnt-list">
        <h2 id="cnt-list">{t('content.list.heading')}</h2>
        <QueryState query={works}>{(rows) => <WorksTable works={rows} />}</QueryState>
      </section>
      {abilities['cnt.edit'] && (
        <section aria-labelledby="cnt-create">
          <h2 id="cnt-create">{t('content.form.create')}</h2>
          <WorkForm
            initial={emptyWork(session.data?.user?.unitId)}
            edit={false}
            pending={create.isPending}
            onSubmit={(v) =>
              create.mutate(bodyOf(v, false), { onSuccess: (w) => navigate(`/content/${w.id}`) })
            }
          />
          {create.error && <ErrorNotice error={create.error} />}
        </section>
      )}
    </div>
  );
}
