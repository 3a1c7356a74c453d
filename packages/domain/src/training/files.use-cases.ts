// Evidence files of a course: checked and size-limited as accountability's evidence (the same rules and codes).
import { checkEvidence } from '../accountability/evidence.ts';
import { notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { editableCourse, readableCourse } from './courses.use-cases.ts';
import type { TrnContext } from './trn.ports.ts';

export const MAX_FILES_PER_COURSE = 20;

export async function attachCourseFile(
  ctx: TrnContext,
  courseId: number,
  file: { fileName: string; data: Uint8Array },
) {
  await editableCourse(ctx, courseId);
  const checked = checkEvidence(file.fileName, file.data);
  if ((await ctx.stores.trn.listFiles(courseId)).length >= MAX_FILES_PER_COURSE)
    throw fieldError('file', 'trn.file.too_many', `a course holds at most ${MAX_FILES_PER_COURSE} files`, {
      max: MAX_FILES_PER_COURSE,
    });
  const info = await ctx.stores.trn.insertFile({
    courseId,
    ...checked,
    bytes: file.data.byteLength,
    data: file.data,
    uploadedBy: ctx.actor?.username ?? 'system',
  });
  await ctx.audit.write({ action: 'trn.file.attach', entity: 'trn_course', entityId: courseId, after: info });
  return info;
}

export async function courseFile(ctx: TrnContext, id: number) {
  const f = await ctx.stores.trn.getFile(id);
  if (!f) throw notFound('trn.file', id);
  await readableCourse(ctx, f.courseId);
  return f;
}
