// An item's image: PNG or JPEG only (the first bytes decide, not the name), at most 1 MB, uploaded by the office
// (audited) and served to players at a stable URL once an item out of draft shows it.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { ContestContext } from './contest.ports.ts';
import type { ItemImage } from './contest.records.ts';

export const MAX_IMAGE_BYTES = 1024 * 1024;

const types: { type: ItemImage['contentType']; magic: number[] }[] = [
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

export const imageTooLarge = () =>
  new DomainError('contest.image.too_large', 'an image may be at most 1 MB', { maxMb: 1 });

/** The content type by the first bytes; a file that is neither PNG nor JPEG is refused naming `file`. */
export function imageType(data: Uint8Array): ItemImage['contentType'] {
  if (data.byteLength === 0) throw fieldError('file', 'contest.image.empty', 'the file is empty');
  if (data.byteLength > MAX_IMAGE_BYTES) throw imageTooLarge();
  const t = types.find((k) => k.magic.every((b, i) => data[i] === b));
  if (!t) throw fieldError('file', 'contest.image.type_refused', 'only PNG and JPEG images are accepted');
  return t.type;
}

export async function uploadImage(ctx: ContestContext, data: Uint8Array) {
  authorize(ctx.actor, 'contest.manage');
  const contentType = imageType(data);
  const id = await ctx.stores.contest.insertImage(
    { contentType, bytes: data.byteLength, data },
    ctx.actor?.username ?? 'system',
  );
  await ctx.audit.write({
    action: 'contest.image.upload',
    entity: 'contest_image',
    entityId: id,
    after: { contentType, bytes: data.byteLength },
  });
  return { id, contentType, bytes: data.byteLength, url: imageUrl(id) };
}

export const imageUrl = (id: number) => `/api/pub/contest-images/${id}`;

/** For staff (any image, to preview a draft) or players (only an image an item out of draft shows). */
export async function itemImage(ctx: ContestContext, id: number, staff: boolean) {
  if (staff) authorize(ctx.actor, 'contest.read');
  const img = await ctx.stores.contest.getImage(id, !staff);
  if (!img) throw notFound('contest.image', id);
  return img;
}

/** An item names an image that exists (else 400 naming `image.id`). */
export async function checkItemImage(ctx: ContestContext, image: { id: number } | null) {
  if (image && !(await ctx.stores.contest.getImage(image.id, false)))
    throw fieldError('body.image.id', 'contest.image.unknown', `no image ${image.id}`);
}
