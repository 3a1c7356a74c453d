// Responses from a CSV table (a header of codes: `psu`, the demographics fields, the item codes, `synthetic`), read
// cell by cell (a blank item cell is 不知道, answered but not correct; a blank demographic is missing): every problem names its row as a spreadsheet shows it (the header is row 1) and its column.
import { type FieldIssue, issue } from '../kernel/field-error.ts';
import { responseIssues } from './response.view.ts';
import { DEMOGRAPHIC_FIELDS, type DemographicField } from './survey.codes.ts';
import type { Instrument } from './survey.instrument.ts';
import type { SurveyAnswer } from './survey.records.ts';

export interface ImportedResponse {
  row: number;
  psuCode: string | null;
  answers: Record<string, SurveyAnswer>;
  demographics: Record<string, string | number>;
  synthetic: boolean;
}

const TRUE = new Set(['1', 'true', 'TRUE', '对', '是', '正确']);
const FALSE = new Set(['0', 'false', 'FALSE', '错', '否', '错误']);
/** The codes of a multiple choice, separated by `;`, `；` or `|`. */
const splitCodes = (s: string) =>
  s
    .split(/[;；|]/)
    .map((c) => c.trim())
    .filter(Boolean);

/**
 * The responses of a table whose first record is the header, with every problem of the file (unknown or missing
 * columns, cells that are not an answer, unanswered items, PSUs not in the design).
 */
export function readResponseTable(
  instrument: Instrument,
  psus: ReadonlySet<string>,
  table: readonly { row: number; cells: readonly string[] }[],
): { responses: ImportedResponse[]; issues: FieldIssue[] } {
  const [head, ...body] = table;
  const issues: FieldIssue[] = [];
  const columns = (head?.cells ?? []).map((c) => c.trim());
  const items = new Map(instrument.items.map((it) => [it.code, it]));
  const known = new Set<string>(['psu', 'synthetic', ...DEMOGRAPHIC_FIELDS, ...items.keys()]);
  for (const c of columns)
    if (!known.has(c))
      issues.push(issue('line 1', 'survey.import.unknown_column', `no column ${c}`, { column: c }));
  for (const c of [...DEMOGRAPHIC_FIELDS, ...items.keys()])
    if (!columns.includes(c))
      issues.push(
        issue('line 1', 'survey.import.missing_column', `the header has no column ${c}`, { column: c }),
      );
  if (issues.length) return { responses: [], issues };
  if (body.length === 0)
    return { responses: [], issues: [issue('rows', 'survey.import.empty', 'the file has no rows')] };

  const responses: ImportedResponse[] = [];
  for (const { row, cells } of body) {
    const at = (column: string) => `rows.${row}.${column}`;
    const reported = new Set<string>();
    const bad = (column: string, value: string) =>
      reported.add(column) &&
      issues.push(
        issue(at(column), 'survey.import.bad_cell', `row ${row}, ${column}: “${value}” is not an answer`, {
          row,
          column,
          value,
        }),
      );
    const r: ImportedResponse = { row, psuCode: null, answers: {}, demographics: {}, synthetic: false };
    columns.forEach((column, i) => {
      const value = (cells[i] ?? '').trim();
      // a blank item is 不知道 (answered, scored as not correct); a blank elsewhere is left unanswered
      if (value === '') {
        if (items.has(column)) r.answers[column] = null;
        return;
      }
      if (column === 'psu') {
        if (psus.has(value)) r.psuCode = value;
        else {
          reported.add(column);
          issues.push(
            issue(at(column), 'survey.unknown_psu', `no PSU ${value}`, { psu: value, row, column }),
          );
        }
      } else if (column === 'synthetic') {
        if (TRUE.has(value) || FALSE.has(value)) r.synthetic = TRUE.has(value);
        else bad(column, value);
      } else if (column === 'age') {
        if (/^\d+$/.test(value)) r.demographics.age = Number(value);
        else bad(column, value);
      } else if (!items.has(column)) r.demographics[column] = value;
      else {
        const item = items.get(column);
        if (item?.kind === 'true_false') {
          if (TRUE.has(value) || FALSE.has(value)) r.answers[column] = TRUE.has(value);
          else bad(column, value);
        } else r.answers[column] = item?.kind === 'multiple' ? splitCodes(value) : value;
      }
    });
    // the instrument's own checks (options, ranges, everything answered), each placed on its cell
    for (const p of responseIssues(instrument, r.answers, r.demographics, true)) {
      const column = p.path.split('.').at(-1) ?? '';
      if (!reported.has(column))
        issues.push({ ...p, path: at(column), params: { ...p.params, row, column } });
    }
    responses.push(r);
  }
  return { responses, issues };
}

/** A cell as readResponseTable reads it back: a multiple choice as codes joined by `;`, true/false as 1/0. */
const writeCell = (v: unknown) =>
  v === null || v === undefined
    ? ''
    : Array.isArray(v)
      ? v.join(';')
      : v === true
        ? '1'
        : v === false
          ? '0'
          : String(v);

/** The import table of some responses (the inverse of readResponseTable): a synthetic sample made into a file. */
export function responsesCsv(
  instrument: Instrument,
  rows: readonly {
    psu: string;
    demographics?: Readonly<Partial<Record<DemographicField, unknown>>> | null;
    answers?: Readonly<Record<string, unknown>> | null;
    synthetic: boolean;
  }[],
): string {
  const codes = instrument.items.map((i) => i.code);
  return [
    ['psu', ...DEMOGRAPHIC_FIELDS, ...codes, 'synthetic'],
    ...rows.map((r) => [
      r.psu,
      ...DEMOGRAPHIC_FIELDS.map((f) => writeCell(r.demographics?.[f])),
      ...codes.map((c) => writeCell(r.answers?.[c])),
      r.synthetic ? '1' : '0',
    ]),
  ]
    .map((cells) => cells.join(','))
    .join('\n');
}
