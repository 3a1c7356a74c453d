// Pivot table: the user picks rows, columns, a group and years; cells come straight from the saved figures.
import { Select } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { usePivot } from '../../api/indicators/analysis.ts';
import type { Pivot, PivotCell, PivotDim } from '../../api/indicators/types.ts';
import { FiledLine } from '../../components/indicators/filed-line.tsx';
import { formatNumber, IndTabs } from '../../components/indicators/ind-tabs.tsx';
import { StageNote, StageSelect, stageParam } from '../../components/indicators/stage-select.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { EmptyNotice, ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { pivotNotes, rootNames, rowPerArea } from './pivot-notes.ts';
import { useIndYear } from './use-year.ts';
import './indicators.css';

const DIMS: PivotDim[] = ['area', 'deptType', 'year', 'group', 'item', 'option'];

function labeller(p: Pivot, t: TFunction, en: boolean) {
  const direct = rootNames(p, t).direct;
  return (dim: PivotDim, v: string | number | undefined) => {
    const s = String(v ?? '');
    if (dim === 'area') return p.labels.area[s]?.direct ? direct : (p.labels.area[s]?.name ?? s);
    if (dim === 'item')
      return p.labels.item[s] ? `${s} ${en ? p.labels.item[s].en : p.labels.item[s].zh}` : s;
    if (dim === 'option')
      return s === '' ? t('ind.pivot.total') : ((en ? p.labels.option[s]?.en : p.labels.option[s]?.zh) ?? s);
    if (dim === 'deptType') return t(`ind.dept.${s}`, { defaultValue: s });
    if (dim === 'group') return t(`ind.group.${s}`, { defaultValue: s });
    return s;
  };
}

const keyOf = (c: PivotCell, dims: PivotDim[]) => dims.map((d) => String(c[d] ?? '')).join('|');

export default function IndicatorPivotScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('ind.pivot.heading'));
  const { year, years, params, set } = useIndYear(['rows', 'cols', 'group', 'years', 'stage']);
  const rows = params.rows ?? 'area';
  const cols = params.cols ?? 'item';
  const group = params.group ?? 'P';
  const chosen = params.years ? params.years.split(',').map(Number).filter(Boolean) : year ? [year] : [];
  const stage = stageParam(params.stage);
  const pivot = usePivot({
    year: chosen.length ? Math.max(...chosen) : year,
    rows,
    cols,
    group: group === 'all' ? undefined : group,
    years: chosen.join(',') || undefined,
    stage,
  });
  const en = i18n.language === 'en';
  const p = pivot.data;
  const rowDims = rows.split(',') as PivotDim[];
  const colDims = cols.split(',') as PivotDim[];
  const dimOptions = DIMS.map((d) => ({ value: d, label: t(`ind.pivot.dim.${d}`) }));

  let table = null;
  if (p && p.cells.length) {
    const label = labeller(p, t, en);
    const sortKeys = (dims: PivotDim[]) => {
      const seen = new Map<string, PivotCell>();
      if (dims === rowDims && rowPerArea(p))
        for (const area of Object.keys(p.labels.area)) seen.set(area, { area, value: 0, units: 0 });
      for (const c of p.cells) seen.set(keyOf(c, dims), c);
      const itemOrder = Object.keys(p.labels.item);
      return [...seen.entries()].sort(([, a], [, b]) => {
        for (const d of dims) {
          const x = d === 'item' ? itemOrder.indexOf(String(a.item)) : String(a[d] ?? '');
          const y = d === 'item' ? itemOrder.indexOf(String(b.item)) : String(b[d] ?? '');
          if (x < y) return -1;
          if (x > y) return 1;
        }
        return 0;
      });
    };
    const rowKeys = sortKeys(rowDims);
    const colKeys = sortKeys(colDims);
    const value = new Map(p.cells.map((c) => [`${keyOf(c, rowDims)}#${keyOf(c, colDims)}`, c.value]));
    const total = new Map(p.totals.map((c) => [keyOf(c, colDims), c.value]));
    const notes = pivotNotes(p, t, en);
    const isDirect = (r: PivotCell) => rowDims.includes('area') && r.area === p.root.code;
    table = (
      <>
        <div
          className="ind-pivot-wrap"
          tabIndex={0}
          role="region"
          aria-label={t('ind.pivot.tableLabel', {
            rows: rowDims.map((d) => t(`ind.pivot.dim.${d}`)).join('/'),
            cols: colDims.map((d) => t(`ind.pivot.dim.${d}`)).join('/'),
          })}
        >
          <table className="ind-pivot" data-test="ind-pivot-table">
            <thead>
              <tr>
                {rowDims.map((d) => (
                  <th key={d} scope="col">
                    {t(`ind.pivot.dim.${d}`)}
                  </th>
                ))}
                {colKeys.map(([k, c]) => (
                  <th key={k} scope="col">
                    {colDims.map((d) => label(d, c[d])).join(' · ')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rowKeys.map(([rk, r]) => (
                <tr key={rk} data-test={`ind-pivot-row-${rk}`}>
                  {rowDims.map((d) => (
                    <th
                      key={d}
                      scope="row"
                      title={d === 'area' && isDirect(r) ? (notes.direct ?? undefined) : undefined}
                    >
                      {label(d, r[d])}
                    </th>
                  ))}
                  {colKeys.map(([ck]) => (
                    <td key={ck} className="ind-num" data-test={`ind-pivot-cell-${rk}-${ck}`}>
                      {formatNumber(i18n.language, value.get(`${rk}#${ck}`))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="ind-total-row" data-test="ind-pivot-total-row">
                <th scope="row" colSpan={rowDims.length} title={notes.total}>
                  {rootNames(p, t).total}
                </th>
                {colKeys.map(([ck]) => (
                  <td key={ck} className="ind-num" data-test={`ind-pivot-total-${ck}`}>
                    {formatNumber(i18n.language, total.get(ck))}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
        <ul className="muted" data-test="ind-pivot-notes">
          {[notes.direct, notes.total, notes.stocks].filter(Boolean).map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <div className="page page-wide" data-test="ind-pivot">
      <h1>{t('ind.pivot.heading')}</h1>
      <p className="muted">{t('ind.pivot.intro')}</p>
      <IndTabs />
      <search className="ind-filters" aria-label={t('ind.pivot.heading')}>
        <label>
          {t('ind.pivot.rows')}
          <Select
            mode="multiple"
            maxCount={2}
            value={rowDims}
            onChange={(v: string[]) => v.length && set('rows', v.join(','))}
            options={dimOptions}
            aria-label={t('ind.pivot.rows')}
            data-test="ind-pivot-rows"
          />
        </label>
        <label>
          {t('ind.pivot.cols')}
          <Select
            mode="multiple"
            maxCount={2}
            value={colDims}
            onChange={(v: string[]) => v.length && set('cols', v.join(','))}
            options={dimOptions}
            aria-label={t('ind.pivot.cols')}
            data-test="ind-pivot-cols"
          />
        </label>
        <label>
          {t('ind.pivot.group')}
          <NativeSelect
            value={group}
            onChange={(v) => set('group', v)}
            aria-label={t('ind.pivot.group')}
            data-test="ind-pivot-group"
            options={[
              { value: 'all', label: t('ind.pivot.allGroups') },
              ...(['P', 'V', 'F', 'M', 'A', 'E'] as const).map((g) => ({
                value: g,
                label: t(`ind.group.${g}`),
              })),
            ]}
          />
        </label>
        <label>
          {t('ind.pivot.years')}
          <Select
            mode="multiple"
            value={chosen}
            onChange={(v: number[]) => v.length && set('years', v.join(','))}
            options={years.map((f) => ({ value: f.year, label: String(f.year) }))}
            aria-label={t('ind.pivot.years')}
            data-test="ind-pivot-years"
          />
        </label>
        <StageSelect value={stage} onChange={(v) => set('stage', v)} />
      </search>
      {p && <StageNote stage={p.stage} />}
      {p?.years.map((y) => (
        <FiledLine key={y} year={y} stage={stage} withYear={p.years.length > 1} />
      ))}
      {pivot.error ? (
        <ErrorNotice error={pivot.error} />
      ) : !p ? (
        <PageLoading />
      ) : p.cells.length === 0 ? (
        <EmptyNotice text={t('ind.pivot.empty')} />
      ) : (
        table
      )}
    </div>
  );
}
