// Reads one sheet of an uploaded workbook in a worker with a memory cap and a time limit, after the zip checks, so no
// upload can stall or exhaust the server. The worker stays loaded between uploads (exceljs loads once) and takes one
// sheet at a time; one that runs too long or out of memory is killed and the next upload gets a fresh worker.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { inspectXlsxZip, XLSX_LIMITS } from './zip-inspect.ts';

export interface SheetRequest {
  /** The sheet's name; the workbook's first sheet when absent (the survey's response import). */
  sheet?: string;
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

export interface ParseLimits {
  timeMs: number;
  heapMb: number;
}
export const PARSE_LIMITS: ParseLimits = { timeMs: 20_000, heapMb: 384 };

// found through the package, as this file may run from the CLI's bundle (apps/cli/dist)
const script = createRequire(import.meta.url).resolve('@kepu/server/read-sheet.worker.mjs');

/** One warm worker per set of limits, and the tail of its queue. */
const pools = new Map<string, { worker: Worker | null; tail: Promise<unknown> }>();

function poolFor(limits: ParseLimits) {
  const key = `${limits.heapMb}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = { worker: null, tail: Promise.resolve() };
    pools.set(key, pool);
  }
  return pool;
}

let nextId = 1;

function runJob(pool: { worker: Worker | null }, request: object, bytes: number, limits: ParseLimits) {
  return new Promise<SheetResult>((resolve) => {
    const worker =
      pool.worker ??
      new Worker(script, {
        resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 64 },
      });
    pool.worker = worker;
    worker.unref(); // an idle worker does not keep the process alive
    const id = nextId++;
    const finish = (result: SheetResult, kill: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (kill) {
        if (pool.worker === worker) pool.worker = null;
        void worker.terminate();
      }
      resolve(result);
    };
    const onMessage = (m: { id: number; result: SheetResult }) => {
      if (m.id === id) finish(m.result, false);
    };
    const onError = (e: Error & { code?: string }) =>
      finish(
        {
          problem:
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? { code: 'ind.xlsx.too_large', bytes, limit: XLSX_LIMITS.uncompressedBytes }
              : { code: 'ind.xlsx.not_a_workbook' },
        },
        true,
      );
    const onExit = () => finish({ problem: { code: 'ind.xlsx.not_a_workbook' } }, true);
    const timer = setTimeout(
      () => finish({ problem: { code: 'ind.xlsx.too_slow', seconds: limits.timeMs / 1000 } }, true),
      limits.timeMs,
    );
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.ref(); // busy: keep the process alive until the answer
    worker.postMessage({ id, request });
  }).finally(() => pool.worker?.unref());
}

export async function readSheet(
  data: Uint8Array,
  req: SheetRequest,
  limits = PARSE_LIMITS,
): Promise<SheetResult> {
  const zip = inspectXlsxZip(data);
  if (zip) return { problem: zip };
  const pool = poolFor(limits);
  const job = pool.tail.then(() => runJob(pool, { data, maxColumns: 50, ...req }, data.byteLength, limits));
  pool.tail = job.catch(() => undefined);
  return job;
}
