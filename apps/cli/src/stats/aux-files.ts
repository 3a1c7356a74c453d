// Reads the small CSV files of `stats estimate`: margins/totals (variable,level,total) and replicate weights.
import type { Frame } from '@kepu/stats';
import { readCsvFrame } from './csv-frame.ts';
import { UsageError } from './usage-error.ts';

export interface TotalRow {
  variable: string;
  /** null for the total of a numeric variable (empty level). */
  level: string | null;
  total: number;
}

/** A CSV `variable,level,total` file; `option` names the option in error messages. */
export async function readTotalsFile(path: string, option: string): Promise<TotalRow[]> {
  const frame = await readCsvFrame(path, option);
  for (const name of ['variable', 'level', 'total']) {
    if (!frame.columns.has(name))
      throw new UsageError(`${option}: ${path} has no column '${name}' (expected variable,level,total)`);
  }
  const variable = frame.columns.get('variable') as (string | null)[] | Float64Array;
  const level = frame.columns.get('level') as (string | null)[] | Float64Array;
  const total = frame.columns.get('total');
  if (!(total instanceof Float64Array))
    throw new UsageError(`${option}: column 'total' of ${path} is not numeric`);
  const rows: TotalRow[] = [];
  for (let i = 0; i < frame.nrow; i++) {
    const v = text(variable[i]);
    if (v === null) throw new UsageError(`${option}: ${path} line ${i + 2}: empty variable`);
    if (!Number.isFinite(total[i]))
      throw new UsageError(`${option}: ${path} line ${i + 2}: total is missing or not a number`);
    rows.push({ variable: v, level: text(level[i]), total: total[i] });
  }
  return rows;
}

const text = (x: string | number | null): string | null =>
  x === null || (typeof x === 'number' && Number.isNaN(x)) ? null : String(x);

/** Margins for post-stratification/raking: variable → level → population count. */
export async function readMargins(
  path: string,
  variables: string[],
  option: string,
): Promise<Map<string, Map<string, number>>> {
  const margins = new Map<string, Map<string, number>>();
  for (const r of await readTotalsFile(path, option)) {
    if (r.level === null)
      throw new UsageError(`${option}: ${path}: margin of '${r.variable}' has an empty level`);
    let m = margins.get(r.variable);
    if (!m) {
      m = new Map();
      margins.set(r.variable, m);
    }
    if (m.has(r.level))
      throw new UsageError(`${option}: ${path}: level '${r.level}' of '${r.variable}' given twice`);
    m.set(r.level, r.total);
  }
  for (const v of variables)
    if (!margins.has(v)) throw new UsageError(`${option}: ${path} has no margin for '${v}'`);
  return margins;
}

/**
 * Replicate analysis weights, one Float64Array per replicate column, in DATA's row order. Columns of
 * the file that also exist in DATA, and the key, are not replicates.
 */
export async function readRepweights(
  path: string,
  data: Frame,
  key: string | undefined,
): Promise<Float64Array[]> {
  const file = await readCsvFrame(path, '--repweights');
  const names = [...file.columns.keys()].filter((n) => n !== key && !data.columns.has(n));
  if (names.length < 2)
    throw new UsageError(
      `--repweights: ${path} has ${names.length} replicate column(s), at least 2 are needed`,
    );
  let order: Int32Array;
  if (key === undefined) {
    if (file.nrow !== data.nrow) {
      throw new UsageError(
        `--repweights: ${path} has ${file.nrow} rows but the data has ${data.nrow} (use --repweights-key to join)`,
      );
    }
    order = Int32Array.from({ length: data.nrow }, (_, i) => i);
  } else {
    order = joinOrder(path, file, data, key);
  }
  return names.map((name) => {
    const col = file.columns.get(name);
    if (!(col instanceof Float64Array))
      throw new UsageError(`--repweights: column '${name}' of ${path} is not numeric`);
    const out = new Float64Array(data.nrow);
    for (let i = 0; i < data.nrow; i++) {
      out[i] = col[order[i]];
      if (!Number.isFinite(out[i]) || out[i] < 0) {
        throw new UsageError(
          `--repweights: ${path} column '${name}': missing or negative weight for data row ${i + 1}`,
        );
      }
    }
    return out;
  });
}

function joinOrder(path: string, file: Frame, data: Frame, key: string): Int32Array {
  const fileKey = file.columns.get(key);
  if (fileKey === undefined) throw new UsageError(`--repweights-key: ${path} has no column '${key}'`);
  const dataKey = data.columns.get(key) as Float64Array | (string | null)[];
  const index = new Map<string, number>();
  for (let i = 0; i < file.nrow; i++) {
    const k = String(fileKey[i]);
    if (index.has(k)) throw new UsageError(`--repweights-key: value '${k}' appears twice in ${path}`);
    index.set(k, i);
  }
  const order = new Int32Array(data.nrow);
  for (let i = 0; i < data.nrow; i++) {
    const j = index.get(String(dataKey[i]));
    if (j === undefined)
      throw new UsageError(
        `--repweights-key: ${key} = ${String(dataKey[i])} (data row ${i + 1}) is not in ${path}`,
      );
    order[i] = j;
  }
  return order;
}
