// `kepu plan import` and `kepu plan export`, the work: loaded only when a command runs.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  importPlan,
  isDomainError,
  parseOutlineFile,
  resolvePlan,
  serializeOutline,
  toOutline,
} from '@kepu/domain';
import { cliReadContext, inCliUseCase } from './cli-context.ts';
import { openDatabase } from './database.ts';
import { fail } from './options.ts';
import { progress } from './progress.ts';

export interface ExportOptions {
  plan?: string;
  jurisdiction: string;
  format: string;
  out?: string;
  dataDir: string;
}

function describe(e: unknown): string {
  if (!isDomainError(e)) throw e;
  return e.message; // an invalid outline's message already lists each problem with its place
}

export async function importOutlineCommand(file: string, opts: { dataDir: string }): Promise<void> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}`);
  }
  const bar = progress('import', 3);
  let outline: ReturnType<typeof parseOutlineFile>;
  try {
    outline = parseOutlineFile(content, file);
    bar.step('parsed');
  } catch (e) {
    bar.stop();
    fail(`${file}: ${describe(e)}`);
  }
  const h = await openDatabase(opts);
  bar.step('database open');
  try {
    const id = await inCliUseCase(h.db, (ctx) => importPlan(ctx, outline));
    bar.step('stored');
    bar.stop();
    console.log(
      `imported ${outline.title}: plan ${id}, ${outline.groups.length} groups, ${outline.tasks.length} tasks`,
    );
  } catch (e) {
    bar.stop();
    fail(`${file}: ${describe(e)}`);
  } finally {
    await h.close();
  }
}

export async function exportOutlineCommand(o: ExportOptions): Promise<void> {
  if (o.format !== 'json' && o.format !== 'yaml') fail(`--format: use json or yaml, not ${o.format}`);
  const ref = o.plan === undefined ? 'current' : Number(o.plan);
  if (ref !== 'current' && !(Number.isInteger(ref) && ref > 0)) fail(`--plan: ${o.plan} is not a plan id`);
  const h = await openDatabase(o);
  try {
    const bundle = await resolvePlan(cliReadContext(h.db), ref, o.jurisdiction);
    const text = serializeOutline(toOutline(bundle), o.format as 'json' | 'yaml');
    if (o.out) writeFileSync(o.out, text);
    else process.stdout.write(text);
  } catch (e) {
    fail(describe(e));
  } finally {
    await h.close();
  }
}
