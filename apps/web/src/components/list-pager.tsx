// A long list shown a page at a time, always saying how many there are: nothing beyond the first page goes unseen.
import { Pagination } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  label?: string;
}

/** The total and, past one page, the page links: for a list the server pages (the audit log) or usePaged. */
export function ListPager({ page, pageSize, total, onChange, label }: PagerProps) {
  const { t } = useTranslation();
  return (
    <div className="list-pager" data-test="list-pager">
      <span className="muted" data-test="list-total">
        {t('common.total', { count: total })}
      </span>
      {total > pageSize && (
        <Pagination
          size="small"
          current={page}
          pageSize={pageSize}
          total={total}
          showSizeChanger={false}
          onChange={onChange}
          aria-label={label}
        />
      )}
    </div>
  );
}

/** The rows of the current page, and the pager to put under the list (null when one page holds them all). */
export function usePaged<T>(items: readonly T[], pageSize = 20, label?: string) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pages); // the list may shrink (a report reviewed) while on its last page
  const rows = items.slice((current - 1) * pageSize, current * pageSize);
  const pager = (
    <ListPager page={current} pageSize={pageSize} total={items.length} onChange={setPage} label={label} />
  );
  return { rows, pager };
}
