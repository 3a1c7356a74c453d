// `kepu plan import FILE` and `kepu plan export`: another jurisdiction's outline in, a stored plan out.
import { readFileSync, writeFileSync } from 'node:fs';
import { importPlan, isDomainError, notFound, parseOutlineFile, serializeOutline, toOutline } from '@kepu/domain';
import { loadPlanBundle, resolvePlanId, storesFor } from '@kepu/db';
import type { Command } from 'commander';
import { cliActor as cli, fail, openDatabase, withDataDir } from './database.ts';
import { progress } from './progress.ts';

function describe(e: unknown): string {
  if (!isDomainError(e)) throw e;
  return e.message; // an invalid outline's message already lists each problem with its place
}

export function registerPlanCommand(program: Command): void {
  const plan = program.command('plan').description('plan outlines');
  withDataDir(plan.command('import <file>'))
    .description('import an outline (JSON or YAML, docs/plan-format.md) as a new plan version')
    .action(async (file: string, opts: { dataDir: string }) => {
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
        const id = await h.db.transaction().execute((trx) => {
          const s = storesFor(trx, cli);
          return importPlan({ actor: cli, plans: s.plans, audit: s.audit }, outline);
        });
        bar.step('stored');
        bar.stop();
        console.log(`imported ${outline.title}: plan ${id}, ${outline.groups.length} groups, ${outline.tasks.length} tasks`);
      } catch (e) {
        bar.stop();
        fail(`${file}: ${describe(e)}`);
      } finally {
        await h.close();
      }
    });
  withDataDir(plan.command('export'))
    .description('write a stored plan as an outline document')
    .option('--plan <id>', 'plan id (default: the current plan)')
    .option('--jurisdiction <code>', 'whose current plan', '211100')
    .option('--format <format>', 'json | yaml', 'json')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action(async (o: { plan?: string; jurisdiction: string; format: string; out?: string; dataDir: string }) => {
      if (o.format !== 'json' && o.format !== 'yaml') fail(`--format: use json or yaml, not ${o.format}`);
      const ref = o.plan === undefined ? 'current' : Number(o.plan);
      if (ref !== 'current' && !(Number.isInteger(ref) && ref > 0)) fail(`--plan: ${o.plan} is not a plan id`);
      const h = await openDatabase(o);
      try {
        const id = await resolvePlanId(h.db, ref, o.jurisdiction);
        const bundle = id === null ? null : await loadPlanBundle(h.db, id);
        if (!bundle) throw notFound('plan', ref);
        const text = serializeOutline(toOutline(bundle), o.format as 'json' | 'yaml');
        if (o.out) writeFileSync(o.out, text);
        else process.stdout.write(text);
      } catch (e) {
        fail(describe(e));
      } finally {
        await h.close();
      }
    });
}
