// Candidates the data suggests (with their figures), and the form that nominates one with a citation and evidence.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Candidate, useCandidates, useNominate } from '../../api/commendations/commendations.ts';
import { ErrorNotice } from '../query-state.tsx';
import { figuresText } from './figures-text.ts';

const keyOf = (c: Candidate) => `${c.category}:${c.subjectId}`;
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

export function CandidatesSection({ roundId, canNominate }: { roundId: number; canNominate: boolean }) {
  const { t } = useTranslation();
  const list = useCandidates(roundId);
  const nominate = useNominate(roundId);
  const [chosen, setChosen] = useState<Candidate | null>(null);
  const [citation, setCitation] = useState('');
  const [evidence, setEvidence] = useState('');
  const choose = (c: Candidate) => {
    setChosen(c);
    setCitation(
      t('commendations.candidates.defaultCitation', { name: c.name, figures: figuresText(t, c.figures) }),
    );
    nominate.reset();
  };
  return (
    <section aria-labelledby="cmd-candidates">
      <h2 id="cmd-candidates">{t('commendations.candidates.heading')}</h2>
      <p className="muted">{t('commendations.candidates.hint')}</p>
      {list.error && <ErrorNotice error={list.error} />}
      {list.data?.length === 0 && <p>{t('commendations.none')}</p>}
      {!!list.data?.length && (
        <section
          className="svc-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
          tabIndex={0}
          aria-label={t('commendations.candidates.heading')}
        >
          <table className="svc-table svc-text" data-test="cmd-candidates">
            <thead>
              <tr>
                <th scope="col">{t('commendations.candidates.name')}</th>
                <th scope="col">{t('commendations.candidates.category')}</th>
                <th scope="col">{t('commendations.candidates.affiliation')}</th>
                <th scope="col">{t('commendations.candidates.figures')}</th>
                {canNominate && <th scope="col">{t('commendations.candidates.nominate')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.data.map((c) => (
                <tr key={keyOf(c)} data-test={`cmd-candidate-${c.subjectKind}-${c.subjectId}`}>
                  <th scope="row">{c.name}</th>
                  <td>{t(`commendations.categories.${c.category}`)}</td>
                  <td>{c.affiliation}</td>
                  <td>{figuresText(t, c.figures)}</td>
                  {canNominate && (
                    <td>
                      {c.nominated ? (
                        t('commendations.candidates.nominated')
                      ) : (
                        <button type="button" onClick={() => choose(c)} data-test="cmd-choose">
                          {t('commendations.candidates.nominate')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {chosen && canNominate && (
        <form
          className="vol-form cmd-form"
          onSubmit={(e) => {
            e.preventDefault();
            nominate.mutate(
              {
                category: chosen.category,
                subjectKind: chosen.subjectKind,
                subjectId: chosen.subjectId,
                citation,
                evidence: lines(evidence),
              },
              { onSuccess: () => setChosen(null) },
            );
          }}
        >
          <h3>{t('commendations.candidates.nominateWho', { name: chosen.name })}</h3>
          <label>
            {t('commendations.candidates.citation')}
            <textarea
              rows={3}
              value={citation}
              onChange={(e) => setCitation(e.target.value)}
              data-test="cmd-citation"
            />
          </label>
          <label>
            {t('commendations.nominations.evidence')}
            <textarea rows={2} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
          </label>
          <button type="submit" disabled={nominate.isPending} data-test="cmd-nominate">
            {t('commendations.nominations.submit')}
          </button>
        </form>
      )}
      {nominate.isSuccess && (
        <output className="vol-status">{t('commendations.nominations.submitted')}</output>
      )}
      {nominate.error && <ErrorNotice error={nominate.error} />}
    </section>
  );
}
