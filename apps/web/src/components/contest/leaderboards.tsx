// The live leaderboards of a contest (people with names masked, units, districts), asked again every few seconds
// while the page is open, as the players' page does.
import type { BoardKind } from '@kepu/domain/contest';
import { useTranslation } from 'react-i18next';
import { LIVE_MS, useBoard } from '../../api/contest/contest.ts';
import { ErrorNotice } from '../query-state.tsx';
import { boardKinds } from './codes.ts';

function Board({ id, by }: { id: number; by: BoardKind }) {
  const { t } = useTranslation();
  const board = useBoard(id, by);
  return (
    <div>
      <h3 id={`ct-board-${by}`}>{t(`contest.detail.boardKinds.${by}`)}</h3>
      {board.error ? (
        <ErrorNotice error={board.error} />
      ) : !board.data?.length ? (
        <p className="muted">{board.data ? t('contest.detail.noBoard') : '…'}</p>
      ) : (
        <table className="svc-table" aria-labelledby={`ct-board-${by}`} data-test={`ct-board-${by}`}>
          <thead>
            <tr>
              <th scope="col">{t('contest.detail.rank')}</th>
              <th scope="col">{t('contest.detail.name')}</th>
              <th scope="col">{t('contest.detail.score')}</th>
            </tr>
          </thead>
          <tbody>
            {board.data.slice(0, 10).map((r, k) => (
              <tr key={r.key}>
                <td>{k + 1}</td>
                <th scope="row">{r.label}</th>
                <td>{r.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function Leaderboards({ id, teams = false }: { id: number; teams?: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="ct-boards">
      <h2 id="ct-boards">{t('contest.detail.boards')}</h2>
      <p className="muted">{t('contest.live', { seconds: LIVE_MS / 1000 })}</p>
      <div className="ct-boards">
        {boardKinds
          .filter((by) => teams || by !== 'team')
          .map((by) => (
            <Board key={by} id={id} by={by} />
          ))}
      </div>
    </section>
  );
}
