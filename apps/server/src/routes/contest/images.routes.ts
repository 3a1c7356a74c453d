// Items' images: the office uploads one (multipart, field `file`; PNG or JPEG by its first bytes, at most 1 MB), then
// names it in the item. Players fetch it at a stable URL, cached a year (an image row never changes: a new picture
// is a new upload); staff may see any image, players only one an item out of draft shows.
import multipart from '@fastify/multipart';
import { fieldError } from '@kepu/domain';
import { imageTooLarge, itemImage, MAX_IMAGE_BYTES, uploadImage } from '@kepu/domain/contest';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['contest'];

const send = (reply: FastifyReply, img: { contentType: string; data: Uint8Array }, cache: string) =>
  reply
    .header('content-type', img.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', cache)
    .send(Buffer.from(img.data));

export async function imageRoutes(base: FastifyInstance) {
  await base.register(multipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 2, parts: 3 } });
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/contest/images',
    {
      config: { access: 'contest.manage' },
      schema: { tags, consumes: ['multipart/form-data'] },
      preHandler: async (req) => {
        if (Number(req.headers['content-length'] ?? 0) > MAX_IMAGE_BYTES + 64 * 1024) throw imageTooLarge();
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
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw imageTooLarge();
        throw e;
      }
      return reply.code(201).send(await inTransaction(req, (ctx) => uploadImage(ctx, new Uint8Array(data))));
    },
  );
  app.get(
    '/contest/images/:id',
    { config: { access: 'contest.read' }, schema: { tags, params: idParams } },
    async (req, reply) =>
      send(reply, await itemImage(readContext(req), req.params.id, true), 'private, no-store'),
  );
  app.get(
    '/pub/contest-images/:id',
    { config: { access: 'public' }, schema: { tags, params: idParams } },
    async (req, reply) =>
      send(
        reply,
        await itemImage(readContext(req), req.params.id, false),
        'public, max-age=31536000, immutable',
      ),
  );
}
