// Reporting rounds: the office opens a round with a window, and extends it for one unit with a reason.
import { DomainError } from '../errors.ts';
import type { AccContext } from './acc.ports.ts';
import type { ExtensionInput, RoundInput } from './acc.schemas.ts';
import { fieldError, requireOffice, unitOf } from './acc.scope.ts';
import type { AccRound } from './acc.types.ts';

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
  requireOffice(ctx.actor, 'open a reporting round');
  if (await ctx.acc.findRoundByPeriod(ctx.plan.plan.id, input.year, input.period)) {
    throw new DomainError(
      'acc.round.period_exists',
      `a ${input.period} round for ${input.year} already exists`,
      { issues: [{ path: 'body.period', message: 'already exists' }] },
    );
  }
  if (input.opensOn.slice(0, 4) < String(input.year))
    throw fieldError('body.opensOn', `a ${input.year} round cannot open before ${input.year}`);
  const round = await ctx.acc.insertRound({
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
  requireOffice(ctx.actor, 'extend a reporting window');
  const round = await ctx.acc.findRound(roundId);
  if (!round) throw new DomainError('acc.round.not_found', `round ${roundId} not found`, { id: roundId });
  unitOf(ctx.plan, input.unitId, 'unitId');
  if (input.closesOn <= round.closesOn)
    throw fieldError('body.closesOn', `an extension must close after the round does (${round.closesOn})`);
  const before = await ctx.acc.findExtension(roundId, input.unitId);
  const after = await ctx.acc.upsertExtension({ roundId, ...input });
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
export async function closingDateFor(
  ctx: Pick<AccContext, 'acc'>,
  round: AccRound,
  unitId: number,
): Promise<string> {
  const ext = await ctx.acc.findExtension(round.id, unitId);
  return ext && ext.closesOn > round.closesOn ? ext.closesOn : round.closesOn;
}

export async function assertWindowOpen(ctx: AccContext, round: AccRound, unitId: number): Promise<void> {
  if (ctx.today < round.opensOn) {
    throw new DomainError(
      'acc.round.not_open',
      `the round opens on ${round.opensOn}; reports cannot be filed before then`,
      { opensOn: round.opensOn },
    );
  }
  const closes = await closingDateFor(ctx, round, unitId);
  if (ctx.today > closes) {
    throw new DomainError(
      'acc.round.closed',
      `the round closed on ${closes}; ask the leading group office to extend the window for your unit`,
      { closesOn: closes },
    );
  }
}
