// Reporting rounds: the office opens a round with a window, and extends it for one unit with a reason.
import { DomainError } from '../errors.ts';
import { fieldError, issue } from '../kernel/field-error.ts';
import { authorizeAcc } from './acc.policy.ts';
import type { AccContext } from './acc.ports.ts';
import type { ExtensionInput, RoundInput } from './acc.schemas.ts';
import { unitOf } from './acc.scope.ts';
import { type AccRound, roundKind } from './acc.types.ts';
import { closingDate, roundPhase } from './report.policy.ts';

const periodNames: Record<AccRound['period'], string> = {
  Q1: '第一季度',
  Q2: '第二季度',
  Q3: '第三季度',
  Q4: '第四季度',
  H1: '上半年',
  H2: '下半年',
  Y: '年度',
};
export const defaultRoundTitle = (year: number, period: AccRound['period']) =>
  period === 'Y' ? `${year}年度进展报告` : `${year}年${periodNames[period]}进展报告`;

export async function createRound(ctx: AccContext, input: RoundInput): Promise<AccRound> {
  authorizeAcc(ctx.actor, 'acc.manage', 'only the leading group office may open a reporting round');
  const acc = ctx.stores.acc;
  if (await acc.findRoundByPeriod(ctx.plan.plan.id, input.year, input.period)) {
    const params = { period: input.period, year: input.year };
    throw new DomainError(
      'acc.round.period_exists',
      `a ${input.period} round for ${input.year} already exists`,
      {
        ...params,
        issues: [issue('body.period', 'acc.round.period_exists', 'already exists', params)],
      },
    );
  }
  if (input.opensOn.slice(0, 4) < String(input.year))
    throw fieldError(
      'body.opensOn',
      'acc.round.opens_before_year',
      `a ${input.year} round cannot open before ${input.year}`,
      { year: input.year },
    );
  const round = await acc.insertRound({
    planId: ctx.plan.plan.id,
    year: input.year,
    period: input.period,
    title: input.title || defaultRoundTitle(input.year, input.period),
    opensOn: input.opensOn,
    dueOn: input.dueOn,
    closesOn: input.closesOn,
  });
  await ctx.audit.write({
    action: 'acc.round.create',
    entity: 'acc_round',
    entityId: round.id,
    after: round,
  });
  return round;
}

export async function extendRound(ctx: AccContext, roundId: number, input: ExtensionInput) {
  authorizeAcc(ctx.actor, 'acc.manage', 'only the leading group office may extend a reporting window');
  const acc = ctx.stores.acc;
  const round = await acc.findRound(roundId);
  if (!round) throw new DomainError('acc.round.not_found', `round ${roundId} not found`, { id: roundId });
  unitOf(ctx.plan, input.unitId, 'unitId');
  if (input.closesOn <= round.closesOn)
    throw fieldError(
      'body.closesOn',
      'acc.extension_too_early',
      `an extension must close after the round does (${round.closesOn})`,
      { closesOn: round.closesOn },
    );
  const before = await acc.findExtension(roundId, input.unitId);
  const after = await acc.upsertExtension({ roundId, ...input });
  await ctx.audit.write({
    action: 'acc.round.extend',
    entity: 'acc_round',
    entityId: roundId,
    before: before ?? null,
    after,
  });
  return after;
}

/** The last day a unit may file in a round: the round's closing date or the unit's extension. */
export async function closingDateFor(ctx: AccContext, round: AccRound, unitId: number): Promise<string> {
  return closingDate(round, await ctx.stores.acc.findExtension(round.id, unitId));
}

/** Refuses filing before the round opens and after the unit's closing date. */
export async function assertWindowOpen(ctx: AccContext, round: AccRound, unitId: number): Promise<void> {
  const today = ctx.clock.today();
  const closes = await closingDateFor(ctx, round, unitId);
  const phase = roundPhase(round, today, closes);
  if (phase === 'upcoming') {
    throw new DomainError(
      'acc.round.not_open',
      `the round opens on ${round.opensOn}; reports cannot be filed before then`,
      { opensOn: round.opensOn },
    );
  }
  if (phase === 'closed') {
    throw new DomainError(
      'acc.round.closed',
      `the round closed on ${closes}; ask the leading group office to extend the window for your unit`,
      { closesOn: closes },
    );
  }
}

/** The plan's rounds, newest first, each with its kind and phase today. */
export async function roundsView(ctx: AccContext) {
  const today = ctx.clock.today();
  return (await ctx.stores.acc.listRounds(ctx.plan.plan.id)).map((r) => ({
    ...r,
    kind: roundKind(r.period),
    phase: roundPhase(r, today),
  }));
}
export type RoundView = Awaited<ReturnType<typeof roundsView>>[number];

/** One round with its phase and the units' extensions. */
export async function roundDetailView(ctx: AccContext, id: number) {
  const round = (await roundsView(ctx)).find((r) => r.id === id);
  if (!round) throw new DomainError('acc.round.not_found', `round ${id} not found`, { id });
  const extensions = (await ctx.stores.acc.listExtensions(round.id)).map((e) => ({
    ...e,
    unitName: ctx.plan.units.get(e.unitId)?.name ?? '',
  }));
  return { ...round, extensions };
}
export type RoundDetailView = Awaited<ReturnType<typeof roundDetailView>>;
