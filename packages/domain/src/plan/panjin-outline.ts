// The shipped default outline (盘政发〔2022〕12号), read from the committed seed JSON so no parser runs at start.
import seed from '../../seed/panjin-outline.json' with { type: 'json' };
import { type Outline, outlineSchema } from './outline.schema.ts';

/** A fresh, validated copy on every call. */
export function loadPanjinOutline(): Outline {
  return outlineSchema.parse(seed);
}
