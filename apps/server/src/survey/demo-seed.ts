// Demo data for the survey: the shipped illustrative instrument and one survey in fieldwork over the four districts,
// its name marked 示例, with two made-up communities per district and the demo interviewer on the first; written
// through the use-cases (audited as the demo data).
import {
  createSurvey,
  installDefaultInstrument,
  type SurveyContext,
  setAssignments,
  setSurveyDesign,
  setSurveyStatus,
} from '@kepu/domain/survey';

const DISTRICTS = ['211102', '211103', '211104', '211122'];

export async function seedSurveyDemo(ctx: SurveyContext): Promise<void> {
  const instrument = await installDefaultInstrument(ctx);
  const year = Number(ctx.clock.today().slice(0, 4));
  const survey = await createSurvey(ctx, {
    name: `${year} 年盘锦市公民科学素质调查（示例）`,
    year,
    instrumentId: instrument.id,
    districts: DISTRICTS,
  });
  const psus = DISTRICTS.flatMap((district) =>
    [1, 2].map((k) => ({ code: `${district}-${k}`, name: `示例社区${k}`, district, probability: 0.04 })),
  );
  await setSurveyDesign(ctx, survey.id, { psus });
  const interviewer = await ctx.stores.users.find('interviewer');
  if (interviewer)
    await setAssignments(ctx, survey.id, {
      assignments: [{ psuCode: psus[0]?.code ?? '', userId: interviewer.id }],
    });
  await setSurveyStatus(ctx, survey.id, { status: 'fieldwork' });
}
