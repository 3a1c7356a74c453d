// `npm run bench:stats`: times R's benchmark operations on synth1m (1e6 rows) and checks the numbers against R.
import { join } from 'node:path';
import { groupedJackknife, svyby, svydesign, svymean } from '@kepu/stats';
import { readCsvFile } from '@kepu/stats/node';
import { sharedDataDir } from '../../../test-support/shared-data.ts';
import { calibrateBench } from './bench-calibrate.ts';
import { directGroupedJackknifeByDomain } from './bench-direct.ts';
import { R_PEAK_BYTES, R_RESULTS, R_SECONDS, RELATIVE_TOLERANCE } from './bench-expected.ts';
import { irtBench } from './bench-irt.ts';
import { wholeProcessBench } from './bench-process.ts';
import { type Check, mb, printChecks, printTimings, relativeCheck, type TimingRow } from './bench-report.ts';
import { MemorySampler, timeMedian } from './bench-timer.ts';

const RUNS = 5;
const FILE = process.argv[2] ?? join(sharedDataDir(), 'bench/synth1m.csv.gz');

// first the whole processes, while this one holds nothing large
const processChecks = await wholeProcessBench(FILE);

const memory = new MemorySampler().start();
const rssAtStart = process.memoryUsage.rss();
console.log(`Kepu stats benchmark: ${FILE}`);
console.log(
  `node ${process.version}, median of ${RUNS} runs per operation; speed-up = R's time / median wall time\n`,
);

const loadStart = performance.now();
const table = await readCsvFile(FILE);
const frame = { nrow: table.nrow, columns: table.columns };
memory.sample();
console.log(
  `read ${frame.nrow} rows × ${frame.columns.size} columns in ${((performance.now() - loadStart) / 1000).toFixed(2)} s (CSV reader of @kepu/stats, gzip streamed)\n`,
);

const spec = { ids: ['cluster'], strata: 'stratum', weights: 'w', nest: true };
const design = timeMedian(() => svydesign(frame, spec), RUNS, memory);
const d = design.result;
const mean = timeMedian(() => svymean(d, 'y'), RUNS, memory);
const byDomain = timeMedian(() => svyby(d, 'domain', (m) => svymean(d, 'y', { domain: m })), RUNS, memory);
const jk1Design = timeMedian(
  () => groupedJackknife(frame, { weights: 'w', groups: 'jkgroup' }),
  RUNS,
  memory,
);
const jk = jk1Design.result;
const jk1Mean = timeMedian(() => svymean(jk, 'y'), RUNS, memory);
const jk1ByDomain = timeMedian(
  () => svyby(jk, 'domain', (m) => svymean(jk, 'y', { domain: m })),
  RUNS,
  memory,
);
const irt = irtBench(memory, RUNS);
const mem = memory.stop();

const row = (operation: string, t: { median: number; cpuMedian: number }, r: string): TimingRow => ({
  operation,
  seconds: t.median,
  cpuSeconds: t.cpuMedian,
  rSeconds: R_SECONDS[r],
});
const rows: TimingRow[] = [
  row('design: svydesign(id=~cluster, strata=~stratum, weights=~w, nest=TRUE)', design, 'design'),
  row('mean of y, Taylor SE', mean, 'mean'),
  row('mean of y by 6 domains, Taylor SE', byDomain, 'byDomain'),
  row('JK1 design: 100-group jackknife on jkgroup', jk1Design, 'jk1Design'),
  row('JK1 mean of y', jk1Mean, 'jk1Mean'),
  row('JK1 mean of y by 6 domains', jk1ByDomain, 'jk1ByDomain'),
];
printTimings([...rows, ...irt.rows]);
console.log(
  `\npeak memory: ${mb(mem.sampledPeak)} RSS sampled, ${mb(mem.maxRss)} maxRSS (R: ${(R_PEAK_BYTES / 1e9).toFixed(1)} GB); at start ${mb(rssAtStart)}\n`,
);

const tol = RELATIVE_TOLERANCE;
const checks: Check[] = [
  relativeCheck('degrees of freedom', d.degf, R_RESULTS.degf, 0),
  relativeCheck('mean of y', mean.result.estimate[0], R_RESULTS.mean.estimate, tol),
  relativeCheck('SE of mean, Taylor', mean.result.se[0], R_RESULTS.mean.se, tol),
];
byDomain.result.domains.forEach((dom, k) => {
  checks.push(
    relativeCheck(
      `mean, domain ${dom.key.domain}`,
      dom.result.estimate[0],
      R_RESULTS.byDomain.estimate[k],
      tol,
    ),
  );
  checks.push(
    relativeCheck(`SE, domain ${dom.key.domain}, Taylor`, dom.result.se[0], R_RESULTS.byDomain.se[k], tol),
  );
});
checks.push(relativeCheck('mean of y, JK1', jk1Mean.result.estimate[0], R_RESULTS.jk1Mean.estimate, tol));
checks.push(relativeCheck('SE of mean, JK1', jk1Mean.result.se[0], R_RESULTS.jk1Mean.se, tol));
jk1ByDomain.result.domains.forEach((dom, k) => {
  checks.push(
    relativeCheck(
      `mean, domain ${dom.key.domain}, JK1`,
      dom.result.estimate[0],
      R_RESULTS.byDomain.estimate[k],
      tol,
    ),
  );
});
console.log('Checks against R (shared/data/README.md), relative tolerance 1e-9:');
printChecks(checks);

// R's README gives no JK1 by-domain SEs: compare them with the jackknife formula evaluated directly.
const col = (name: string) => frame.columns.get(name) as Float64Array;
const direct = directGroupedJackknifeByDomain(col('w'), col('y'), col('jkgroup'), col('domain'));
const selfChecks = jk1ByDomain.result.domains.map((dom, k) =>
  relativeCheck(`SE, domain ${dom.key.domain}, JK1`, dom.result.se[0], direct.se[k], tol),
);
console.log('\nJK1 by-domain SEs against the jackknife formula computed directly (no R figure exists):');
printChecks(selfChecks, 'direct');

console.log('\nIRT against R mirt 1.41 (LSAT7 2PL at TOL 1e-8; items relative 1e-6):');
printChecks(irt.checks);

console.log('');
const calibration = calibrateBench(FILE);
console.log('\nReplicate calibration, streamed against materialised (identical) and its peak memory:');
printChecks(calibration.checks, 'expected');

const failed = [...processChecks, ...checks, ...selfChecks, ...irt.checks, ...calibration.checks].filter((c) => !c.pass).length;
console.log(failed === 0 ? '\nall checks PASS' : `\n${failed} check(s) FAIL`);
process.exitCode = failed === 0 ? 0 : 1;
