// The item bank: items written and reviewed by the office (only approved items are drawn), error reports from players.
import { authorize } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import type { ItemReview } from './contest.codes.ts';
import type { ContestContext } from './contest.ports.ts';
import type { ItemBody } from './contest.schemas.ts';

export async function listItems(ctx: ContestContext, q: { review?: ItemReview; topic?: string }) {
  authorize(ctx.actor, 'contest.read');
  return ctx.stores.contest.listItems(q);
}

export async function createItem(ctx: ContestContext, body: ItemBody) {
  authorize(ctx.actor, 'contest.manage');
  const item = await ctx.stores.contest.insertItem(body);
  await ctx.audit.write({
    action: 'contest.item.create',
    entity: 'contest_item',
    entityId: item.id,
    after: item,
  });
  return item;
}

export async function reviewItem(ctx: ContestContext, id: number, review: ItemReview) {
  authorize(ctx.actor, 'contest.manage');
  const [item] = await ctx.stores.contest.getItems([id]);
  if (!item) throw notFound('contest.item', id);
  await ctx.stores.contest.setItemReview(id, review);
  await ctx.audit.write({
    action: 'contest.item.review',
    entity: 'contest_item',
    entityId: id,
    before: { review: item.review },
    after: { review },
  });
  return { ...item, review };
}

/** A player says an item is wrong (no account); the office sees the count and the notes. */
export async function reportItem(ctx: ContestContext, id: number, note: string) {
  const [item] = await ctx.stores.contest.getItems([id]);
  if (!item || item.review === 'draft') throw notFound('contest.item', id);
  await ctx.stores.contest.insertReport(id, note, ctx.clock.now().toISOString());
}

export async function itemReports(ctx: ContestContext, id: number) {
  authorize(ctx.actor, 'contest.read');
  return ctx.stores.contest.itemReports(id);
}
