// Responses in bulk: the analyst's import of a CSV table (every problem of the file at once, each on its cell; nothing
// stored unless every row passes) and the scored-respondent export (dimension scores, total, class under the
// instrument's rule).
import { authorize } from '../auth/policy.ts';
import { parseCsvRows, toCsv } from '../indicators/ind.csv.ts';
import { invalid } from '../kernel/field-error.ts';
import { findInstrument } from './instruments.use-cases.ts';
import { readResponseTable } from './responses.csv.ts';
import { requireAnswersKept } from './retention.use-cases.ts';
import { makeScorer } from './scoring.ts';
import { DEMOGRAPHIC_FIELDS } from './survey.codes.ts';
import type { SurveyContext } from './survey.ports.ts';
import { loadSurvey, psusOf, statusConflict } from './surveys.use-cases.ts';

/** Imports the responses of a CSV text (UTF-8, BOM optional). */
export const importResponses = (ctx: SurveyContext, id: number, csv: string) =>
  importResponseTable(ctx, id, parseCsvRows(csv));

/**
 * Imports the responses of a table whose first row is the header (a CSV file's records or a sheet's rows), each row
 * with the number a spreadsheet gives it so that every problem names its cell; nothing is stored unless all pass.
 */
export async function importResponseTable(
  ctx: SurveyContext,
  id: number,
  table: readonly { row: number; cells: readonly string[] }[],
) {
  authorize(ctx.actor, 'survey.analyse');
  const survey = await loadSurvey(ctx, id);
  if (survey.status !== 'fieldwork' && survey.status !== 'closed') throw statusConflict(survey, 'fieldwork');
  requireAnswersKept(survey);
  const { instrument } = await findInstrument(ctx, survey.instrumentId);
  const { responses, issues } = readResponseTable(
    instrument,
    new Set(psusOf(survey).map((p) => p.code)),
    table,
  );
  if (issues.length) throw invalid(issues, 'survey.import_invalid');
  const now = ctx.clock.now().toISOString();
  const stored = await ctx.stores.survey.insertResponses(
    responses.map((r) => ({
      surveyId: id,
      invitationId: null,
      mode: 'import' as const,
      psuCode: r.psuCode,
      answers: r.answers,
      demographics: r.demographics,
      device: null,
      interviewerId: null,
      startedAt: now,
      submittedAt: now,
      synthetic: r.synthetic,
    })),
  );
  const synthetic = responses.filter((r) => r.synthetic).length;
  await ctx.audit.write({
    action: 'survey.responses.import',
    entity: 'survey',
    entityId: id,
    after: { rows: stored, synthetic },
  });
  return { rows: stored, synthetic };
}

/** The shipped dimensions' names for the export's header (other codes are shown as they are). */
const dimensionNames: Record<string, string> = {
  knowledge: '科学知识',
  method: '科学方法',
  spirit: '科学精神与思想',
  application: '应用科学的能力',
};
const classNames = { high: '较高', literate: '具备', basic: '基本', below: '不具备' } as const;
const modeNames = { self: '自填', interviewer: '入户访问', import: '导入' } as const;
const demographicNames: Record<(typeof DEMOGRAPHIC_FIELDS)[number], string> = {
  sex: '性别',
  age: '年龄',
  education: '受教育程度',
  occupation: '职业',
  urbanRural: '城乡',
  district: '县区',
  targetGroup: '目标人群',
};

/**
 * Every submitted response scored under the instrument's rule, as CSV: one row per respondent, no direct identifier
 * (the response id only), demographics as codes, the analyst's decision, and whether it is synthetic.
 */
export async function scoredRespondentsCsv(
  ctx: SurveyContext,
  id: number,
): Promise<{ csv: string; rows: number }> {
  authorize(ctx.actor, 'survey.analyse');
  const survey = await loadSurvey(ctx, id);
  requireAnswersKept(survey);
  const { instrument } = await findInstrument(ctx, survey.instrumentId);
  const score = makeScorer(instrument);
  const done = (await ctx.stores.survey.listResponses(id)).filter((r) => r.submittedAt);
  const dims = instrument.dimensions.map((d) => d.code);
  const header = [
    '答卷编号',
    '方式',
    '抽样单元',
    ...DEMOGRAPHIC_FIELDS.map((f) => demographicNames[f]),
    ...dims.map((d) => `${dimensionNames[d] ?? d}得分`),
    '总分',
    '素质等级',
    '具备科学素质',
    '审核结论',
    '合成数据',
  ];
  const rows = done.map((r) => {
    const s = score(r.answers);
    return [
      r.id,
      modeNames[r.mode],
      r.psuCode,
      ...DEMOGRAPHIC_FIELDS.map((f) => r.demographics[f] ?? null),
      ...dims.map((d) => s.dimensions.find((x) => x.dimension === d)?.score ?? null),
      s.total,
      classNames[s.class],
      s.literate ? '是' : '否',
      r.review === 'excluded' ? '剔除' : r.review === 'accepted' ? '保留' : null,
      r.synthetic ? '是' : '否',
    ];
  });
  return { csv: toCsv(header, rows), rows: rows.length };
}
