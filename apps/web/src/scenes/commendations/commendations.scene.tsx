// 表彰评选: the year's round (state, moves, thresholds), the candidates the data suggests, the nominations and their
// review, the log; the office opens a round a year.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateRound, useRound, useRounds } from '../../api/commendations/commendations.ts';
import { useAbilities } from '../../api/core/session.ts';
import { CandidatesSection } from '../../components/commendations/candidates-section.tsx';
import { NominationsSection } from '../../components/commendations/nominations-section.tsx';
import { RoundPanel } from '../../components/commendations/round-panel.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/volunteers/volunteers.css';
import '../../components/commendations/commendations.css';

export default function CommendationsScene() {
  const { t } = useTranslation();
  usePageTitle(t('commendations.heading'));
  const abilities = useAbilities();
  const rounds = useRounds();
  const [chosen, setChosen] = useState<number | null>(null);
  const id = chosen ?? rounds.data?.[0]?.id ?? null;
  const detail = useRound(id);
  if (rounds.error) return <ErrorNotice error={rounds.error} />;
  if (!rounds.data) return <PageLoading />;
  const canManage = abilities['cmd.manage'];
  const canNominate = abilities['cmd.nominate'];
  return (
    <div className="page page-wide svc" data-test="cmd-home">
      <h1>{t('commendations.heading')}</h1>
      <p className="muted">{t('commendations.intro')}</p>
      <section aria-labelledby="cmd-rounds">
        <h2 id="cmd-rounds">{t('commendations.rounds.heading')}</h2>
        {rounds.data.length > 0 && (
          <label>
            {t('commendations.rounds.choose')}{' '}
            <select
              value={id ?? ''}
              onChange={(e) => setChosen(Number(e.target.value))}
              data-test="cmd-round-select"
            >
              {rounds.data.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.year} · {r.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {canManage && <NewRound />}
      </section>
      {detail.error && <ErrorNotice error={detail.error} />}
      {detail.data && (
        <>
          <RoundPanel round={detail.data.round} canManage={canManage} />
          {detail.data.round.state === 'nominating' && (
            <CandidatesSection roundId={detail.data.round.id} canNominate={canNominate} />
          )}
          <NominationsSection detail={detail.data} canManage={canManage} canNominate={canNominate} />
        </>
      )}
    </div>
  );
}

function NewRound() {
  const { t } = useTranslation();
  const create = useCreateRound();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [title, setTitle] = useState('');
  return (
    <form
      className="svc-inline cmd-new-round"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ year: Number(year), title });
      }}
    >
      <label>
        {t('commendations.rounds.year')}
        <input inputMode="numeric" size={5} value={year} onChange={(e) => setYear(e.target.value)} />
      </label>
      <label>
        {t('commendations.rounds.title')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} data-test="cmd-round-title" />
      </label>
      <button type="submit" disabled={create.isPending}>
        {t('commendations.rounds.create')}
      </button>
      {create.error && <ErrorNotice error={create.error} />}
    </form>
  );
}
