// The replicate-calibration case of `npm run bench:stats`: calibrating the 100-group jackknife of synth1m
// (1e6 rows) to 6 domain totals, streamed replicate by replicate, against the materialised n × R analysis
// weights. Each path runs in a child process of its own, so each peak memory is that path's alone.
// Alone: node --import tsx packages/stats/bench/bench-calibrate.ts [FILE]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  analysisWeightMatrix,
  calibrate,
  type Frame,
  groupedJackknife,
  numericColumn,
  type ReplicateDesign,
  svyby,
  svymean,
} from '@kepu/stats';
import { readCsvFile } from '@kepu/stats/node';
import { sharedDataDir } from '../../../test-support/shared-data.ts';
import { type Check, mb, printChecks, printTable } from './bench-report.ts';
import { MemorySampler } from './bench-timer.ts';

type Mode = 'streamed' | 'materialised';
interface ChildResult {
  mode: Mode;
  calibrateSeconds: number;
  estimateSeconds: number;
  sampledPeak: number;
  maxRss: number;
  kind: string;
  numbers: number[];
}

/** Population totals: the design's own domain totals, each raised by 1 % per domain code (so g ≠ 1). */
function population(frame: Frame): Record<string, number> {
  const w = numericColumn(frame, 'w');
  const dom = numericColumn(frame, 'domain');
  const byDomain = new Map<number, number>();
  for (let i = 0; i < frame.nrow; i++) byDomain.set(dom[i], (byDomain.get(dom[i]) ?? 0) + w[i]);
  const levels = [...byDomain.keys()].sort((a, b) => a - b);
  const out: Record<string, number> = {};
  let all = 0;
  for (const k of levels) {
    const t = (byDomain.get(k) as number) * (1 + 0.01 * k);
    all += t;
    if (k !== levels[0]) out[`domain${k}`] = t;
  }
  out['(Intercept)'] = all;
  return out;
}

async function child(mode: Mode, file: string): Promise<ChildResult> {
  const memory = new MemorySampler().start();
  const table = await readCsvFile(file);
  const frame: Frame = { nrow: table.nrow, columns: table.columns };
  const jk = groupedJackknife(frame, { weights: 'w', groups: 'jkgroup' });
  memory.sample();
  const t0 = performance.now();
  let cal: ReplicateDesign = calibrate(jk, {
    variables: ['domain'],
    factors: ['domain'],
    population: population(frame),
  });
  const t1 = performance.now();
  memory.sample();
  if (mode === 'materialised') {
    const values = analysisWeightMatrix(cal);
    cal = { ...cal, replicates: { kind: 'matrix', nrep: cal.replicates.nrep, values } };
    memory.sample();
  }
  const m = svymean(cal, 'y');
  const by = svyby(cal, 'domain', (domain) => svymean(cal, 'y', { domain }));
  const t2 = performance.now();
  const mem = memory.stop();
  const numbers = [
    m.estimate[0],
    m.se[0],
    ...by.domains.flatMap((d) => [d.result.estimate[0], d.result.se[0]]),
  ];
  return {
    mode,
    calibrateSeconds: (t1 - t0) / 1000,
    estimateSeconds: (t2 - t1) / 1000,
    sampledPeak: mem.sampledPeak,
    maxRss: mem.maxRss,
    kind: cal.replicates.kind,
    numbers,
  };
}

function runChild(mode: Mode, file: string): ChildResult {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', mode, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`calibration bench (${mode}) failed: ${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as ChildResult;
}

/** Runs both paths and prints their time and peak memory; checks that they give identical numbers. */
export function calibrateBench(file: string): { checks: Check[]; streamedPeak: number } {
  const streamed = runChild('streamed', file);
  const materialised = runChild('materialised', file);
  console.log(
    'Replicate calibration: calibrate(JK1 of synth1m, 100 replicates, ~factor(domain), linear), then the mean of y and by 6 domains',
  );
  printTable(
    ['path', 'calibrate s', 'estimates s', 'peak RSS (sampled)', 'maxRSS'],
    [streamed, materialised].map((r) => [
      `${r.mode} (${r.kind})`,
      r.calibrateSeconds.toFixed(2),
      r.estimateSeconds.toFixed(2),
      mb(r.sampledPeak),
      mb(r.maxRss),
    ]),
  );
  const names = [
    'mean',
    'SE',
    ...[1, 2, 3, 4, 5, 6].flatMap((k) => [`mean, domain ${k}`, `SE, domain ${k}`]),
  ];
  const checks: Check[] = names.map((name, k) => ({
    name: `calibrated JK1 ${name}: streamed = materialised`,
    got: streamed.numbers[k],
    expected: materialised.numbers[k],
    pass: streamed.numbers[k] === materialised.numbers[k],
  }));
  checks.push({
    name: 'streamed peak maxRSS < 500 MB',
    got: streamed.maxRss / 2 ** 20,
    expected: 500,
    pass: streamed.maxRss < 500 * 2 ** 20,
  });
  return { checks, streamedPeak: streamed.maxRss };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') console.log(JSON.stringify(await child(args[1] as Mode, args[2])));
  else {
    const { checks } = calibrateBench(args[0] ?? join(sharedDataDir(), 'bench/synth1m.csv.gz'));
    printChecks(checks, 'expected');
    process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
  }
}
