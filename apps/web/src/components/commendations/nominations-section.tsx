// The round's nominations the reader sees: figures, the below-threshold flag and reason, state; the office reviews
// (pass, return, reject with a comment), the nominator resubmits a returned one; and the free-entry form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type NominationRecord,
  type RoundDetail,
  useNominate,
  useResubmit,
  useReview,
} from '../../api/commendations/commendations.ts';
import { ErrorNotice } from '../query-state.tsx';
import { figuresText } from './figures-text.ts';

const categories = [
  'advanced_group',
  'advanced_individual',
  'star_volunteer',
  'excellent_team',
  'excellent_base',
];
const individual = new Set(['advanced_individual', 'star_volunteer']);

export function NominationsSection({
  detail,
  canManage,
  canNominate,
}: {
  detail: RoundDetail;
  canManage: boolean;
  canNominate: boolean;
}) {
  const { t } = useTranslation();
  const review = useReview();
  const resubmit = useResubmit();
  const [comment, setComment] = useState<Record<number, string>>({});
  const open = detail.round.state === 'nominating' || detail.round.state === 'reviewing';
  const actions = (n: NominationRecord) => {
    if (canManage && open && (n.state === 'submitted' || n.state === 'passed'))
      return (
        <div className="cmd-review">
          <input
            aria-label={t('commendations.moves.comment')}
            placeholder={t('commendations.moves.comment')}
            value={comment[n.id] ?? ''}
            onChange={(e) => setComment({ ...comment, [n.id]: e.target.value })}
          />
          {(n.state === 'submitted' ? ['pass', 'return', 'reject'] : ['return', 'reject']).map((move) => (
            <button
              key={move}
              type="button"
              data-test={`cmd-${move}-${n.id}`}
              onClick={() => review.mutate({ id: n.id, move, comment: comment[n.id] ?? '' })}
            >
              {t(`commendations.moves.${move}`)}
            </button>
          ))}
        </div>
      );
    if (canNominate && open && n.state === 'returned')
      return (
        <button
          type="button"
          onClick={() => resubmit.mutate({ id: n.id })}
          data-test={`cmd-resubmit-${n.id}`}
        >
          {t('commendations.moves.resubmit')}
        </button>
      );
    return null;
  };
  return (
    <section aria-labelledby="cmd-nominations">
      <h2 id="cmd-nominations">{t('commendations.nominations.heading')}</h2>
      {review.error && <ErrorNotice error={review.error} />}
      {resubmit.error && <ErrorNotice error={resubmit.error} />}
      {detail.nominations.length === 0 && <p>{t('commendations.none')}</p>}
      {detail.nominations.length > 0 && (
        <section
          className="svc-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
          tabIndex={0}
          aria-label={t('commendations.nominations.heading')}
        >
          <table className="svc-table svc-text" data-test="cmd-nominations">
            <thead>
              <tr>
                <th scope="col">{t('commendations.nominations.name')}</th>
                <th scope="col">{t('commendations.nominations.category')}</th>
                <th scope="col">{t('commendations.nominations.citation')}</th>
                <th scope="col">{t('commendations.nominations.state')}</th>
                <th scope="col">{t('commendations.nominations.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.nominations.map((n) => (
                <tr key={n.id} data-test={`cmd-nomination-${n.id}`}>
                  <th scope="row">
                    {n.name}
                    {n.affiliation && <div className="muted">{n.affiliation}</div>}
                  </th>
                  <td>{t(`commendations.categories.${n.category}`)}</td>
                  <td>
                    {n.citation}
                    {Object.keys(n.figures).length > 0 && (
                      <div className="muted">{figuresText(t, n.figures)}</div>
                    )}
                    {n.belowThreshold && (
                      <div className="cmd-flag">
                        {t('commendations.nominations.below')}：{n.belowReason}
                      </div>
                    )}
                    {n.evidence.length > 0 && (
                      <div className="muted">{n.evidence.join(t('error.listSeparator'))}</div>
                    )}
                    <div className="muted">
                      {t('commendations.nominations.by')} {n.createdBy}
                    </div>
                  </td>
                  <td data-test={`cmd-state-${n.id}`}>
                    {t(`commendations.state.${n.state}`)}
                    {n.comment && <div className="muted">{n.comment}</div>}
                  </td>
                  <td>{actions(n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {canNominate && detail.round.state === 'nominating' && <FreeNomination roundId={detail.round.id} />}
      <h3>{t('commendations.moves.log')}</h3>
      <ul className="cmd-log" data-test="cmd-log">
        {detail.events.map((e) => (
          <li key={`${e.entity}-${e.entityId}-${e.at}-${e.move}`}>
            {t('commendations.moves.logLine', {
              at: e.at.slice(0, 16).replace('T', ' '),
              by: e.by,
              from: t(`commendations.state.${e.fromState}`),
              to: t(`commendations.state.${e.toState}`),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FreeNomination({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const nominate = useNominate(roundId);
  const [f, setF] = useState({
    category: 'advanced_group',
    name: '',
    affiliation: '',
    citation: '',
    evidence: '',
    belowReason: '',
    consent: false,
  });
  const set = (k: keyof typeof f, v: string | boolean) => setF({ ...f, [k]: v });
  return (
    <form
      className="vol-form cmd-form"
      data-test="cmd-free"
      onSubmit={(e) => {
        e.preventDefault();
        nominate.mutate({
          category: f.category,
          subjectKind: 'free',
          name: f.name,
          affiliation: f.affiliation,
          citation: f.citation,
          evidence: f.evidence
            .split('\n')
            .map((x) => x.trim())
            .filter(Boolean),
          belowReason: f.belowReason,
          publicConsent: individual.has(f.category) && f.consent,
        });
      }}
    >
      <h3>{t('commendations.nominations.free')}</h3>
      <label>
        {t('commendations.nominations.category')}
        <select value={f.category} onChange={(e) => set('category', e.target.value)}>
          {categories.map((c) => (
            <option key={c} value={c}>
              {t(`commendations.categories.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('commendations.nominations.name')}
        <input value={f.name} onChange={(e) => set('name', e.target.value)} />
      </label>
      <label>
        {t('commendations.nominations.affiliation')}
        <input value={f.affiliation} onChange={(e) => set('affiliation', e.target.value)} />
      </label>
      {individual.has(f.category) && (
        <label className="check">
          <input type="checkbox" checked={f.consent} onChange={(e) => set('consent', e.target.checked)} />
          {t('commendations.nominations.consent')}
        </label>
      )}
      <label>
        {t('commendations.nominations.citation')}
        <textarea rows={3} value={f.citation} onChange={(e) => set('citation', e.target.value)} />
      </label>
      <label>
        {t('commendations.nominations.evidence')}
        <textarea rows={2} value={f.evidence} onChange={(e) => set('evidence', e.target.value)} />
      </label>
      <label>
        {t('commendations.nominations.belowReason')}
        <input value={f.belowReason} onChange={(e) => set('belowReason', e.target.value)} />
      </label>
      <button type="submit" disabled={nominate.isPending}>
        {t('commendations.nominations.submit')}
      </button>
      {nominate.isSuccess && (
        <output className="vol-status">{t('commendations.nominations.submitted')}</output>
      )}
      {nominate.error && <ErrorNotice error={nominate.error} />}
    </form>
  );
}
