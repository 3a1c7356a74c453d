// Staff: certificates of service issued, their PDF, revocation with a reason.
import {
  certificateDocument,
  certificateNumberSchema,
  certificateSchema,
  issueCertificate,
  listCertificates,
  reasonSchema,
  revokeCertificate,
} from '@kepu/domain/volunteers';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { certificatePdf } from '../../volunteers/certificate.pdf.ts';
import { attachment } from '../attachment.ts';

const tags = ['volunteers'];

/** The PDF of a certificate (for staff, or the holder with their key), with where to verify it. */
export async function sendCertificate(
  req: FastifyRequest,
  reply: FastifyReply,
  number: string,
  key?: string,
) {
  const { certificate, seal } = await certificateDocument(readContext(req), number, key);
  const origin = `${req.protocol}://${req.headers.host ?? 'localhost'}`;
  const pdf = await certificatePdf(certificate, seal, `${origin}/e/c/${certificate.number}`);
  return reply
    .type('application/pdf')
    .header('content-disposition', attachment(`志愿服务证明-${certificate.number}.pdf`))
    .send(pdf);
}

export async function certificateRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/vol/certificates', { config: { access: 'vol.read' }, schema: { tags } }, async (req) =>
    listCertificates(readContext(req)),
  );
  app.post(
    '/vol/certificates',
    { config: { access: 'vol.manage' }, schema: { tags, body: certificateSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => issueCertificate(ctx, req.body))),
  );
  app.get(
    '/vol/certificates/:number/pdf',
    { config: { access: 'vol.read' }, schema: { tags, params: certificateNumberSchema } },
    async (req, reply) => sendCertificate(req, reply, req.params.number),
  );
  app.post(
    '/vol/certificates/:number/revoke',
    {
      config: { access: 'vol.manage' },
      schema: { tags, params: certificateNumberSchema, body: reasonSchema },
    },
    async (req) => inTransaction(req, (ctx) => revokeCertificate(ctx, req.params.number, req.body.reason)),
  );
}
