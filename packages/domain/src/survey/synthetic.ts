// A seeded synthetic Panjin survey: a frame of communities and villages in the four districts, a PPS sample with
// non-response, and respondents whose answers to the instrument follow the national pattern (literacy falls with age,
// rises with education, is higher in towns). Every record says it is synthetic; the demo and the tests run on it.
import { type Random, seededRandom } from '@kepu/stats';
import { loadAreaTree } from '../areas/area-seed.ts';
import { allocate, type DesignRow, designRow, ppsSystematic, selectWithin } from './design.ts';
import type { SurveyRecord } from './pipeline.ts';
import type { Answer, Answers } from './scoring.ts';
import {
  type Demographics,
  type Education,
  type Occupation,
  PANJIN_DISTRICTS,
  type TargetGroup,
  type UrbanRural,
} from './survey.codes.ts';
import type { Instrument, InstrumentItem } from './survey.instrument.ts';

export interface SyntheticRecord extends DesignRow {
  synthetic: true;
  id: string;
  district: string;
  /** Urban or rural as the frame says of the PSU (known for non-respondents too). */
  psuUrbanRural: UrbanRural;
  responded: boolean;
  /** null for a non-respondent. */
  demographics: Demographics | null;
  answers: Answers | null;
}

export interface SyntheticPsu {
  id: string;
  district: string;
  urbanRural: UrbanRural;
  size: number;
}

export interface SyntheticSurvey {
  synthetic: true;
  seed: number;
  frame: SyntheticPsu[];
  records: SyntheticRecord[];
}

export interface SyntheticOptions {
  seed: number;
  /** Completed interviews aimed at (the issued sample is this over the response rate); default 4,000. */
  respondents?: number;
  /** People issued per PSU; default 25 (more when the frame has too few PSUs for the sample). */
  perPsu?: number;
  /** Mean response rate; default 0.8 (lower among the young and in towns). */
  responseRate?: number;
}

const CITY = '211100';

/** Communities and villages of the four districts: 3–8 per town (街道 ones urban), 300–4,000 adults each. */
export function syntheticFrame(rnd: Random): SyntheticPsu[] {
  const tree = loadAreaTree(CITY);
  const out: SyntheticPsu[] = [];
  for (const district of tree.children.filter((d) =>
    (PANJIN_DISTRICTS as readonly string[]).includes(d.code),
  ))
    for (const town of district.children) {
      const urban = /街道|开发区/.test(town.name);
      const k = 3 + rnd.int(6);
      for (let j = 1; j <= k; j++)
        out.push({
          id: `${town.code}-${String(j).padStart(2, '0')}`,
          district: district.code,
          urbanRural: urban ? 'urban' : 'rural',
          size: 300 + rnd.int(3700),
        });
    }
  return out;
}

function normal(rnd: Random): number {
  const u = 1 - rnd.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.next());
}

function choose<T>(rnd: Random, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = rnd.next() * total;
  for (const [v, w] of options) {
    r -= w;
    if (r < 0) return v;
  }
  return (options[options.length - 1] as readonly [T, number])[0];
}

function person(rnd: Random, district: string, urbanRural: UrbanRural): Demographics {
  const band = choose(rnd, [
    [0, 15],
    [1, 18],
    [2, 21],
    [3, 26],
    [4, 20],
  ] as const);
  const age = 18 + band * 10 + rnd.int(band === 0 ? 12 : 10);
  const older = band >= 3;
  const urban = urbanRural === 'urban';
  const education: Education = choose(rnd, [
    ['primary_or_less', (older ? 30 : 8) + (urban ? 0 : 15)],
    ['junior_secondary', older ? 45 : 35],
    ['senior_secondary', 22],
    ['tertiary', (older ? 6 : 30) + (urban ? 12 : 0)],
  ] as const);
  const occupation: Occupation =
    age < 24 && rnd.next() < 0.55
      ? 'student'
      : age >= 60 && rnd.next() < 0.6
        ? 'retired'
        : choose(rnd, [
            ['civil_servant', education === 'tertiary' ? 10 : 1],
            ['professional', education === 'tertiary' ? 25 : 3],
            ['clerical', 10],
            ['commerce_service', 20],
            ['agriculture', urban ? 2 : 40],
            ['production', 18],
            ['not_working', 10],
            ['other', 4],
          ] as const);
  const targetGroup: TargetGroup =
    occupation === 'student'
      ? 'youth'
      : occupation === 'civil_servant'
        ? 'cadres_civil_servants'
        : occupation === 'agriculture'
          ? 'farmers'
          : occupation === 'production'
            ? 'industrial_workers'
            : age >= 60
              ? 'elderly'
              : 'other';
  return {
    sex: rnd.next() < 0.5 ? 'male' : 'female',
    age,
    education,
    occupation,
    urbanRural,
    district,
    targetGroup,
  };
}

const EDUCATION_EFFECT: Record<Education, number> = {
  primary_or_less: -1.1,
  junior_secondary: -0.45,
  senior_secondary: 0.15,
  tertiary: 0.85,
};

/** Ability on the logit scale of an item of average difficulty: the national pattern, plus person noise. */
function ability(rnd: Random, d: Demographics): number {
  return (
    -0.1 +
    EDUCATION_EFFECT[d.education] +
    (d.urbanRural === 'urban' ? 0.2 : -0.2) -
    (0.12 * (d.age - 40)) / 10 +
    0.8 * normal(rnd)
  );
}

function wrongAnswer(rnd: Random, item: InstrumentItem): Answer {
  if (item.kind === 'true_false') return !item.key;
  const others = item.options
    .map((o) => o.code)
    .filter((c) => (item.kind === 'single' ? c !== item.key : !item.key.includes(c)));
  if (item.kind === 'single') return others[rnd.int(others.length)] as string;
  // a multiple-choice answer missing one keyed option or adding a wrong one
  return item.key.length > 1 && (others.length === 0 || rnd.next() < 0.5)
    ? item.key.filter((_, i) => i !== rnd.int(item.key.length))
    : [...item.key, others[rnd.int(others.length)] as string];
}

function answer(rnd: Random, instrument: Instrument, theta: number): Answers {
  const out: Record<string, Answer> = {};
  instrument.items.forEach((item, j) => {
    const difficulty = ((j * 7919) % 13) / 6 - 1; // spread over [−1, 1]
    const p = 1 / (1 + Math.exp(-(theta - difficulty)));
    const r = rnd.next();
    out[item.code] = r < 0.02 ? null : r < p ? item.key : wrongAnswer(rnd, item);
  });
  return out;
}

/** The generator's records as the pipeline takes them (non-response cell: district × urban/rural of the PSU). */
export function surveyRecords(survey: SyntheticSurvey): SurveyRecord[] {
  return survey.records.map((r) => ({
    id: r.id,
    stratum: r.stratum,
    psu: r.psu,
    designWeight: r.designWeight,
    responded: r.responded,
    cell: `${r.district}/${r.psuUrbanRural}`,
    demographics: r.demographics,
    answers: r.answers,
    synthetic: true,
  }));
}

/** A synthetic survey of the default design: power allocation (exponent ½) over the districts, PPS within. */
export function syntheticSurvey(instrument: Instrument, options: SyntheticOptions): SyntheticSurvey {
  const { seed, respondents = 4000, perPsu = 25, responseRate = 0.8 } = options;
  const rnd = seededRandom(seed);
  const frame = syntheticFrame(rnd);
  const districts = PANJIN_DISTRICTS.map((code) => ({
    district: code,
    population: frame.filter((u) => u.district === code).reduce((s, u) => s + u.size, 0),
  }));
  const issued = allocate(Math.ceil(respondents / responseRate), districts, {
    method: 'power',
    exponent: 0.5,
  });
  const records: SyntheticRecord[] = [];
  for (const { district, n } of issued) {
    const units = frame.filter((u) => u.district === district);
    // a big survey on a small frame takes more people per PSU
    const psus = ppsSystematic(units, Math.min(units.length, Math.ceil(n / perPsu)), rnd.int(2 ** 31));
    const take = Math.ceil(n / psus.length);
    for (const psu of psus) {
      const unit = units.find((u) => u.id === psu.id) as SyntheticPsu;
      const listed = Array.from({ length: unit.size }, (_, i) => i + 1);
      const { selected, prob } = selectWithin(listed, take, rnd.int(2 ** 31));
      for (const k of selected) {
        const id = `S${seed}-${psu.id}-${String(k).padStart(4, '0')}`;
        const d = person(rnd, district, unit.urbanRural);
        const propensity =
          responseRate + (d.age >= 50 ? 0.08 : -0.06) + (unit.urbanRural === 'urban' ? -0.04 : 0.04);
        const responded = rnd.next() < propensity;
        records.push({
          synthetic: true,
          id,
          district,
          psuUrbanRural: unit.urbanRural,
          ...designRow(district, psu, prob, id),
          responded,
          demographics: responded ? d : null,
          answers: responded ? answer(rnd, instrument, ability(rnd, d)) : null,
        });
      }
    }
  }
  return { synthetic: true, seed, frame, records };
}
