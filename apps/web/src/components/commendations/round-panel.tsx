// A round's state and the office's moves: close nominations, record the decision (number and date), publish; and
// the thresholds, which the office edits while nominations are open (others read them).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type RoundRecord,
  type Thresholds,
  useMoveRound,
  useSetThresholds,
} from '../../api/commendations/commendations.ts';
import { DateField } from '../date-field.tsx';

const categories = [
  'advanced_group',
  'advanced_individual',
  'star_volunteer',
  'excellent_team',
  'excellent_base',
] as const satisfies readonly (keyof Thresholds)[];

import { ErrorNotice } from '../query-state.tsx';

export function RoundPanel({ round, canManage }: { round: RoundRecord; canManage: boolean }) {
  const { t } = useTranslation();
  const move = useMoveRound(round.id);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  return (
    <section aria-labelledby="cmd-round">
      <h2 id="cmd-round">
        {round.title}{' '}
        <span className="cmd-state" data-test="cmd-round-state">
          {t(`commendations.state.${round.state}`)}
        </span>
      </h2>
      <p className="muted">
        {t('commendations.rounds.period', { from: round.periodFrom, to: round.periodTo })}
      </p>
      {round.decisionNumber && (
        <p>{t('commendations.moves.decision', { number: round.decisionNumber, date: round.decisionDate })}</p>
      )}
      {canManage && round.state === 'nominating' && (
        <button type="button" data-test="cmd-close" onClick={() => move.mutate({ move: 'close' })}>
          {t('commendations.moves.close')}
        </button>
      )}
      {canManage && round.state === 'reviewing' && (
        <form
          className="svc-inline"
          onSubmit={(e) => {
            e.preventDefault();
            move.mutate({ move: 'decide', decisionNumber: number, decisionDate: date });
          }}
        >
          <label>
            {t('commendations.moves.decisionNumber')}
            <input
              value={number}
              onChange={(e) => setNumber(e.target.value)}
              data-test="cmd-decision-number"
            />
          </label>
          <span>
            {t('commendations.moves.decisionDate')}
            <DateField value={date} onChange={(v) => setDate(v ?? '')} testId="cmd-decision-date" />
          </span>
          <button type="submit" data-test="cmd-decide">
            {t('commendations.moves.decide')}
          </button>
        </form>
      )}
      {canManage && round.state === 'decided' && (
        <button type="button" data-test="cmd-publish" onClick={() => move.mutate({ move: 'publish' })}>
          {t('commendations.moves.publish')}
        </button>
      )}
      {round.state === 'published' && (
        <p>
          <a href={`/portal/commendations?year=${round.year}`} data-test="cmd-portal-link">
            {t('commendations.portal')}
          </a>
        </p>
      )}
      {move.error && <ErrorNotice error={move.error} />}
      <ThresholdsForm round={round} canEdit={canManage && round.state === 'nominating'} />
    </section>
  );
}

function ThresholdsForm({ round, canEdit }: { round: RoundRecord; canEdit: boolean }) {
  const { t } = useTranslation();
  const save = useSetThresholds(round.id);
  const [draft, setDraft] = useState<Thresholds>(round.thresholds);
  useEffect(() => setDraft(round.thresholds), [round.thresholds]);
  const setMin = (category: keyof Thresholds, i: number, value: string) =>
    setDraft({
      ...draft,
      [category]: draft[category].map((r, j) =>
        j === i && r.metric !== 'grade' ? { ...r, min: Number(value) } : r,
      ),
    });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(draft);
      }}
    >
      <h3>{t('commendations.thresholds.heading')}</h3>
      <p className="muted">{t('commendations.thresholds.hint')}</p>
      <ul className="cmd-rules" data-test="cmd-thresholds">
        {categories.map((category) => (
          <li key={category}>
            <strong>{t(`commendations.categories.${category}`)}</strong>
            {draft[category].length === 0 && (
              <span className="muted"> {t('commendations.thresholds.none')}</span>
            )}
            {draft[category].map((r, i) =>
              r.metric === 'grade' ? (
                <span key={r.metric}>
                  {' '}
                  {t('commendations.thresholds.grade')} {r.equals}
                </span>
              ) : (
                <label key={r.metric}>
                  {t(`commendations.metrics.${r.metric}`)} ≥
                  <input
                    inputMode="numeric"
                    size={4}
                    value={r.min}
                    readOnly={!canEdit}
                    onChange={(e) => setMin(category, i, e.target.value)}
                    data-test={`cmd-min-${category}-${r.metric}`}
                  />
                </label>
              ),
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <button type="submit" disabled={save.isPending}>
          {t('commendations.thresholds.save')}
        </button>
      )}
      {save.isSuccess && <output className="vol-status">{t('commendations.thresholds.saved')}</output>}
      {save.error && <ErrorNotice error={save.error} />}
    </form>
  );
}
