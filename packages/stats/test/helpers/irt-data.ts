// Reads the IRT fixtures of shared/data (LSAT7, simulated sets) as the input of fitIrt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '../../../../test-support/shared-data.ts';
import { type IrtData, parseCsv } from '../../src/index.ts';

export const IRT_DIR = sharedDataDir();

/** The CSV at shared/data/<rel> as IRT data; a `freq` column becomes the frequencies. */
export function irtData(rel: string): IrtData {
  const path = join(IRT_DIR, rel);
  const t = parseCsv(readFileSync(path), path);
  const names = t.names.filter((n) => n !== 'freq');
  const freq = t.columns.get('freq') as Float64Array | undefined;
  return { names, items: names.map((n) => t.columns.get(n) as Float64Array), ...(freq ? { freq } : {}) };
}

/** Rows of a small CSV of numbers and names (true parameters). */
export function csvRows(rel: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(IRT_DIR, rel), 'utf8').trim().split('\n');
  const names = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])));
}
