// The order test files start in: vitest's own (groups, then projects; on a fresh clone without its cache, larger files
// first), except that the files known to run longest start first in their project. On a fresh clone the data-dir lock
// test (52 s, child processes starting PGlite) otherwise started last and ran alone for its whole length.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Slowest first, as measured on the 2-core CI machine (seconds). */
const SLOW = [
  'apps/cli/test/plan-cli.test.ts', // 95
  'packages/db/test/data-dir-lock.test.ts', // 52
  'apps/cli/test/plan-import-cli.test.ts', // 48
  'apps/server/test/route-shape.test.ts', // 22
  'apps/server/test/accounts.test.ts', // 22
  'apps/server/test/publication.report.test.ts', // 19
  'apps/web/e2e/accountability.e2e.test.ts', // 114
  'apps/web/e2e/accountability-roles.e2e.test.ts', // 108
  'apps/web/e2e/survey.e2e.test.ts', // 97
  'apps/web/e2e/indicators.e2e.test.ts', // 81
];

const rank = (f: TestSpecification) => SLOW.findIndex((s) => f.moduleId.endsWith(s));

export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const blocks = new Map<string, TestSpecification[]>();
    for (const f of await super.sort(files)) {
      const block = blocks.get(f.project.name) ?? [];
      block.push(f);
      blocks.set(f.project.name, block);
    }
    return [...blocks.values()].flatMap((block) => [
      ...block.filter((f) => rank(f) !== -1).sort((a, b) => rank(a) - rank(b)),
      ...block.filter((f) => rank(f) === -1),
    ]);
  }
}
