// @kepu/stats/node: reading a CSV file from disk for the command line and the benchmark. The one part of the package
// that imports node: modules; the browser-safe entry (index.ts) never imports it.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CsvError, type CsvReadOptions, type CsvTable, readCsv } from './io/csv-parse.ts';

const CHUNK = 1 << 20;

/**
 * Reads a CSV file (plain, or gzip by its magic bytes) a megabyte at a time: a .csv.gz goes through a streaming
 * gunzip, so neither the file nor its decompressed text is ever whole in memory. Problems are CsvErrors that
 * name the file.
 */
export async function readCsvFile(path: string, options?: CsvReadOptions): Promise<CsvTable> {
  const { gzip, size } = await inspect(path);
  const open = () => (gzip ? gunzipped(path) : fileStream(path));
  return readCsv(open, path, { sizeHint: size, ...options });
}

/** Whether the file is gzip (its magic bytes), and the size of its text (gzip's ISIZE: the last 4 bytes, mod 2^32). */
async function inspect(path: string): Promise<{ gzip: boolean; size: number }> {
  try {
    const file = await open(path);
    try {
      const { size } = await file.stat();
      const head = new Uint8Array(4);
      await file.read(head, 0, 2, 0);
      if (size < 18 || head[0] !== 0x1f || head[1] !== 0x8b) return { gzip: false, size };
      await file.read(head, 0, 4, size - 4);
      return { gzip: true, size: new DataView(head.buffer).getUint32(0, true) };
    } finally {
      await file.close();
    }
  } catch (e) {
    throw cannotRead(path, e);
  }
}

async function* fileStream(path: string): AsyncGenerator<Uint8Array> {
  try {
    yield* createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Uint8Array>;
  } catch (e) {
    throw cannotRead(path, e);
  }
}

async function* gunzipped(path: string): AsyncGenerator<Uint8Array> {
  const file = createReadStream(path, { highWaterMark: CHUNK });
  const gunzip = createGunzip({ chunkSize: CHUNK });
  let fileError: unknown;
  file.on('error', (e) => {
    fileError = e;
    gunzip.destroy(e);
  });
  file.pipe(gunzip);
  try {
    yield* gunzip as Readable as AsyncIterable<Uint8Array>;
  } catch (e) {
    if (fileError !== undefined) throw cannotRead(path, fileError);
    throw new CsvError(`${path}: not a valid gzip file (${(e as Error).message})`);
  } finally {
    file.destroy();
  }
}

const cannotRead = (path: string, e: unknown): CsvError =>
  new CsvError(`${path}: cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
