// The import page's two steps: read a file or pasted text into a preview (nothing stored), then commit the corrected
// outline as a new plan version with the unit names mapped or confirmed (audited).
import {
  commitOutlineImport,
  DomainError,
  INVALID_OUTLINE,
  MAX_OUTLINE_BYTES,
  type OutlinePreview,
  previewOutlineText,
} from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../context.ts';
import { previewOutlineUpload } from '../plan/outline-upload.ts';
import { loadPlan } from './plan-loader.ts';

const code = z.string().regex(/^\d{6}$/);
const previewBody = z.union([
  z.strictObject({
    fileName: z.string().min(1).max(200),
    base64: z.string().max(Math.ceil((MAX_OUTLINE_BYTES * 4) / 3) + 4),
    jurisdiction: code.optional(),
  }),
  z.strictObject({ text: z.string().max(MAX_OUTLINE_BYTES), jurisdiction: code.optional() }),
]);
const commitBody = z.strictObject({
  outline: z.unknown(),
  unitMap: z.record(z.string().min(1).max(80), z.string().min(1).max(80)).optional(),
  newUnits: z.array(z.string().min(1).max(80)).max(2000).optional(),
});

/** A file nothing could be read from (encoding, binary, empty, not a .docx) is refused; a draft with problems is shown. */
function answer(p: OutlinePreview): OutlinePreview {
  if (p.outline) return p;
  const list = p.issues.map((i) => `- ${i.message}`).join('\n');
  throw new DomainError(INVALID_OUTLINE, `大纲文件无效 / invalid outline in ${p.fileName}\n${list}`, {
    source: p.fileName,
    issues: p.issues,
  });
}

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
      const preview =
        'text' in b
          ? previewOutlineText('pasted.txt', 'text', b.text, options)
          : await previewOutlineUpload(b.fileName, Buffer.from(b.base64, 'base64'), options);
      return answer(preview);
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
