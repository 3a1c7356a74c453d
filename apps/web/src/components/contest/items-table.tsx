// The item bank a page at a time: each item's question, kind, topic, difficulty, groups, review state and open error
// reports, with the review moves and an edit link for the office.
import type { ItemReview } from '@kepu/domain/contest';
import { useTranslation } from 'react-i18next';
import { type QuizItem, useReviewItem } from '../../api/contest/contest.ts';
import { usePaged } from '../list-pager.tsx';
import { ErrorNotice } from '../query-state.tsx';

/** The moves from each review state: approve a draft, return an approved or retired item to draft, retire. */
const moves: Record<ItemReview, [ItemReview, string][]> = {
  draft: [
    ['approved', 'approve'],
    ['retired', 'retire'],
  ],
  approved: [
    ['draft', 'return'],
    ['retired', 'retire'],
  ],
  retired: [['draft', 'return']],
};

export function ItemsTable(p: {
  items: QuizItem[];
  canManage: boolean;
  onEdit: (item: QuizItem) => void;
  onReports: (item: QuizItem) => void;
}) {
  const { t } = useTranslation();
  const review = useReviewItem();
  const { rows, pager } = usePaged(p.items, 20, t('contest.items.heading'));
  return (
    <>
      <div className="svc-scroll">
        <table className="svc-table svc-text" data-test="ct-items">
          <thead>
            <tr>
              <th scope="col">{t('contest.items.stem')}</th>
              <th scope="col">{t('contest.items.kind')}</th>
              <th scope="col">{t('contest.items.topic')}</th>
              <th scope="col">{t('contest.items.difficulty')}</th>
              <th scope="col">{t('contest.items.groups')}</th>
              <th scope="col">{t('contest.items.review')}</th>
              <th scope="col">{t('contest.items.reports')}</th>
              {p.canManage && <th scope="col">{t('contest.items.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => (
              <tr key={i.id} data-test={`ct-item-${i.id}`}>
                <th scope="row" className="ct-stem">
                  {i.stem}
                  {i.demo && <span className="svc-demo">{t('contest.demo')}</span>}
                </th>
                <td>{t(`contest.kinds.${i.kind}`)}</td>
                <td>{i.topic}</td>
                <td>{t(`contest.difficulties.${i.difficulty}`)}</td>
                <td>{i.targetGroups.map((g) => t(`services.groups.${g}`)).join('、')}</td>
                <td data-test="ct-item-review">{t(`contest.reviews.${i.review}`)}</td>
                <td>
                  <button
                    type="button"
                    className="ct-link"
                    onClick={() => p.onReports(i)}
                    data-test="ct-item-reports"
                  >
                    {i.reports}
                  </button>
                </td>
                {p.canManage && (
                  <td>
                    <span className="svc-inline">
                      <button type="button" className="svc-button secondary" onClick={() => p.onEdit(i)}>
                        {t('contest.edit')}
                      </button>
                      {moves[i.review].map(([to, word]) => (
                        <button
                          key={to}
                          type="button"
                          className="svc-button secondary"
                          disabled={review.isPending}
                          onClick={() => review.mutate({ id: i.id, review: to })}
                          data-test={`ct-item-${word}`}
                        >
                          {t(`contest.items.${word}`)}
                        </button>
                      ))}
                    </span>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager}
      {review.error && <ErrorNotice error={review.error} />}
    </>
  );
}
