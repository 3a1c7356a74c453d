// `npm run bench:survey`: a 10,000-respondent synthetic survey through scoring, non-response adjustment, raking
// with trimming, and every domain estimate with its SE, interval and design effect (the issue's < 2 s budget).
import { loadavg } from 'node:os';
import { MemorySampler, timeMedian } from '../../stats/bench/bench-timer.ts';
import { estimateLiteracy } from '../src/survey/estimation.ts';
import { makeScorer } from '../src/survey/scoring.ts';
import { loadDefaultInstrument } from '../src/survey/survey.instrument.ts';
import { surveyRecords, syntheticSurvey } from '../src/survey/synthetic.ts';
import { loadCensusMargins, nonResponseAdjust, weightSurvey } from '../src/survey/weighting.ts';

const RUNS = 5;
const RESPONDENTS = Number(process.argv[2] ?? 10_000);
const memory = new MemorySampler().start();
const instrument = loadDefaultInstrument();
const census = loadCensusMargins();
const records = surveyRecords(syntheticSurvey(instrument, { seed: 1, respondents: RESPONDENTS }));
const load = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');

console.log(
  `Kepu survey benchmark: ${records.length} sampled, ${records.filter((r) => r.responded).length} respondents (synthetic)`,
);
console.log(`node ${process.version}, median of ${RUNS} runs; load average before: ${load}\n`);

const scoring = timeMedian(
  () => {
    const score = makeScorer(instrument);
    return records.map((r) => (r.answers ? score(r.answers).literate : false));
  },
  RUNS,
  memory,
);
const nr = timeMedian(() => nonResponseAdjust(records), RUNS, memory);
const respondents = records.flatMap((r, i) =>
  r.responded && r.demographics
    ? [
        {
          id: r.id,
          stratum: r.stratum,
          psu: r.psu,
          weight: nr.result.weights[i] as number,
          literate: scoring.result[i] as boolean,
          demographics: r.demographics,
        },
      ]
    : [],
);
const weighting = timeMedian(() => weightSurvey(respondents, census, { trimCap: 3 }), RUNS, memory);
const estimation = timeMedian(() => estimateLiteracy(weighting.result.design), RUNS, memory);

const rows: [string, { median: number; cpuMedian: number }][] = [
  ['scoring', scoring],
  ['non-response adjustment', nr],
  ['raking + trimming (cap 3 × mean)', weighting],
  ['estimates: overall + 33 domains + gaps', estimation],
];
for (const [name, t] of rows)
  console.log(`${name.padEnd(42)} ${t.median.toFixed(3)} s wall  ${t.cpuMedian.toFixed(3)} s cpu`);
const total = rows.reduce((s, [, t]) => s + t.median, 0);
const cpu = rows.reduce((s, [, t]) => s + t.cpuMedian, 0);
console.log(`${'total'.padEnd(42)} ${total.toFixed(3)} s wall  ${cpu.toFixed(3)} s cpu  (budget 2 s)`);
const e = estimation.result.overall;
const r = weighting.result.report;
console.log(
  `\nliterate ${((e.estimate as number) * 100).toFixed(2)} % (SE ${((e.se as number) * 100).toFixed(2)}, 95 % CI ${(e.ci as number[]).map((x) => (x * 100).toFixed(2)).join('–')}), deff ${e.deff?.toFixed(2)}`,
);
console.log(
  `weights ${r.min.toFixed(1)}–${r.max.toFixed(1)}, Kish deff ${r.kishDeff.toFixed(3)}, ${r.rakeSweeps} raking sweeps, ${r.trim.rounds} trim rounds`,
);
const { sampledPeak } = memory.stop();
console.log(
  `peak RSS ${(sampledPeak / 2 ** 20).toFixed(0)} MB; load average after: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
