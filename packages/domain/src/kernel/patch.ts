// A change to part of a record: only the fields named, and at least one of them (an empty change is refused with a 400).
import { z } from 'zod';

/** A strict object of optional fields that refuses `{}` with `validation.empty_patch`, naming the fields it takes. */
export function patchSchema<T extends z.ZodRawShape>(shape: T) {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape).refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: `send at least one of ${fields}`,
    params: { code: 'validation.empty_patch', fields },
  });
}
