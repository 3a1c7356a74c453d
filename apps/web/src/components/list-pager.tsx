// A long list shown a page at a time, always saying how many there are: nothing beyond the first page goes unseen.
import { Pagination } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The rows of the current page, and the pager to put under the list (null when one page holds them all). */
export function usePaged<T>(items: readonly T[], pageSize = 20, label?: string) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pages); // the list may shrink (a report reviewed) while on its last page
  const rows = items.slice((current - 1) * pageSize, current * pageSize);
  const pager = (
    <div className="list-pager" data-test="list-pager">
      <span className="muted" data-test="list-total">
        {t('common.total', { count: items.length })}
      </span>
      {pages > 1 && (
        <Pagination
          size="small"
          current={current}
          pageSize={pageSize}
          total={items.length}
          showSizeChanger={false}
          onChange={setPage}
          aria-label={label}
        />
      )}
    </div>
  );
  return { rows, pager };
}
