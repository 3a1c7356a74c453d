// A contest's anti-cheat flags: each signal in words, and for the office a decision (cleared or confirmed) that must
// give its reason. A flag never changes a score by itself.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContestDetail, useDecideFlag } from '../../api/contest/contest.ts';
import { ErrorNotice } from '../query-state.tsx';
import { cityTime, decisions } from './codes.ts';

type Flag = ContestDetail['flags'][number];

function DecideForm({ flag }: { flag: Flag }) {
  const { t } = useTranslation();
  const decide = useDecideFlag();
  const [decision, setDecision] = useState('cleared');
  const [note, setNote] = useState('');
  return (
    <form
      className="svc-inline"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        decide.mutate({ id: flag.id, decision, note });
      }}
      data-test={`ct-flag-form-${flag.id}`}
    >
      <select
        value={decision}
        onChange={(e) => setDecision(e.target.value)}
        aria-label={t('contest.flags.decision')}
        data-test="ct-flag-decision"
      >
        {decisions.map((d) => (
          <option key={d} value={d}>
            {t(`contest.flags.decisions.${d}`)}
          </option>
        ))}
      </select>
      <input
        value={note}
        onChange={(e) => setNote(e.target.value)}
        aria-label={t('contest.flags.note')}
        placeholder={t('contest.flags.note')}
        data-test="ct-flag-note"
      />
      <button type="submit" className="svc-button" disabled={decide.isPending} data-test="ct-flag-decide">
        {t('contest.flags.decide')}
      </button>
      {decide.error && <ErrorNotice error={decide.error} testId="ct-flag-error" />}
    </form>
  );
}

export function FlagsSection({ flags, canManage }: { flags: Flag[]; canManage: boolean }) {
  const { t } = useTranslation();
  /** the signal's figures (its detail is "6 items in 5.0 s"), said in the reader's language */
  const detail = (f: Flag) => {
    const [a, b] = f.detail.match(/\d+(\.\d+)?/g) ?? [];
    return t(`contest.flags.details.${f.kind}`, { a, b });
  };
  return (
    <section aria-labelledby="ct-flags">
      <h2 id="ct-flags">{t('contest.flags.heading')}</h2>
      <p className="muted">{t('contest.flags.intro')}</p>
      {flags.length === 0 ? (
        <p className="muted">{t('contest.flags.none')}</p>
      ) : (
        <div className="svc-scroll">
          <table className="svc-table svc-text" data-test="ct-flags">
            <thead>
              <tr>
                <th scope="col">{t('contest.flags.who')}</th>
                <th scope="col">{t('contest.flags.kind')}</th>
                <th scope="col">{t('contest.flags.detail')}</th>
                <th scope="col">{t('contest.flags.at')}</th>
                <th scope="col">{t('contest.flags.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {flags.map((f) => (
                <tr key={f.id} data-test={`ct-flag-${f.kind}`}>
                  <th scope="row">{f.maskedName}</th>
                  <td>{t(`contest.flags.kinds.${f.kind}`)}</td>
                  <td>{detail(f)}</td>
                  <td>{cityTime(f.at)}</td>
                  <td>
                    {f.decision ? (
                      <span className="ct-decided" data-test="ct-flag-decided">
                        {t(`contest.flags.decisions.${f.decision}`)}：{f.note}
                      </span>
                    ) : canManage ? (
                      <DecideForm flag={f} />
                    ) : (
                      t('contest.flags.pending')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
