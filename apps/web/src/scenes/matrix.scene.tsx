// Responsibility matrix page: filters by group and unit, a legend, the tasks × units table and Excel export.
import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../api/client.ts';
import { matrixXlsxPath, useMatrix } from '../api/core/plan.ts';
import { MatrixTable } from '../components/matrix-table.tsx';
import { PlanFilters } from '../components/plan-filters.tsx';
import { EmptyNotice, ErrorNotice, PageLoading } from '../components/query-state.tsx';
import { RoleLegend } from '../components/role-mark.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useSearchParamState } from '../hooks/use-search-param.ts';

const FILTERS = ['group', 'unit'] as const;

export default function MatrixScene() {
  const { t } = useTranslation();
  usePageTitle(t('matrix.pageTitle'));
  const [filter, setFilter] = useSearchParamState(FILTERS);
  const matrix = useMatrix(filter);
  const data = matrix.data;
  const leadCount = data?.cells.filter((c) => c.role === 'lead').length ?? 0;
  const responsibleCount = (data?.cells.length ?? 0) - leadCount;

  return (
    <div className="page page-wide" data-test="matrix-page">
      <h1>{t('matrix.heading')}</h1>
      <p className="muted">{t('matrix.intro')}</p>
      <search className="filter-bar" aria-label={t('matrix.filters')}>
        <PlanFilters filter={filter} onChange={setFilter} testPrefix="matrix" />
        <div className="filter-field filter-actions">
          <Button
            type="primary"
            icon={<FileExcelOutlined aria-hidden />}
            href={apiUrl(matrixXlsxPath, filter)}
            download
            disabled={!data || data.tasks.length === 0}
            data-test="matrix-export"
          >
            {t('matrix.export', { count: data?.tasks.length ?? 0 })}
          </Button>
        </div>
      </search>
      <div className="matrix-status">
        <RoleLegend />
        {data && (
          <span aria-live="polite" data-test="matrix-count">
            {t('matrix.count', {
              tasks: data.tasks.length,
              units: data.units.length,
              leads: leadCount,
              responsible: responsibleCount,
            })}
          </span>
        )}
      </div>
      {matrix.error ? (
        <ErrorNotice error={matrix.error} />
      ) : !data ? (
        <PageLoading />
      ) : data.tasks.length === 0 ? (
        <EmptyNotice text={t('matrix.empty')} testId="matrix-empty" />
      ) : (
        <MatrixTable matrix={data} />
      )}
    </div>
  );
}
