// Progress reports: open a cell, save a draft, submit, return/accept (reviewers), reopen (office), evidence files.

import type {} from '@fastify/multipart';
import { accStore, findEvidenceFile, findReportDetail, findUnitArea } from '@kepu/db';
import {
  type AccReport,
  accCanFile,
  accCanReview,
  acceptReport,
  attachEvidence,
  canReadReport,
  DomainError,
  fieldError,
  forbidden,
  MAX_EVIDENCE_BYTES,
  type PlanBundle,
  reopenReport,
  reopenSchema,
  reportContentSchema,
  reportCreateSchema,
  returnReport,
  returnSchema,
  reviewSchema,
  saveReport,
  submitReport,
  taskOf,
  updateReport,
} from '@kepu/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentPlan, idParam, idParams, withAcc } from '../../accountability/acc-request.ts';
import { today } from '../../accountability/clock.ts';

const tags = ['accountability'];

async function assertCanRead(req: FastifyRequest, plan: PlanBundle, taskNumber: number, unitId: number) {
  const task = taskOf(plan, taskNumber);
  const area = req.actor?.role === 'district' ? await findUnitArea(req.server.kepu.db, unitId) : undefined;
  if (!canReadReport(req.actor, plan, task, unitId, area))
    throw forbidden('you may not read this unit’s reports');
  return task;
}

/** A report (or the empty cell it would fill) with its context and what the reader may do with it. */
async function presentCell(
  req: FastifyRequest,
  plan: PlanBundle,
  roundId: number,
  taskNumber: number,
  unitId: number,
  report: AccReport | null,
) {
  const db = req.server.kepu.db;
  const store = accStore(db);
  const round = await store.findRound(roundId);
  if (!round || round.planId !== plan.plan.id)
    throw new DomainError('acc.round.not_found', `round ${roundId} not found`, { id: roundId });
  const task = await assertCanRead(req, plan, taskNumber, unitId);
  const detail = report ? await findReportDetail(db, report.id) : undefined;
  const ext = await store.findExtension(round.id, unitId);
  const closesOn = ext && ext.closesOn > round.closesOn ? ext.closesOn : round.closesOn;
  const t = today();
  const windowOpen = t >= round.opensOn && t <= closesOn;
  const state = report?.state ?? null;
  const editable = state === null || state === 'draft' || state === 'returned';
  const workItems = (await store.listWorkItems(plan.plan.id, round.year)).filter(
    (w) => w.taskNumber === taskNumber,
  );
  const group = plan.groups.find((g) => g.id === task.groupId);
  return {
    report: detail?.report ?? null,
    history: detail?.history ?? [],
    files: detail?.files ?? [],
    round: { ...round, closesOnForUnit: closesOn, windowOpen },
    task: {
      number: task.number,
      title: task.title,
      group: group ? { id: group.id, kind: group.kind, number: group.number, title: group.title } : null,
    },
    unit: { id: unitId, name: plan.units.get(unitId)?.name ?? '' },
    workItems,
    can: {
      edit: accCanFile(req.actor, unitId) && editable && windowOpen,
      review: state === 'submitted' && accCanReview(req.actor, plan, task, unitId),
      reopen: state === 'accepted' && req.actor?.role === 'office',
    },
    maxFileBytes: MAX_EVIDENCE_BYTES,
  };
}

export async function reportRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };

  app.get(
    '/acc/cells',
    {
      ...signedIn,
      schema: {
        tags,
        querystring: z.object({ round: idParam, task: z.coerce.number().int().positive(), unit: idParam }),
      },
    },
    async (req) => {
      const plan = await currentPlan(req);
      const { round, task, unit } = req.query;
      const report = await accStore(app.kepu.db).findReportCell(round, task, unit);
      return presentCell(req, plan, round, task, unit, report ?? null);
    },
  );

  app.get('/acc/reports/:id', { ...signedIn, schema: { tags, params: idParams } }, async (req) => {
    const plan = await currentPlan(req);
    const report = await accStore(app.kepu.db).findReport(req.params.id);
    if (!report)
      throw new DomainError('acc.report.not_found', `report ${req.params.id} not found`, {
        id: req.params.id,
      });
    return presentCell(req, plan, report.roundId, report.taskNumber, report.unitId, report);
  });

  app.post(
    '/acc/reports',
    { ...signedIn, schema: { tags, body: reportCreateSchema } },
    async (req, reply) => {
      const plan = await currentPlan(req);
      return reply.status(201).send(await withAcc(req, plan, (ctx) => saveReport(ctx, req.body)));
    },
  );

  app.put(
    '/acc/reports/:id',
    { ...signedIn, schema: { tags, params: idParams, body: reportContentSchema } },
    async (req) => {
      const plan = await currentPlan(req);
      return withAcc(req, plan, (ctx) => updateReport(ctx, req.params.id, req.body));
    },
  );

  app.post('/acc/reports/:id/submit', { ...signedIn, schema: { tags, params: idParams } }, async (req) => {
    const plan = await currentPlan(req);
    return withAcc(req, plan, (ctx) => submitReport(ctx, req.params.id));
  });
  app.post(
    '/acc/reports/:id/return',
    { ...signedIn, schema: { tags, params: idParams, body: returnSchema } },
    async (req) => {
      const plan = await currentPlan(req);
      return withAcc(req, plan, (ctx) => returnReport(ctx, req.params.id, req.body.comment));
    },
  );
  app.post(
    '/acc/reports/:id/accept',
    { ...signedIn, schema: { tags, params: idParams, body: reviewSchema } },
    async (req) => {
      const plan = await currentPlan(req);
      return withAcc(req, plan, (ctx) => acceptReport(ctx, req.params.id, req.body.comment));
    },
  );
  app.post(
    '/acc/reports/:id/reopen',
    { ...signedIn, schema: { tags, params: idParams, body: reopenSchema } },
    async (req) => {
      const plan = await currentPlan(req);
      return withAcc(req, plan, (ctx) => reopenReport(ctx, req.params.id, req.body.reason));
    },
  );

  app.post(
    '/acc/reports/:id/files',
    {
      ...signedIn,
      schema: { tags, params: idParams, consumes: ['multipart/form-data'] },
      // refuse an oversized upload from its declared length, before reading a byte of it
      preHandler: async (req) => {
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > MAX_EVIDENCE_BYTES + 64 * 1024) {
          throw new DomainError(
            'acc.file.too_large',
            `a file may be at most ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`,
            { limit: MAX_EVIDENCE_BYTES },
          );
        }
        if (!req.isMultipart())
          throw fieldError(
            'file',
            'acc.file.not_multipart',
            'send the file as multipart/form-data in a field named "file"',
          );
      },
    },
    async (req, reply) => {
      const plan = await currentPlan(req);
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw fieldError('file', 'acc.file.missing', 'attach a file in a field named "file"');
      let data: Buffer;
      try {
        data = await part.toBuffer();
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new DomainError(
            'acc.file.too_large',
            `a file may be at most ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`,
            { limit: MAX_EVIDENCE_BYTES },
          );
        }
        throw e;
      }
      const info = await withAcc(req, plan, (ctx) =>
        attachEvidence(ctx, req.params.id, { fileName: part.filename, data: new Uint8Array(data) }),
      );
      return reply.status(201).send(info);
    },
  );

  app.get('/acc/files/:id', { ...signedIn, schema: { tags, params: idParams } }, async (req, reply) => {
    const plan = await currentPlan(req);
    const file = await findEvidenceFile(app.kepu.db, req.params.id);
    const report = file?.reportId ? await accStore(app.kepu.db).findReport(file.reportId) : undefined;
    if (!file || !report)
      throw new DomainError('acc.file.not_found', `file ${req.params.id} not found`, { id: req.params.id });
    await assertCanRead(req, plan, report.taskNumber, report.unitId);
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return reply
      .header('content-type', file.contentType)
      .header(
        'content-disposition',
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      )
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(file.data));
  });
}
