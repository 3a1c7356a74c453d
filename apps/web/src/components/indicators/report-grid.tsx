// The entry grid of one unit's yearly form: a jump list of the six groups, then each group's items as a table
// (a list on phones), every value through `valueInput`; the items a failed rule reads are marked (red: a hard rule to
// correct, orange: a soft one to explain), and after a refused submit they stand out (`flagged`).
import { Input, Table } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import type { IndForm, IndItem, Violation } from '../../api/indicators/types.ts';
import { InputNumber } from '../number-input.tsx';
import { formatNumber } from './ind-tabs.tsx';

export type Key = string;
export const keyOf = (item: string, option: string) => `${item}/${option}`;
export interface GridRow {
  key: Key;
  item: IndItem;
  option: string;
  label: string;
  sub: boolean;
}

export function rowsOf(form: IndForm, en: boolean): GridRow[] {
  return form.items
    .filter((i) => !i.retired)
    .flatMap((item) => {
      const name = en ? item.en : item.zh;
      const options = item.breakdown
        ? (form.breakdowns.find((b) => b.code === item.breakdown)?.options ?? [])
        : [null];
      return options.map((o) => ({
        key: keyOf(item.code, o?.code ?? ''),
        item,
        option: o?.code ?? '',
        label: o ? `${name} · ${en ? o.en : o.zh}` : name,
        sub: item.parent !== null,
      }));
    });
}

export type CellMark = 'bad' | 'warn';

/** Each item a failed rule reads, red where a hard rule fails (it wins over a soft one on the same item). */
export function cellMarks(
  violations: readonly { severity: string; items: string[] }[],
): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const v of violations)
    for (const item of v.items)
      if (marks.get(item) !== 'bad') marks.set(item, v.severity === 'hard' ? 'bad' : 'warn');
  return marks;
}

/** What a refused submit (or save) names: the figures of the rules it cites, the items it lists, and every other
 *  failed rule's figures, so the soft-warned cells show too. */
export function refusedMarks(
  error: unknown,
  violations: readonly { severity: string; items: string[] }[],
): Map<string, CellMark> {
  const details = error instanceof ApiError ? error.details : {};
  const cited = Array.isArray(details.violations) ? (details.violations as Violation[]) : [];
  const marks = cellMarks([...violations, ...cited]);
  for (const i of Array.isArray(details.issues) ? (details.issues as { item?: unknown }[]) : [])
    if (typeof i.item === 'string' && !marks.has(i.item)) marks.set(i.item, 'bad');
  return marks;
}

/** Brings the first marked cell (in the grid's order) into view and puts the cursor in it. */
export function showFirstMarked(rows: readonly GridRow[], marks: Map<string, CellMark>) {
  const first = rows.find((r) => marks.has(r.item.code));
  const cell = first && document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(first.key)}"]`);
  if (!cell) return;
  cell.scrollIntoView({ block: 'center' });
  cell.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
}

interface ReportGridProps {
  rows: GridRow[];
  phone: boolean;
  marks: Map<string, CellMark>;
  /** a submit was just refused: the marked cells stand out */
  flagged: boolean;
  valueInput: (row: GridRow) => ReactNode;
}

export function ReportGrid({ rows, phone, marks, flagged, valueInput }: ReportGridProps) {
  const { t } = useTranslation();
  const markOf = (r: GridRow) => {
    const mark = marks.get(r.item.code);
    return mark ? `ind-cell-${mark}${flagged ? ' ind-cell-flagged' : ''}` : '';
  };
  return (
    <>
      <nav className="ind-jump" aria-label={t('ind.grid.groups')}>
        {(['P', 'V', 'F', 'M', 'A', 'E'] as const).map((g) => (
          <a key={g} href={`#ind-group-${g}`}>
            {t(`ind.group.${g}`)}
          </a>
        ))}
      </nav>
      {(['P', 'V', 'F', 'M', 'A', 'E'] as const).map((g) => {
        const groupRows = rows.filter((r) => r.item.group === g);
        if (!groupRows.length) return null;
        return (
          <section key={g} className="ind-grid-group" data-test={`ind-group-${g}`}>
            <h2 id={`ind-group-${g}`}>{t(`ind.group.${g}`)}</h2>
            {phone ? (
              <ul className="ind-phone-list">
                {groupRows.map((r) => (
                  <li
                    key={r.key}
                    className={`${markOf(r)} ${r.sub ? 'ind-phone-sub' : ''}`}
                    data-cell={r.key}
                  >
                    <span id={`lbl-${r.key}`} className="ind-phone-label">
                      {r.label}
                      <span className="muted">
                        {' '}
                        {r.item.code}
                        {r.item.unit ? ` · ${r.item.unit}` : ''}
                      </span>
                    </span>
                    {valueInput(r)}
                  </li>
                ))}
              </ul>
            ) : (
              <Table<GridRow>
                className="ind-grid"
                rowKey="key"
                size="small"
                pagination={false}
                scroll={{ x: true }}
                dataSource={groupRows}
                rowClassName={(r) => (r.sub ? 'ind-grid-row-sub' : '')}
                columns={[
                  { title: t('ind.grid.code'), key: 'code', width: 90, render: (_, r) => r.item.code },
                  {
                    title: t('ind.grid.item'),
                    key: 'item',
                    render: (_, r) => <span id={`lbl-${r.key}`}>{r.label}</span>,
                  },
                  { title: t('ind.grid.unit'), key: 'unit', width: 80, render: (_, r) => r.item.unit },
                  {
                    title: t('ind.grid.value'),
                    key: 'value',
                    width: 200,
                    onCell: (r) =>
                      ({ className: markOf(r), 'data-cell': r.key }) as HTMLAttributes<HTMLElement>,
                    render: (_, r) => valueInput(r),
                  },
                ]}
              />
            )}
          </section>
        );
      })}
    </>
  );
}

interface ValueInputProps {
  row: GridRow;
  value: number | string | null;
  editable: boolean;
  onChange: (value: number | string | null) => void;
}

/** One figure: text as it was entered, numbers in the reader's format; an input while the report may be edited. */
export function ValueInput({ row: r, value: v, editable, onChange }: ValueInputProps) {
  const { i18n } = useTranslation();
  const test = `ind-cell-${r.item.code}${r.option ? `-${r.option}` : ''}`;
  if (!editable)
    return (
      <span className="ind-num" data-test={test}>
        {r.item.valueType === 'text' ? String(v ?? '') : formatNumber(i18n.language, v as number | null)}
      </span>
    );
  return r.item.valueType === 'text' ? (
    <Input
      value={String(v ?? '')}
      onChange={(e) => onChange(e.target.value)}
      aria-labelledby={`lbl-${r.key}`}
      data-test={test}
    />
  ) : (
    <InputNumber
      value={v as number | null}
      min={0}
      precision={r.item.valueType === 'integer' ? 0 : undefined}
      onChange={(n) => onChange(n ?? null)}
      aria-labelledby={`lbl-${r.key}`}
      inputMode="decimal"
      data-test={test}
    />
  );
}
