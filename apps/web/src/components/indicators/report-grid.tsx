// The entry grid of one unit's yearly form: a jump list of the six groups, then each group's items as a table
// (a list on phones), every value through `valueInput`; items a hard rule names are marked.
import { Input, Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndForm, IndItem } from '../../api/indicators/types.ts';
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

interface ReportGridProps {
  rows: GridRow[];
  phone: boolean;
  badItems: Set<string>;
  valueInput: (row: GridRow) => ReactNode;
}

export function ReportGrid({ rows, phone, badItems, valueInput }: ReportGridProps) {
  const { t } = useTranslation();
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
                    className={`${badItems.has(r.item.code) ? 'ind-cell-bad' : ''} ${r.sub ? 'ind-phone-sub' : ''}`}
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
                    onCell: (r) => ({ className: badItems.has(r.item.code) ? 'ind-cell-bad' : '' }),
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
