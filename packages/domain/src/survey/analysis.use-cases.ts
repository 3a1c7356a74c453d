// The analyst's run: score, adjust, rake and estimate the stored responses through the domain pipeline (census
// margins shipped for Panjin); publishing a closed survey writes its city estimate as the literacy KPI value, with its
// standard error, interval and provenance.
import { authorize } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import type { KpiValueInput } from '../indicators/ind.records.ts';
import { pipelineRecords } from './analysis.view.ts';
import { analysisFileCsv, marginsCsv } from './analysis-file.ts';
import { changeSince } from './estimation.ts';
import { findInstrument } from './instruments.use-cases.ts';
import { analyseSurvey, type SurveyRecord } from './pipeline.ts';
import { publishedValues } from './publish.view.ts';
import { requireAnswersKept } from './retention.use-cases.ts';
import type { SurveyContext } from './survey.ports.ts';
import type { StoredSurvey } from './survey.records.ts';
import type { SurveyAnalysisView } from './survey.views.ts';
import { loadSurvey, statusConflict } from './surveys.use-cases.ts';
import { type CensusMargins, loadCensusMargins } from './weighting.ts';

/** Runs the pipeline on a survey whose fieldwork has closed. */
export async function runSurveyAnalysis(ctx: SurveyContext, id: number) {
  authorize(ctx.actor, 'survey.analyse');
  const survey = await loadSurvey(ctx, id);
  if (survey.status !== 'closed' && survey.status !== 'published') throw statusConflict(survey, 'closed');
  requireAnswersKept(survey);
  const { record, instrument } = await findInstrument(ctx, survey.instrumentId);
  const records = pipelineRecords(survey, await ctx.stores.survey.listResponses(id));
  if (records.length < 2)
    throw new DomainError('survey.analysis.too_few', 'too few responses to estimate from', {
      n: records.length,
    });
  const census = loadCensusMargins();
  // weights need the census of the survey's own city: only Panjin's is shipped (issue 13)
  const city = await cityOf(ctx, survey);
  if (census.area !== city)
    throw new DomainError('survey.analysis.no_census', `no census margins for ${city}`, { area: city ?? '' });
  await requireEveryDistrict(ctx, census, records);
  try {
    return { survey, instrument: record, analysis: analyseSurvey(instrument, records, census) };
  } catch (e) {
    // a district whose responses all come from one PSU has no variance between PSUs: the design must give it two
    const stratum = (e as { code?: string; details?: { stratum?: string } }).details?.stratum ?? '';
    if ((e as { code?: string }).code === 'LONELY_PSU') {
      const name = (await ctx.stores.areas.find(stratum))?.name ?? stratum;
      throw new DomainError(
        'survey.analysis.lonely_psu',
        `district ${stratum} has responses from one PSU only`,
        {
          district: name,
          code: stratum,
        },
      );
    }
    throw e;
  }
}

/**
 * Raking needs respondents in every district of the census margins (the city's population is raked to its
 * districts): a survey without responses in some of them is refused naming those districts, rather than failing in
 * the raking. The analyst imports or collects responses there first.
 */
async function requireEveryDistrict(
  ctx: SurveyContext,
  census: CensusMargins,
  records: readonly SurveyRecord[],
) {
  const answered = new Set(records.map((r) => String(r.demographics?.district ?? '')));
  const missing = Object.keys(census.margins.district).filter((d) => !answered.has(d));
  if (missing.length === 0) return;
  const names = await Promise.all(missing.map(async (d) => (await ctx.stores.areas.find(d))?.name ?? d));
  throw new DomainError(
    'survey.analysis.districts_without_responses',
    `no responses from ${missing.join(', ')}: the weights are raked to every district of the city`,
    { districts: names.join('、'), codes: missing.join(',') },
  );
}

/**
 * The analyst publishes a closed survey: its city estimate becomes the year's literacy value (K_LITERACY), with the
 * values of the urban and rural population and of each district and the two gaps the targets follow
 * (publish.view.ts); each value is audited as the office's entry of a value is.
 */
export async function publishWithEstimate(ctx: SurveyContext, id: number) {
  const { survey, instrument, analysis } = await runSurveyAnalysis(ctx, id);
  const o = analysis.estimates.overall;
  if (o.estimate === null || o.se === null || o.ci === null)
    throw new DomainError('survey.analysis.suppressed', 'the city estimate is suppressed by the rule', {
      n: o.n,
    });
  const root = await cityOf(ctx, survey);
  if (!root) throw new DomainError('survey.analysis.no_area', 'the survey has no district');
  const values = publishedValues(analysis.estimates, {
    surveyName: survey.name,
    year: survey.year,
    city: root,
    districts: survey.districts,
    instrument: `${instrument.title}（第${instrument.version}版）`,
  });
  for (const value of values) {
    await ctx.stores.ind.upsertKpiValue(value, ctx.actor?.username ?? 'system');
    await ctx.audit.write({
      action: 'indicators.kpi.set',
      entity: 'indicator_kpi',
      entityId: `${value.code}/${value.year}/${value.areaCode}/${value.option}`,
      after: value,
    });
  }
  await clearDemoStandIns(ctx, survey, root, values);
  return values[0] as KpiValueInput;
}

/**
 * The demo's illustrative values of the survey's year for the city, its urban and rural population and the survey's
 * districts that the run did not replace (cells the rule suppressed) are removed, so the year's series holds the
 * survey's figures only and a gap is never made of a survey figure and a demo one.
 */
async function clearDemoStandIns(
  ctx: SurveyContext,
  survey: StoredSurvey,
  root: string,
  written: readonly KpiValueInput[],
) {
  const key = (v: { code: string; areaCode: string; option: string }) =>
    `${v.code}/${v.areaCode}/${v.option}`;
  const replaced = new Set(written.map(key));
  const covered = new Set([
    `${root}/`,
    `${root}/urban`,
    `${root}/rural`,
    ...survey.districts.map((d) => `${d}/`),
  ]);
  for (const code of ['K_LITERACY', 'K_URBAN_RURAL_GAP', 'K_DISTRICT_SPREAD']) {
    for (const v of await ctx.stores.ind.listKpiValues(code)) {
      if (!v.demo || v.year !== survey.year || replaced.has(key(v))) continue;
      if (!covered.has(`${v.areaCode}/${v.option}`)) continue;
      await ctx.stores.ind.deleteKpiValue(v.id);
      await ctx.audit.write({
        action: 'indicators.kpi.delete',
        entity: 'indicator_kpi',
        entityId: `${v.code}/${v.year}/${v.areaCode}/${v.option}`,
        before: v,
      });
    }
  }
}

/** The run as the analyst's page shows it: the estimates and the weighting report (not the respondents). */
export async function surveyAnalysis(ctx: SurveyContext, id: number): Promise<SurveyAnalysisView> {
  const { survey, analysis } = await runSurveyAnalysis(ctx, id);
  const { estimates } = analysis;
  const o = estimates.overall;
  const before = await previousEstimate(ctx, await cityOf(ctx, survey), survey.year);
  const change =
    before && o.estimate !== null && o.se !== null
      ? {
          previousYear: before.year,
          previous: before.estimate,
          ...changeSince({ estimate: o.estimate, se: o.se }, before, estimates.level),
        }
      : null;
  return { estimates, weighting: analysis.weighting, n: analysis.respondents.length, change };
}

/** The city whose literacy value the survey publishes: the one above its districts (the tree may hold the province
 *  above the city, issue 13). */
async function cityOf(ctx: SurveyContext, survey: StoredSurvey) {
  return (await ctx.stores.areas.find(survey.districts[0] ?? ''))?.path.at(-1);
}

/**
 * The last survey estimate of the city's literacy before `year` with its SE (a share, 0–1), from the stored KPI
 * values; the demo's illustrative values are not a survey to compare with.
 */
async function previousEstimate(ctx: SurveyContext, city: string | undefined, year: number) {
  const prior = (await ctx.stores.ind.listKpiValues('K_LITERACY'))
    .filter((v) => v.areaCode === city && v.option === '' && v.year < year && !v.demo)
    .sort((a, b) => b.year - a.year)
    .find((v) => v.source.kind === 'survey' && v.source.se !== null);
  return prior?.source.kind === 'survey' && prior.source.se !== null
    ? { year: prior.year, estimate: prior.value / 100, se: prior.source.se / 100 }
    : undefined;
}

/** The analysis file (analysis-file.ts) of the run: one row per respondent, no direct identifier. */
export async function surveyAnalysisFile(
  ctx: SurveyContext,
  id: number,
): Promise<{ csv: string; rows: number }> {
  const { instrument, analysis } = await runSurveyAnalysis(ctx, id);
  const definition = (await findInstrument(ctx, instrument.id)).instrument;
  return { csv: analysisFileCsv(definition, analysis.respondents), rows: analysis.respondents.length };
}

/** The census margins the run rakes to, as the `--margins` file of `kepu stats estimate`. */
export function surveyMarginsFile(ctx: SurveyContext): string {
  authorize(ctx.actor, 'survey.analyse');
  return marginsCsv(loadCensusMargins());
}
