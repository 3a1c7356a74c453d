// The whole-process part of `npm run bench:stats`: `kepu stats estimate` and `Rscript` (read.csv + svydesign + svyby)
// run side by side on the 1M-row file, plain and gzipped: wall time, CPU time and peak resident memory of each
// process (from /usr/bin/time -v), and both answers checked against R's published figures.
// Alone: node --import tsx packages/stats/bench/bench-process.ts [synth1m.csv.gz]
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';
import { sharedDataDir } from '../../../test-support/shared-data.ts';
import { R_RESULTS, RELATIVE_TOLERANCE } from './bench-expected.ts';
import { type Check, printChecks, printTable, relativeCheck } from './bench-report.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const KEPU = join(ROOT, 'apps/cli/bin/kepu.js');
const R_SCRIPT = join(import.meta.dirname, 'whole-process.R');
const TIME = '/usr/bin/time';
const KEPU_RUNS = 5;
const R_RUNS = 3;

interface Run {
  wall: number;
  cpu: number;
  /** peak resident memory in bytes; NaN without /usr/bin/time */
  peak: number;
  stdout: string;
}

/** Runs a command once under /usr/bin/time -v (when there is one); wall time by the clock of this process. */
function measure(cmd: string, args: string[], dir: string): Run {
  const report = join(dir, 'time.txt');
  const timed = existsSync(TIME);
  const t0 = process.hrtime.bigint();
  const r = timed
    ? spawnSync(TIME, ['-v', '-o', report, cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  if (!timed) return { wall, cpu: Number.NaN, peak: Number.NaN, stdout: r.stdout };
  const text = readFileSync(report, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(text)?.[1]);
  return {
    wall,
    cpu: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    peak: field('Maximum resident set size \\(kbytes\\)') * 1024,
    stdout: r.stdout,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function summary(runs: Run[]) {
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    peak: Math.max(...runs.map((r) => r.peak)),
  };
}

/** Domain, estimate and SE from kepu's JSON. */
function kepuAnswer(stdout: string): number[][] {
  const { estimates } = JSON.parse(stdout) as {
    estimates: { by: { domain: number }; estimate: number; se: number }[];
  };
  return estimates.map((e) => [e.by.domain, e.estimate, e.se]);
}

/** Domain, estimate and SE from whole-process.R. */
const rAnswer = (stdout: string): number[][] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => line.split(',').map(Number));

/** Two checks per answer: the domain mean and the SE that differ most from R's figures. */
function answerChecks(who: string, rows: number[][]): Check[] {
  const worst = (what: string, column: number, expected: number[]) =>
    expected
      .map((x, k) =>
        relativeCheck(
          `${who}: ${what}, worst of 6 (domain ${k + 1})`,
          rows[k]?.[column] ?? Number.NaN,
          x,
          RELATIVE_TOLERANCE,
        ),
      )
      .reduce((a, b) =>
        !b.pass || Math.abs(b.got - b.expected) / b.expected > Math.abs(a.got - a.expected) / a.expected
          ? b
          : a,
      );
  return [worst('mean', 1, R_RESULTS.byDomain.estimate), worst('SE', 2, R_RESULTS.byDomain.se)];
}

const seconds = (s: number) => (Number.isNaN(s) ? '' : s.toFixed(2));
const megabytes = (b: number) => (Number.isNaN(b) ? '' : `${(b / 1024 / 1024).toFixed(0)} MB`);

/** Times both processes on the gzipped file and on its plain text; returns the checks of their answers. */
export async function wholeProcessBench(gzFile: string): Promise<Check[]> {
  if (!gzFile.endsWith('.gz')) throw new Error(`the whole-process bench needs the .csv.gz (got ${gzFile})`);
  const dir = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
  try {
    const plainFile = join(dir, 'synth1m.csv');
    await pipeline(createReadStream(gzFile), createGunzip(), createWriteStream(plainFile));
    // the bundle `kepu` runs from, built from the sources as they are now
    const build = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr}`);
    const hasR = spawnSync('Rscript', ['-e', 'library(survey)'], { encoding: 'utf8' }).status === 0;
    const design = ['--ids', 'cluster', '--strata', 'stratum', '--weights', 'w', '--nest'];
    console.log(
      `Whole process, from the shell: kepu stats estimate FILE ${design.join(' ')} --mean y --by domain --format json`,
    );
    console.log(
      hasR
        ? `against Rscript ${R_SCRIPT.slice(ROOT.length + 1)} FILE (read.csv + svydesign + svyby), run alternately`
        : 'R with the survey package is absent: kepu alone (install r-base-core and r-cran-survey for the comparison)',
    );
    console.log(
      `median of ${KEPU_RUNS} kepu runs${hasR ? ` and ${R_RUNS} R runs` : ''}; peak RSS the largest of the runs${existsSync(TIME) ? '' : ' (no /usr/bin/time: not measured)'}; load average at start ${loadavg()[0].toFixed(1)}\n`,
    );
    const rows: string[][] = [];
    const checks: Check[] = [];
    for (const [label, file] of [
      ['.csv.gz', gzFile],
      ['.csv', plainFile],
    ]) {
      const kepu: Run[] = [];
      const r: Run[] = [];
      for (let i = 0; i < KEPU_RUNS; i++) {
        kepu.push(
          measure(
            'node',
            [KEPU, 'stats', 'estimate', file, ...design, '--mean', 'y', '--by', 'domain', '--format', 'json'],
            dir,
          ),
        );
        if (hasR && i < R_RUNS) r.push(measure('Rscript', [R_SCRIPT, file], dir));
      }
      const k = summary(kepu);
      checks.push(...answerChecks(`kepu ${label}`, kepuAnswer(kepu[0].stdout)));
      if (hasR) {
        const rs = summary(r);
        checks.push(...answerChecks(`R ${label}`, rAnswer(r[0].stdout)));
        rows.push([
          label,
          seconds(k.wall),
          seconds(k.cpu),
          megabytes(k.peak),
          seconds(rs.wall),
          seconds(rs.cpu),
          megabytes(rs.peak),
          `${(rs.wall / k.wall).toFixed(1)}×`,
          `${(rs.cpu / k.cpu).toFixed(1)}×`,
        ]);
      } else rows.push([label, seconds(k.wall), seconds(k.cpu), megabytes(k.peak), '', '', '', '', '']);
    }
    printTable(
      [
        'file',
        'kepu wall s',
        'kepu CPU s',
        'kepu peak',
        'R wall s',
        'R CPU s',
        'R peak',
        'speed-up, wall',
        'speed-up, CPU',
      ],
      rows,
    );
    console.log(`load average at end ${loadavg()[0].toFixed(1)}\n`);
    console.log('Whole-process answers against R (shared/data/README.md), relative tolerance 1e-9:');
    printChecks(checks);
    console.log('');
    return checks;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const checks = await wholeProcessBench(process.argv[2] ?? join(sharedDataDir(), 'bench/synth1m.csv.gz'));
  process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
}
