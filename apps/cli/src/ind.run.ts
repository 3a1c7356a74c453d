// `kepu ind export|import`, the work: the server's exchange use-cases on the configured database, as the CLI actor.
import { readFileSync, writeFileSync } from 'node:fs';
import { isDomainError } from '@kepu/domain';
import { ctxFor, dataSetNames, exportSet, importSet } from '@kepu/server';
import { cliActor, openDatabase } from './database.ts';
import { fail } from './options.ts';

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

function checkSet(set: string) {
  if (!(dataSetNames as readonly string[]).includes(set)) fail(`<set>: use one of ${dataSetNames.join(', ')}, not ${set}`);
}

function yearOf(year: string | undefined): number | null {
  if (year === undefined) return null;
  const y = Number(year);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) fail(`--year: ${year} is not a year`);
  return y;
}

/** A domain error as lines: its message, then each issue with its place (row and column, or line 1). */
function describe(e: unknown): string {
  if (!isDomainError(e)) throw e;
  const issues = (e.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
  return [e.message, ...issues.slice(0, 20).map((i) => `  ${i.path}: ${i.message}`)].join('\n');
}

export async function indExportCommand(set: string, o: IndExportOptions): Promise<void> {
  checkSet(set);
  if (o.format !== 'csv' && o.format !== 'json') fail(`--format: use csv or json, not ${o.format}`);
  const year = yearOf(o.year);
  const h = await openDatabase(o);
  try {
    const out = await exportSet(ctxFor(h.db, cliActor), set, year, o.format as 'csv' | 'json');
    const text = o.format === 'csv' ? `\uFEFF${out.body}` : `${JSON.stringify(out.body, null, 2)}\n`;
    if (o.out) writeFileSync(o.out, text);
    else process.stdout.write(text);
    if (o.out) console.log(`wrote ${out.count} ${set} row(s) to ${o.out}`);
  } catch (e) {
    fail(describe(e));
  } finally {
    await h.close();
  }
}

export async function indImportCommand(set: string, file: string, o: IndImportOptions): Promise<void> {
  checkSet(set);
  const year = yearOf(o.year);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}`);
  }
  let body: unknown = text;
  if (!/\.csv$/i.test(file)) {
    try {
      body = JSON.parse(text);
    } catch (e) {
      fail(`${file}: not JSON (${(e as Error).message}); name a CSV file *.csv`);
    }
  }
  const h = await openDatabase(o);
  try {
    const r = await h.db
      .transaction()
      .execute((trx) => importSet(ctxFor(trx, cliActor), set, body, year, o.dryRun === true));
    const s = r.summary as Record<string, number>;
    console.log(
      `${o.dryRun ? 'dry run, nothing changed' : 'imported'}: ${set}, ${r.rows} row(s); ` +
        Object.entries(s).map(([k, v]) => `${k} ${v}`).join(', '),
    );
    for (const c of r.changes.slice(0, 20) as { change: string; key?: string }[])
      console.log(`  ${c.change} ${c.key ?? JSON.stringify(c)}`);
  } catch (e) {
    fail(`${file}: ${describe(e)}`);
  } finally {
    await h.close();
  }
}
