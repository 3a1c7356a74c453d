// Reads one sheet of an uploaded workbook in a worker with a memory cap and a time limit, after the zip checks, so no
// upload can stall or exhaust the server; the result is plain rows of the columns asked for.
import { Worker } from 'node:worker_threads';
import { inspectXlsxZip, XLSX_LIMITS } from './zip-inspect.ts';

export interface SheetRequest {
  sheet: string;
  /** 1-based column numbers to return, e.g. [1, 2, 5]; the last keeps numbers as numbers. */
  columns: number[];
  firstRow: number;
  /** Rows with values the sheet may have (the template's rows and some slack). */
  maxRows: number;
  maxColumns?: number;
}

export interface SheetProblem {
  code: string;
  [param: string]: string | number;
}

export type SheetResult =
  | { head: { B2: string; D2: string }; rows: { row: number; cells: (string | number)[] }[] }
  | { problem: SheetProblem };

export const PARSE_LIMITS = { timeMs: 20_000, heapMb: 384 };

const worker = new URL('./read-sheet.worker.mjs', import.meta.url);

export async function readSheet(
  data: Uint8Array,
  req: SheetRequest,
  limits = PARSE_LIMITS,
): Promise<SheetResult> {
  const zip = inspectXlsxZip(data);
  if (zip) return { problem: zip };
  return new Promise<SheetResult>((resolve) => {
    let settled = false;
    const done = (r: SheetResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void w.terminate();
      resolve(r);
    };
    const w = new Worker(worker, {
      workerData: { data, maxColumns: 50, ...req },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 64 },
    });
    const timer = setTimeout(
      () => done({ problem: { code: 'ind.xlsx.too_slow', seconds: limits.timeMs / 1000 } }),
      limits.timeMs,
    );
    w.once('message', (m: SheetResult) => done(m));
    w.once('error', (e: Error & { code?: string }) =>
      done({
        problem:
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? {
                code: 'ind.xlsx.too_large',
                bytes: data.byteLength,
                limit: XLSX_LIMITS.uncompressedBytes,
              }
            : { code: 'ind.xlsx.not_a_workbook' },
      }),
    );
    w.once('exit', () => done({ problem: { code: 'ind.xlsx.not_a_workbook' } }));
  });
}
