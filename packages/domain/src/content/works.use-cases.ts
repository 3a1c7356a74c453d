// Works and their logged state machine: a unit's liaison or the office writes a work (each submitted change a new
// version), submits it; the office sends it to an expert (reviews.use-cases.ts), publishes what was approved and
// withdraws with a reason. Every step is an event of the work and an audit entry.
import { authorize, can } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { editableStates, nextWorkState, type WorkMove, type WorkState } from './cnt.codes.ts';
import type { CntContext } from './cnt.ports.ts';
import type { VersionInput, WorkMeta, WorkRecord } from './cnt.records.ts';
import type { WorkBody, WorkEditBody } from './cnt.schemas.ts';

export const actorName = (ctx: CntContext) => ctx.actor?.username ?? 'public';
export const nowIso = (ctx: CntContext) => ctx.clock.now().toISOString();

/** A move refused in the work's state: 409 naming the state. */
export const stateConflict = (w: Pick<WorkRecord, 'id' | 'state'>, move: string) =>
  new DomainError('cnt.work.state_conflict', `work ${w.id} is ${w.state}: cannot ${move}`, {
    state: w.state,
    move,
  });

/** The fields a kind needs: a pack its hazard, a rumour its card, a video or audio its link. */
function checkKind(kind: WorkRecord['kind'], b: WorkEditBody) {
  if (kind === 'emergency_pack' && !b.hazard)
    throw fieldError('body.hazard', 'cnt.hazard_required', 'an emergency pack names its hazard');
  if (kind === 'rumour' && !b.rumour)
    throw fieldError(
      'body.rumour.claim',
      'cnt.rumour_required',
      'a rumour card states the claim and verdict',
    );
  if ((kind === 'video' || kind === 'audio') && !b.mediaUrl)
    throw fieldError('body.mediaUrl', 'cnt.media_required', 'a video or audio work links its file');
}

const meta = (kind: WorkRecord['kind'], b: WorkEditBody, unitId: number | null): WorkMeta => ({
  title: b.title,
  topics: [...new Set(b.topics)],
  targetGroups: [...new Set(b.targetGroups)],
  unitId,
  author: b.author,
  source: b.source,
  licence: b.licence,
  hazard: kind === 'emergency_pack' ? b.hazard : null,
});
const versionOf = (kind: WorkRecord['kind'], b: WorkEditBody): VersionInput => ({
  summary: b.summary,
  body: b.body,
  mediaUrl: b.mediaUrl,
  rumour: kind === 'rumour' ? b.rumour : null,
});

/** The unit a work is filed under: a liaison's own (always), the office's choice (or none: the office's own). */
function unitFor(ctx: CntContext, asked: number | null) {
  if (ctx.actor?.role === 'liaison') {
    const own = ctx.actor.unitId;
    if (asked !== null && asked !== own)
      throw fieldError('body.unitId', 'cnt.unit_not_own', 'a liaison files works of their own unit');
    return own;
  }
  return asked;
}

async function event(
  ctx: CntContext,
  w: Pick<WorkRecord, 'id' | 'version'>,
  move: Parameters<CntContext['stores']['cnt']['insertEvent']>[0]['move'],
  from: WorkState | null,
  to: WorkState,
  note = '',
  by = actorName(ctx),
) {
  await ctx.stores.cnt.insertEvent({
    workId: w.id,
    move,
    fromState: from,
    toState: to,
    version: w.version,
    by,
    at: nowIso(ctx),
    note,
  });
}

/** The work, refused unless the actor may read it (a liaison reads its own unit's works). */
export async function readableWork(ctx: CntContext, id: number): Promise<WorkRecord> {
  authorize(ctx.actor, 'cnt.read');
  const w = await ctx.stores.cnt.getWork(id);
  if (!w || (ctx.actor?.role === 'liaison' && w.unitId !== ctx.actor.unitId)) throw notFound('cnt.work', id);
  return w;
}

/** The work locked for a change by its author's side (its unit's liaison or the office). */
async function editableWork(ctx: CntContext, id: number) {
  const w = await ctx.stores.cnt.lockWork(id);
  if (!w) throw notFound('cnt.work', id);
  authorize(ctx.actor, 'cnt.edit', w.unitId);
  return w;
}

export async function listWorks(
  ctx: CntContext,
  q: { state?: WorkState; kind?: WorkRecord['kind']; topic?: string },
) {
  authorize(ctx.actor, 'cnt.read');
  const unitIds = ctx.actor?.role === 'liaison' ? [ctx.actor.unitId ?? -1] : undefined;
  return ctx.stores.cnt.listWorks({
    ...(q.state && { states: [q.state] }),
    kind: q.kind,
    topic: q.topic,
    unitIds,
  });
}

export async function workDetail(ctx: CntContext, id: number) {
  const w = await readableWork(ctx, id);
  const [versions, events, reviews, emergencies] = await Promise.all([
    ctx.stores.cnt.versions(id),
    ctx.stores.cnt.events(id),
    ctx.stores.cnt.reviewsOf({ workId: id }),
    ctx.stores.cnt.emergencies({ workId: id }),
  ]);
  return {
    work: w,
    versions,
    events,
    reviews,
    emergencies,
    can: {
      edit: can(ctx.actor, 'cnt.edit', w.unitId) && editableStates.includes(w.state),
      review: can(ctx.actor, 'cnt.review'),
      emergency: w.kind === 'emergency_pack' && can(ctx.actor, 'cnt.emergency'),
    },
  };
}

export async function createWork(ctx: CntContext, b: WorkBody) {
  const unitId = unitFor(ctx, b.unitId);
  authorize(ctx.actor, 'cnt.edit', unitId);
  checkKind(b.kind, b);
  const m = meta(b.kind, b, unitId);
  const id = await ctx.stores.cnt.insertWork(
    { ...m, kind: b.kind },
    versionOf(b.kind, b),
    actorName(ctx),
    nowIso(ctx),
  );
  await event(ctx, { id, version: 1 }, 'create', null, 'draft');
  await ctx.audit.write({ action: 'cnt.work.create', entity: 'cnt_work', entityId: id, after: b });
  return (await ctx.stores.cnt.getWork(id)) as WorkRecord;
}

/** A change of text: the newest version is changed while it was never submitted, else a new version starts. An
 *  edit of a withdrawn work makes it a draft again, to be reviewed before it is published again. */
export async function editWork(ctx: CntContext, id: number, b: WorkEditBody) {
  const w = await editableWork(ctx, id);
  if (!editableStates.includes(w.state)) throw stateConflict(w, 'edit');
  const unitId = ctx.actor?.role === 'liaison' ? w.unitId : b.unitId;
  checkKind(w.kind, b);
  const at = nowIso(ctx);
  await ctx.stores.cnt.updateWorkMeta(id, meta(w.kind, b, unitId), at);
  const newest = await ctx.stores.cnt.getVersion(id, w.version);
  const v = versionOf(w.kind, b);
  const n = newest?.submittedAt ? await ctx.stores.cnt.insertVersion(id, v, actorName(ctx), at) : w.version;
  if (n === w.version) await ctx.stores.cnt.updateVersion(id, n, v);
  const to: WorkState = w.state === 'withdrawn' ? 'draft' : w.state;
  if (to !== w.state) await ctx.stores.cnt.setWorkState(id, to, { at, publishedVersion: null });
  await event(ctx, { id, version: n }, 'edit', w.state, to);
  await ctx.audit.write({
    action: 'cnt.work.edit',
    entity: 'cnt_work',
    entityId: id,
    before: { version: w.version },
    after: { version: n, ...b },
  });
  return (await ctx.stores.cnt.getWork(id)) as WorkRecord;
}

/** The author's side sends the newest version to review. */
export async function submitWork(ctx: CntContext, id: number) {
  const w = await editableWork(ctx, id);
  return move(ctx, w, 'submit');
}

/** The office publishes an approved work (or a withdrawn one again, unchanged since its review). */
export async function publishWork(ctx: CntContext, id: number, note = '') {
  authorize(ctx.actor, 'cnt.review');
  const w = await ctx.stores.cnt.lockWork(id);
  if (!w) throw notFound('cnt.work', id);
  return move(ctx, w, 'publish', note);
}

export async function withdrawWork(ctx: CntContext, id: number, reason: string) {
  authorize(ctx.actor, 'cnt.review');
  const w = await ctx.stores.cnt.lockWork(id);
  if (!w) throw notFound('cnt.work', id);
  return move(ctx, w, 'withdraw', reason);
}

/** One step of the state machine on a locked work: the state, the version's submission, publication, the log. */
export async function move(ctx: CntContext, w: WorkRecord, m: WorkMove, note = '', by = actorName(ctx)) {
  const to = nextWorkState(w.state, m);
  if (!to) throw stateConflict(w, m);
  const at = nowIso(ctx);
  if (m === 'submit') await ctx.stores.cnt.markSubmitted(w.id, w.version, at);
  await ctx.stores.cnt.setWorkState(w.id, to, {
    at,
    ...(m === 'publish' && { publishedVersion: w.version }),
    ...(m === 'withdraw' && { publishedVersion: null, withdrawnReason: note }),
  });
  await event(ctx, w, m, w.state, to, note, by);
  await ctx.audit.write({
    action: `cnt.work.${m}`,
    entity: 'cnt_work',
    entityId: w.id,
    before: { state: w.state },
    after: { state: to, version: w.version, ...(note && { note }) },
    ...(!ctx.actor && { actor: { id: null, username: by } }),
  });
  return { ...w, state: to };
}
