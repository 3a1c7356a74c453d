// The import page's two steps: read a file or pasted text into a preview (nothing stored), then commit the corrected
// outline as a new plan version with the unit names mapped or confirmed (audited).
import { commitOutlineImport, MAX_OUTLINE_BYTES, previewOutlineText } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../context.ts';
import { previewOutlineUpload } from '../plan/outline-upload.ts';
import { loadPlan } from './plan-loader.ts';

const code = z.string().regex(/^\d{6}$/);
const previewBody = z.union([
  z.strictObject({ fileName: z.string().min(1).max(200), base64: z.string().max(Math.ceil((MAX_OUTLINE_BYTES * 4) / 3) + 4), jurisdiction: code.optional() }),
  z.strictObject({ text: z.string().max(MAX_OUTLINE_BYTES), jurisdiction: code.optional() }),
]);
const commitBody = z.strictObject({
  outline: z.unknown(),
  unitMap: z.record(z.string().min(1).max(80), z.string().min(1).max(80)).optional(),
  newUnits: z.array(z.string().min(1).max(80)).max(2000).optional(),
});

export async function planImportRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const limit = { bodyLimit: Math.ceil((MAX_OUTLINE_BYTES * 4) / 3) + 64 * 1024 };

  app.post(
    '/plans/import/preview',
    { ...limit, config: { access: 'plan.import' }, schema: { tags: ['plan'], body: previewBody } },
    async (req) => {
      const b = req.body;
      const jurisdictionCode = b.jurisdiction ?? req.server.kepu.jurisdiction;
      const existingUnits = await readContext(req).stores.plans.unitNames(jurisdictionCode);
      const options = { jurisdictionCode, existingUnits };
      if ('text' in b) return previewOutlineText('pasted.txt', 'text', b.text, options);
      return previewOutlineUpload(b.fileName, Buffer.from(b.base64, 'base64'), options);
    },
  );

  app.post(
    '/plans/import/commit',
    { ...limit, config: { access: 'plan.import' }, schema: { tags: ['plan'], body: commitBody } },
    async (req, reply) => {
      const planId = await inTransaction(req, (ctx) => commitOutlineImport(ctx, req.body));
      const b = await loadPlan(req, planId);
      return reply.status(201).send({ plan: b.plan });
    },
  );
}
