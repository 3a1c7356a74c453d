// A course's evidence files: uploaded as multipart (size refused from the declared length first, then the same checks
// as accountability's evidence), downloaded with the one Content-Disposition.

import { fieldError } from '@kepu/domain';
import { fileTooLarge, MAX_EVIDENCE_BYTES } from '@kepu/domain/accountability';
import { attachCourseFile, courseFile } from '@kepu/domain/training';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { attachment } from '../attachment.ts';
import { idParams } from '../params.ts';

const tags = ['training'];

export async function fileRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/trn/courses/:id/files',
    {
      config: { access: 'trn.file' },
      schema: { tags, params: idParams, consumes: ['multipart/form-data'] },
      preHandler: async (req) => {
        if (Number(req.headers['content-length'] ?? 0) > MAX_EVIDENCE_BYTES + 64 * 1024) throw fileTooLarge();
        if (!req.isMultipart())
          throw fieldError(
            'file',
            'acc.file.not_multipart',
            'send the file as multipart/form-data in "file"',
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
      const info = await inTransaction(req, (ctx) =>
        attachCourseFile(ctx, req.params.id, { fileName: part.filename, data: new Uint8Array(data) }),
      );
      return reply.status(201).send(info);
    },
  );
  app.get(
    '/trn/files/:id',
    { config: { access: 'trn.read' }, schema: { tags, params: idParams } },
    async (req, reply) => {
      const f = await courseFile(readContext(req), req.params.id);
      return reply
        .header('content-type', f.contentType)
        .header('content-disposition', attachment(f.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(f.data));
    },
  );
}
