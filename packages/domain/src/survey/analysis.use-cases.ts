// The analyst's run: score, adjust, rake and estimate the stored responses through the domain pipeline (census
// margins shipped for Panjin); publishing a closed survey writes its city estimate as the literacy KPI value, with its
// standard error, interval and provenance.
import { authorize } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import { pipelineRecords } from './analysis.view.ts';
import { analysisFileCsv, marginsCsv } from './analysis-file.ts';
import { changeSince } from './estimation.ts';
import { findInstrument } from './instruments.use-cases.ts';
import { analyseSurvey } from './pipeline.ts';
import { requireAnswersKept } from './retention.use-cases.ts';
import type { SurveyContext } from './survey.ports.ts';
import type { StoredSurvey } from './survey.records.ts';
import type { SurveyAnalysisView } from './survey.views.ts';
import { loadSurvey, statusConflict } from './surveys.use-cases.ts';
import { loadCensusMargins } from './weighting.ts';

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
  try {
    return { survey, instrument: record, analysis: analyseSurvey(instrument, records, loadCensusMargins()) };
  } catch (e) {
    // a district whose responses all come from one PSU has no variance between PSUs: the design must give it two
    const stratum = (e as { code?: string; details?: { stratum?: string } }).details?.stratum;
    if ((e as { code?: string }).code === 'LONELY_PSU')
      throw new DomainError(
        'survey.analysis.lonely_psu',
        `district ${stratum} has responses from one PSU only`,
        {
          district: stratum ?? '',
        },
      );
    throw e;
  }
}

/** The analyst publishes a closed survey: its city estimate becomes the year's literacy value (K_LITERACY). */
export async function publishWithEstimate(ctx: SurveyContext, id: number) {
  const { survey, instrument, analysis } = await runSurveyAnalysis(ctx, id);
  const o = analysis.estimates.overall;
  if (o.estimate === null || o.se === null || o.ci === null)
    throw new DomainError('survey.analysis.suppressed', 'the city estimate is suppressed by the rule', {
      n: o.n,
    });
  const root = await cityOf(ctx, survey);
  if (!root) throw new DomainError('survey.analysis.no_area', 'the survey has no district');
  const pct = (x: number) => Math.round(x * 1e6) / 1e4;
  const value = {
    code: 'K_LITERACY',
    year: survey.year,
    areaCode: root,
    option: '',
    value: pct(o.estimate),
    sourceKind: 'survey' as const,
    se: pct(o.se),
    ciLow: pct(o.ci[0]),
    ciHigh: pct(o.ci[1]),
    instrument: `${instrument.title}（第${instrument.version}版）`,
    citation:
      `${survey.name}：有效样本 ${o.n} 人；按县区分层、抽样单元整群，设计权重经无应答调整并按人口普查边际加权` +
      `（设计效应 ${o.deff?.toFixed(2) ?? '—'}）；${analysis.estimates.method === 'logit' ? 'logit' : 'Korn–Graubard'} ` +
      `${Math.round(analysis.estimates.level * 100)}% 区间。`,
  };
  await ctx.stores.ind.upsertKpiValue(value, ctx.actor?.username ?? 'system');
  await ctx.audit.write({
    action: 'indicators.kpi.set',
    entity: 'indicator_kpi',
    entityId: `K_LITERACY/${value.year}/${root}/`,
    after: value,
  });
  return value;
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

/** The city (the root of the survey's first district), whose literacy value the survey publishes. */
async function cityOf(ctx: SurveyContext, survey: StoredSurvey) {
  return (await ctx.stores.areas.find(survey.districts[0] ?? ''))?.path[0];
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
