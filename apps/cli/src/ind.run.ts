// `kepu ind export|import`, the work: the domain's exchange use-cases on the configured database, as the CLI actor.
// The steps are split so a test can run them on one open database: reading the arguments (`exportArgs`,
// `importArgs`), the work on a database (`runExport`, `runImport`), and the commands that open it and print.
import { readFileSync, writeFileSync } from 'node:fs';
import { isDomainError } from '@kepu/domain';
import { dataSetNames, exportSet, importSet } from '@kepu/domain/indicators';
import { type CliDb, cliReadContext, inCliUseCase } from './cli-context.ts';
import { openDatabase } from './database.ts';
import { fail } from './options.ts';

type Db = CliDb;

export interface IndExportOptions {
  year?: string;
  format: string;
  out?: string;
  dataDir: string;
}
export interface IndImportOptions {
  year?: string;
  dryRun?: boolean;
  dataDir: string;
}

/** A refusal the command prints as one `kepu: …` line with exit code 2. */
export class IndCliError extends Error {}

function checkSet(set: string) {
  if (!(dataSetNames as readonly string[]).includes(set))
    throw new IndCliError(`<set>: use one of ${dataSetNames.join(', ')}, not ${set}`);
}

function yearOf(year: string | undefined): number | null {
  if (year === undefined) return null;
  const y = Number(year);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new IndCliError(`--year: ${year} is not a year`);
  return y;
}

/** A domain error as lines: its message, then each issue with its place (row and column, or line 1). */
function describe(e: unknown): string {
  if (!isDomainError(e)) throw e;
  const issues = (e.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
  return [e.message, ...issues.slice(0, 20).map((i) => `  ${i.path}: ${i.message}`)].join('\n');
}

export function exportArgs(set: string, o: { year?: string; format: string }) {
  checkSet(set);
  if (o.format !== 'csv' && o.format !== 'json')
    throw new IndCliError(`--format: use csv or json, not ${o.format}`);
  return { year: yearOf(o.year), format: o.format as 'csv' | 'json' };
}

/** The file's text (CSV with a BOM, or indented JSON) and how many rows it holds. */
export async function runExport(db: Db, set: string, a: ReturnType<typeof exportArgs>) {
  try {
    const out = await exportSet(cliReadContext(db), set, a.year, a.format);
    return {
      text: a.format === 'csv' ? `\uFEFF${out.body}` : `${JSON.stringify(out.body, null, 2)}\n`,
      count: out.count,
    };
  } catch (e) {
    throw new IndCliError(describe(e));
  }
}

/** Reads the file: CSV for *.csv, else JSON. */
export function importArgs(set: string, file: string, o: { year?: string; dryRun?: boolean }) {
  checkSet(set);
  const year = yearOf(o.year);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new IndCliError(`cannot read ${file}`);
  }
  let body: unknown = text;
  if (!/\.csv$/i.test(file)) {
    try {
      body = JSON.parse(text);
    } catch (e) {
      throw new IndCliError(`${file}: not JSON (${(e as Error).message}); name a CSV file *.csv`);
    }
  }
  return { file, year, body, dryRun: o.dryRun === true };
}

/** Imports (or dry-runs) in one transaction; the lines to print: the summary, then up to 20 changes. */
export async function runImport(db: Db, set: string, a: ReturnType<typeof importArgs>) {
  try {
    const r = await inCliUseCase(db, (ctx) => importSet(ctx, set, a.body, a.year, a.dryRun));
    const s: Record<string, number> = r.summary;
    return [
      `${a.dryRun ? 'dry run, nothing changed' : 'imported'}: ${set}, ${r.rows} row(s); ` +
        Object.entries(s)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      ...r.changes.slice(0, 20).map((c) => `  ${c.change} ${c.key ?? JSON.stringify(c)}`),
    ];
  } catch (e) {
    throw new IndCliError(`${a.file}: ${describe(e)}`);
  }
}

function orFail<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof IndCliError) fail(e.message);
    throw e;
  }
}

async function onDatabase(o: { dataDir: string }, work: (db: Db) => Promise<void>) {
  const h = await openDatabase(o);
  try {
    await work(h.db);
  } catch (e) {
    if (e instanceof IndCliError) fail(e.message);
    throw e;
  } finally {
    await h.close();
  }
}

export async function indExportCommand(set: string, o: IndExportOptions): Promise<void> {
  const a = orFail(() => exportArgs(set, o));
  await onDatabase(o, async (db) => {
    const out = await runExport(db, set, a);
    if (!o.out) return void process.stdout.write(out.text);
    writeFileSync(o.out, out.text);
    console.log(`wrote ${out.count} ${set} row(s) to ${o.out}`);
  });
}

export async function indImportCommand(set: string, file: string, o: IndImportOptions): Promise<void> {
  const a = orFail(() => importArgs(set, file, o));
  await onDatabase(o, async (db) => {
    for (const line of await runImport(db, set, a)) console.log(line);
  });
}
