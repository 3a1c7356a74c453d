// Instruments (list, import a version, export its JSON file) and surveys (create, edit in draft, the design written
// down, interviewers' PSUs, the stage).
import {
  assignmentsSchema,
  createSurvey,
  designSchema,
  getSurvey,
  importSurveyInstrument,
  instrumentFile,
  listSurveyInstruments,
  listSurveys,
  newSurveySchema,
  patchSurvey,
  presentInstrument,
  presentQuestionnaire,
  presentSurvey,
  presentSurveyItem,
  publishSurvey,
  quotasSchema,
  setAssignments,
  setSurveyDesign,
  setSurveyQuotas,
  setSurveyStatus,
  statusSchema,
  surveyInstrument,
  surveyPatchSchema,
} from '@kepu/domain/survey';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, inTransaction, readContext } from '../../context.ts';
import { attachment } from '../attachment.ts';
import { idParams } from '../params.ts';

const tags = ['survey'];

/** A survey as its page shows it, read again after a change. */
const surveyView = async (ctx: AppContext, id: number) => {
  const { survey, instrument, assignments } = await getSurvey(ctx, id);
  return presentSurvey(survey, instrument, assignments);
};

export async function surveyRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/survey/instruments', { config: { access: 'survey.read' }, schema: { tags } }, async (req) =>
    (await listSurveyInstruments(readContext(req))).map(presentInstrument),
  );
  app.post(
    '/survey/instruments',
    { config: { access: 'survey.manage' }, schema: { tags, body: z.unknown() } },
    async (req, reply) => {
      const created = await inTransaction(req, (ctx) => importSurveyInstrument(ctx, req.body));
      return reply.code(201).send(presentInstrument(created));
    },
  );
  app.get(
    '/survey/instruments/:id/file',
    { config: { access: 'survey.read' }, schema: { tags, params: idParams } },
    async (req, reply) => {
      const instrument = await instrumentFile(readContext(req), req.params.id);
      return reply
        .header(
          'content-disposition',
          attachment(`调查问卷-${instrument.code}-第${instrument.version}版.json`),
        )
        .type('application/json; charset=utf-8')
        .send(`${JSON.stringify(instrument, null, 2)}\n`);
    },
  );
  app.get('/survey/surveys', { config: { access: 'survey.read' }, schema: { tags } }, async (req) =>
    (await listSurveys(readContext(req))).map(presentSurveyItem),
  );
  app.post(
    '/survey/surveys',
    { config: { access: 'survey.manage' }, schema: { tags, body: newSurveySchema } },
    async (req, reply) => {
      const id = await inTransaction(req, async (ctx) => (await createSurvey(ctx, req.body)).id);
      return reply.code(201).send(await surveyView(readContext(req), id));
    },
  );
  app.get(
    '/survey/surveys/:id',
    { config: { access: 'survey.read' }, schema: { tags, params: idParams } },
    async (req) => surveyView(readContext(req), req.params.id),
  );
  app.get(
    '/survey/surveys/:id/questionnaire',
    { config: { access: 'survey.read' }, schema: { tags, params: idParams } },
    async (req) => presentQuestionnaire(await surveyInstrument(readContext(req), req.params.id)),
  );
  app.patch(
    '/survey/surveys/:id',
    { config: { access: 'survey.manage' }, schema: { tags, params: idParams, body: surveyPatchSchema } },
    async (req) =>
      inTransaction(req, async (ctx) => {
        await patchSurvey(ctx, req.params.id, req.body);
        return surveyView(ctx, req.params.id);
      }),
  );
  app.put(
    '/survey/surveys/:id/design',
    { config: { access: 'survey.manage' }, schema: { tags, params: idParams, body: designSchema } },
    async (req) =>
      inTransaction(req, async (ctx) => {
        await setSurveyDesign(ctx, req.params.id, req.body);
        return surveyView(ctx, req.params.id);
      }),
  );
  app.put(
    '/survey/surveys/:id/quotas',
    { config: { access: 'survey.manage' }, schema: { tags, params: idParams, body: quotasSchema } },
    async (req) =>
      inTransaction(req, async (ctx) => {
        await setSurveyQuotas(ctx, req.params.id, req.body);
        return surveyView(ctx, req.params.id);
      }),
  );
  app.put(
    '/survey/surveys/:id/assignments',
    { config: { access: 'survey.manage' }, schema: { tags, params: idParams, body: assignmentsSchema } },
    async (req) =>
      inTransaction(req, async (ctx) => {
        await setAssignments(ctx, req.params.id, req.body);
        return surveyView(ctx, req.params.id);
      }),
  );
  app.put(
    '/survey/surveys/:id/status',
    { config: { access: 'survey.manage' }, schema: { tags, params: idParams, body: statusSchema } },
    async (req) =>
      inTransaction(req, async (ctx) => {
        await setSurveyStatus(ctx, req.params.id, req.body);
        return surveyView(ctx, req.params.id);
      }),
  );
  app.post(
    '/survey/surveys/:id/publish',
    { config: { access: 'survey.analyse' }, schema: { tags, params: idParams } },
    async (req) =>
      inTransaction(req, async (ctx) => {
        await publishSurvey(ctx, req.params.id);
        return surveyView(ctx, req.params.id);
      }),
  );
}
