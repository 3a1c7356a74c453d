// Progress reports: open a cell, save a draft, submit, return/accept (reviewers), reopen (office), evidence files
// (added while editable, removed while a draft).
import type {} from '@fastify/multipart';
import { fieldError } from '@kepu/domain';
import {
  acceptReport,
  attachEvidence,
  deleteEvidence,
  evidenceDownload,
  fileTooLarge,
  MAX_EVIDENCE_BYTES,
  reopenReport,
  reopenSchema,
  reportCellView,
  reportContentSchema,
  reportCreateSchema,
  reportView,
  returnReport,
  returnSchema,
  reviewSchema,
  saveReport,
  submitReport,
  updateReport,
} from '@kepu/domain/accountability';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accRead, accTransaction } from '../../accountability/acc-context.ts';
import { attachment } from '../attachment.ts';
import { idParam, idParams } from '../params.ts';

const tags = ['accountability'];

export async function reportRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  // every role reads reports, within its scope (own unit, led tasks, area), checked by the view
  const readers = { config: { access: 'acc.report.read' as const } };
  const filers = { config: { access: 'acc.file' as const } };
  const reviewers = { config: { access: 'acc.review' as const } };
  const office = { config: { access: 'acc.manage' as const } };

  app.get(
    '/acc/cells',
    {
      ...readers,
      schema: {
        tags,
        querystring: z.object({ round: idParam, task: z.coerce.number().int().positive(), unit: idParam }),
      },
    },
    (req) => accRead(req, (ctx) => reportCellView(ctx, req.query.round, req.query.task, req.query.unit)),
  );

  app.get('/acc/reports/:id', { ...readers, schema: { tags, params: idParams } }, (req) =>
    accRead(req, (ctx) => reportView(ctx, req.params.id)),
  );

  app.post('/acc/reports', { ...filers, schema: { tags, body: reportCreateSchema } }, async (req, reply) =>
    reply.status(201).send(await accTransaction(req, (ctx) => saveReport(ctx, req.body))),
  );

  app.put(
    '/acc/reports/:id',
    { ...filers, schema: { tags, params: idParams, body: reportContentSchema } },
    (req) => accTransaction(req, (ctx) => updateReport(ctx, req.params.id, req.body)),
  );

  app.post('/acc/reports/:id/submit', { ...filers, schema: { tags, params: idParams } }, (req) =>
    accTransaction(req, (ctx) => submitReport(ctx, req.params.id)),
  );
  app.post(
    '/acc/reports/:id/return',
    { ...reviewers, schema: { tags, params: idParams, body: returnSchema } },
    (req) => accTransaction(req, (ctx) => returnReport(ctx, req.params.id, req.body.comment)),
  );
  app.post(
    '/acc/reports/:id/accept',
    { ...reviewers, schema: { tags, params: idParams, body: reviewSchema } },
    (req) => accTransaction(req, (ctx) => acceptReport(ctx, req.params.id, req.body.comment)),
  );
  app.post(
    '/acc/reports/:id/reopen',
    { ...office, schema: { tags, params: idParams, body: reopenSchema } },
    (req) => accTransaction(req, (ctx) => reopenReport(ctx, req.params.id, req.body.reason)),
  );

  app.post(
    '/acc/reports/:id/files',
    {
      ...filers,
      schema: { tags, params: idParams, consumes: ['multipart/form-data'] },
      // refuse an oversized upload from its declared length, before reading a byte of it
      preHandler: async (req) => {
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > MAX_EVIDENCE_BYTES + 64 * 1024) throw fileTooLarge();
        if (!req.isMultipart())
          throw fieldError(
            'file',
            'acc.file.not_multipart',
            'send the file as multipart/form-data in a field named "file"',
          );
      },
    },
    async (req, reply) => {
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw fieldError('file', 'acc.file.missing', 'attach a file in a field named "file"');
      let data: Buffer;
      try {
        data = await part.toBuffer();
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge();
        throw e;
      }
      const info = await accTransaction(req, (ctx) =>
        attachEvidence(ctx, req.params.id, { fileName: part.filename, data: new Uint8Array(data) }),
      );
      return reply.status(201).send(info);
    },
  );

  // evidence leaves a report only while it is a draft: once submitted, what the reviewer saw stays
  app.delete('/acc/files/:id', { ...filers, schema: { tags, params: idParams } }, async (req, reply) => {
    await accTransaction(req, (ctx) => deleteEvidence(ctx, req.params.id));
    return reply.status(204).send();
  });

  app.get('/acc/files/:id', { ...readers, schema: { tags, params: idParams } }, async (req, reply) => {
    const file = await accRead(req, (ctx) => evidenceDownload(ctx, req.params.id));
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', attachment(file.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(file.data));
  });
}
