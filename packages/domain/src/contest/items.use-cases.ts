// The item bank: items written and reviewed by the office (only approved items are drawn), error reports from players.
import { authorize } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import type { ItemReview } from './contest.codes.ts';
import type { ContestContext } from './contest.ports.ts';
import type { ItemBody, ItemQuery } from './contest.schemas.ts';
import { checkItemImage } from './images.use-cases.ts';

export async function listItems(ctx: ContestContext, q: ItemQuery) {
  authorize(ctx.actor, 'contest.read');
  return ctx.stores.contest.listItems(q);
}

export async function createItem(ctx: ContestContext, body: ItemBody) {
  authorize(ctx.actor, 'contest.manage');
  await checkItemImage(ctx, body.image);
  const item = await ctx.stores.contest.insertItem(body);
  await ctx.audit.write({
    action: 'contest.item.create',
    entity: 'contest_item',
    entityId: item.id,
    after: item,
  });
  return item;
}

/** An edited item goes back to draft: it is drawn again only after a new review. Papers already drawn keep their
 *  scores (they were scored when submitted). */
export async function updateItem(ctx: ContestContext, id: number, body: ItemBody) {
  authorize(ctx.actor, 'contest.manage');
  const [before] = await ctx.stores.contest.getItems([id]);
  if (!before) throw notFound('contest.item', id);
  await checkItemImage(ctx, body.image);
  const item = await ctx.stores.contest.updateItem(id, body);
  await ctx.audit.write({
    action: 'contest.item.update',
    entity: 'contest_item',
    entityId: id,
    before,
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

/** The office has dealt with a player's report (corrected the item or found it right). */
export async function resolveItemReport(ctx: ContestContext, itemId: number, reportId: number) {
  authorize(ctx.actor, 'contest.manage');
  if (!(await ctx.stores.contest.resolveReport(itemId, reportId)))
    throw notFound('contest.item.report', reportId);
  await ctx.audit.write({
    action: 'contest.item.report.resolve',
    entity: 'contest_item',
    entityId: itemId,
    after: { report: reportId, resolved: true },
  });
  return ctx.stores.contest.itemReports(itemId);
}
