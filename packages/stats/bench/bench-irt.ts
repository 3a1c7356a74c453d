// The IRT case of `npm run bench:stats`: the 20 × 5,000 simulated 2PL fit at TOL 1e-8 timed against R mirt 1.41
// (1.41 s), and LSAT7's 2PL checked against mirt's fit (shared/data/lsat7/mirt-2pl-tight.json).
// Alone: node --import tsx packages/stats/bench/bench-irt.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fitIrt, type IrtData, parseCsv } from '@kepu/stats';
import { sharedDataDir } from '../../../test-support/shared-data.ts';
import { type Check, printChecks, printTimings, relativeCheck, type TimingRow } from './bench-report.ts';
import { MemorySampler, timeMedian } from './bench-timer.ts';

/** R mirt 1.41: mirt(sim2pl, 1, TOL = 1e-8) on the project's machine kind (issue 12). */
const R_IRT_SECONDS = 1.41;

function irtData(path: string): IrtData {
  const t = parseCsv(readFileSync(path), path);
  const names = t.names.filter((n) => n !== 'freq');
  return { names, items: names.map((n) => t.columns.get(n) as Float64Array) };
}

export function irtBench(memory: MemorySampler, runs: number): { rows: TimingRow[]; checks: Check[] } {
  const dir = sharedDataDir();
  const sim = irtData(join(dir, 'irt-sim/sim2pl_J20_N5000.csv'));
  const fit = timeMedian(() => fitIrt(sim, { model: '2PL', tol: 1e-8 }), runs, memory);
  const res = fit.result;
  console.log(
    `IRT: 2PL, 20 items × 5000, TOL 1e-8: ${res.iterations} EM cycles, converged ${res.converged}, logLik ${res.logLik}`,
  );
  const rows: TimingRow[] = [
    {
      operation: 'IRT 2PL fit, 20 items × 5000, TOL 1e-8',
      seconds: fit.median,
      cpuSeconds: fit.cpuMedian,
      rSeconds: R_IRT_SECONDS,
    },
  ];
  const mirt = JSON.parse(readFileSync(join(dir, 'lsat7/mirt-2pl-tight.json'), 'utf8'));
  const lsat = fitIrt(irtData(join(dir, 'lsat7/lsat7.csv')), { model: '2PL', tol: 1e-8 });
  const checks: Check[] = [relativeCheck('LSAT7 2PL logLik', lsat.logLik, mirt.logLik, 1e-9)];
  lsat.items.forEach((item, j) => {
    checks.push(relativeCheck(`LSAT7 ${item.item} a1`, item.a1, mirt.items[j].a1, 1e-6));
    checks.push(relativeCheck(`LSAT7 ${item.item} d`, item.d, mirt.items[j].d, 1e-6));
  });
  checks.push({ name: 'sim2pl fit converged', got: Number(res.converged), expected: 1, pass: res.converged });
  return { rows, checks };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const memory = new MemorySampler().start();
  const { rows, checks } = irtBench(memory, 5);
  memory.stop();
  printTimings(rows);
  console.log('\nChecks against R mirt 1.41 (LSAT7 2PL at TOL 1e-8; items relative 1e-6):');
  printChecks(checks);
  process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
}
