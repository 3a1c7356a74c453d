// A contest's results for the office: papers drawn and submitted, players, mean and best score, papers by target
// group, and participation by district (the districts map shaded by players, and the table with every district).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContestDetail } from '../../api/contest/contest.ts';

export function ResultsPanel({ d }: { d: ContestDetail }) {
  const { t } = useTranslation();
  const [map, setMap] = useState(true);
  const r = d.results;
  const figures = [
    ['started', r.started],
    ['papers', r.papers],
    ['players', r.players],
    ['meanScore', r.meanScore],
    ['bestScore', r.bestScore],
  ] as const;
  return (
    <>
      <section aria-labelledby="ct-results">
        <h2 id="ct-results">{t('contest.detail.results')}</h2>
        <ul className="ct-figures" data-test="ct-results">
          {figures.map(([k, v]) => (
            <li key={k} data-test={`ct-figure-${k}`}>
              {t(`contest.detail.${k}`)}
              <strong>{v}</strong>
            </li>
          ))}
        </ul>
        {r.byGroup.length > 0 && (
          <p data-test="ct-by-group">
            {t('contest.detail.byGroup')}：
            {r.byGroup.map((g) => `${t(`services.groups.${g.group}`)} ${g.papers}`).join('、')}
          </p>
        )}
      </section>
      <section aria-labelledby="ct-participation">
        <h2 id="ct-participation">{t('contest.detail.participation')}</h2>
        {map && (
          <img
            className="svc-map"
            src={`/api/contest/contests/${d.contest.id}/map.svg?papers=${r.papers}`}
            alt={t('contest.detail.mapAlt', { title: d.contest.title })}
            onError={() => setMap(false)}
            data-test="ct-map"
          />
        )}
        <div className="svc-scroll">
          <table className="svc-table" data-test="ct-participation">
            <thead>
              <tr>
                <th scope="col">{t('contest.detail.district')}</th>
                <th scope="col">{t('contest.detail.districtPlayers')}</th>
                <th scope="col">{t('contest.detail.districtPapers')}</th>
                <th scope="col">{t('contest.detail.districtMean')}</th>
              </tr>
            </thead>
            <tbody>
              {d.participation.map((p) => (
                <tr key={p.district} data-test={`ct-district-${p.district}`}>
                  <th scope="row">{p.districtName}</th>
                  <td>{p.players}</td>
                  <td>{p.attempts}</td>
                  <td>{p.attempts ? p.meanScore : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
