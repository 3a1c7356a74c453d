// A venue's annual assessment (科普基地动态管理): the host unit (or the office) files the year's self-report against the
// year's scorecard, with the points it claims; the office reviews it as the expert panel, granting points per item with
// a comment, which gives the total and the grade; the office publishes the year's reviewed results, which the public
// venue pages then show. A published year is final; a year's scorecard is fixed once a report of it is reviewed.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { SvcContext } from './svc.ports.ts';
import type { VenueReport } from './svc.records.ts';
import { DEFAULT_SCORECARD, gradeOf, type Scorecard, scoreValues, sumPoints } from './venue-scorecard.ts';
import { findVenue } from './venues.use-cases.ts';

export async function scorecardOf(ctx: SvcContext, year: number): Promise<Scorecard> {
  return (await ctx.stores.svc.getScorecard(year)) ?? DEFAULT_SCORECARD;
}

export async function setScorecard(ctx: SvcContext, year: number, card: Scorecard) {
  authorize(ctx.actor, 'svc.venues');
  const total = sumPoints(Object.fromEntries(card.items.map((it) => [it.key, it.points])));
  if (total !== 100)
    throw fieldError('body.items', 'svc.scorecard.not_100', `the items' points add up to ${total}, not 100`, {
      total,
    });
  const keys = card.items.map((it) => it.key);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice)
    throw fieldError('body.items', 'svc.scorecard.key_twice', `item ${twice} is listed twice`, {
      key: twice,
    });
  if ((await ctx.stores.svc.venueReports(year)).some((r) => r.state !== 'submitted'))
    throw new DomainError('svc.scorecard.in_use_conflict', `reports of ${year} are reviewed on this card`, {
      year,
    });
  await ctx.stores.svc.saveScorecard(year, card);
  await ctx.audit.write({
    action: 'svc.scorecard.set',
    entity: 'svc_scorecard',
    entityId: year,
    after: card,
  });
  return card;
}

async function reportOf(ctx: SvcContext, venueId: number, year: number) {
  return (await ctx.stores.svc.venueReports(year, venueId))[0];
}

/** The host unit's liaison or the office files the year's values (again, until the review). */
export async function submitVenueReport(
  ctx: SvcContext,
  venueId: number,
  year: number,
  body: { values: Record<string, number>; note: string },
) {
  const v = await findVenue(ctx, venueId);
  authorize(ctx.actor, 'svc.visits', v.hostUnitId);
  const before = await reportOf(ctx, venueId, year);
  if (before && before.state !== 'submitted')
    throw new DomainError('svc.venue_report.state_conflict', 'the report is reviewed already', {
      state: before.state,
    });
  const card = await scorecardOf(ctx, year);
  for (const it of card.items)
    if (body.values[it.key] === undefined)
      throw fieldError(
        `body.values.${it.key}`,
        'svc.venue_report.value_missing',
        `${it.label.en} is missing`,
        {
          item: it.label.zh,
        },
      );
  const values = Object.fromEntries(card.items.map((it) => [it.key, body.values[it.key] as number]));
  const self = scoreValues(card, values);
  const report: Omit<VenueReport, 'venueName'> = {
    venueId,
    year,
    card,
    values,
    selfPoints: self.points,
    selfTotal: self.total,
    note: body.note,
    state: 'submitted',
    reviewPoints: null,
    reviewTotal: null,
    grade: null,
    comment: '',
    checkInspectionId: before?.checkInspectionId ?? null,
    submittedAt: ctx.clock.now().toISOString(),
    reviewedAt: null,
    publishedAt: null,
  };
  await ctx.stores.svc.saveVenueReport(report);
  await ctx.audit.write({
    action: 'svc.venue_report.submit',
    entity: 'svc_venue',
    entityId: venueId,
    after: { year, values, selfTotal: self.total },
  });
  return (await reportOf(ctx, venueId, year)) as VenueReport;
}

/** The office's expert review: the points granted per item (at most the item's), a comment; the total and grade. */
export async function reviewVenueReport(
  ctx: SvcContext,
  venueId: number,
  year: number,
  body: { points: Record<string, number>; comment: string },
) {
  authorize(ctx.actor, 'svc.venues');
  const r = await reportOf(ctx, venueId, year);
  if (!r) throw notFound('svc.venue_report', `${venueId}/${year}`);
  if (r.state === 'published')
    throw new DomainError('svc.venue_report.state_conflict', 'the result is published', { state: r.state });
  for (const it of r.card.items) {
    const p = body.points[it.key];
    if (p === undefined || p > it.points)
      throw fieldError(
        `body.points.${it.key}`,
        'svc.venue_report.points_over',
        `${it.label.en}: 0 to ${it.points} points`,
        { item: it.label.zh, max: it.points },
      );
  }
  const points = Object.fromEntries(r.card.items.map((it) => [it.key, body.points[it.key] as number]));
  const total = sumPoints(points);
  const grade = gradeOf(r.card, total);
  const { venueName: _, ...kept } = r;
  await ctx.stores.svc.saveVenueReport({
    ...kept,
    state: 'reviewed',
    reviewPoints: points,
    reviewTotal: total,
    grade,
    comment: body.comment,
    reviewedAt: ctx.clock.now().toISOString(),
  });
  await ctx.audit.write({
    action: 'svc.venue_report.review',
    entity: 'svc_venue',
    entityId: venueId,
    before: { state: r.state },
    after: { year, total, grade: grade.label.zh, comment: body.comment },
  });
  return (await reportOf(ctx, venueId, year)) as VenueReport;
}

/** The venue and host unit an on-site check inspects: the office's, of a filed report, of a venue with a host unit. */
export async function venueCheckTarget(ctx: SvcContext, venueId: number, year: number) {
  authorize(ctx.actor, 'svc.venues');
  const v = await findVenue(ctx, venueId);
  const r = await reportOf(ctx, venueId, year);
  if (!r) throw notFound('svc.venue_report', `${venueId}/${year}`);
  if (v.hostUnitId === null)
    throw new DomainError(
      'svc.venue.no_host_unit_conflict',
      'the venue has no host unit to answer the findings',
    );
  return { venue: v, hostUnitId: v.hostUnitId, report: r };
}

/** Links the on-site check (an inspection just recorded) to the venue's report of the year. */
export async function recordVenueCheck(ctx: SvcContext, report: VenueReport, inspectionId: number) {
  const { venueName: _, ...kept } = report;
  await ctx.stores.svc.saveVenueReport({ ...kept, checkInspectionId: inspectionId });
  await ctx.audit.write({
    action: 'svc.venue_report.check',
    entity: 'svc_venue',
    entityId: report.venueId,
    after: { year: report.year, inspectionId },
  });
  return (await reportOf(ctx, report.venueId, report.year)) as VenueReport;
}

/** Publishes the year's reviewed results; those not reviewed yet wait for a later publication. */
export async function publishVenueResults(ctx: SvcContext, year: number) {
  authorize(ctx.actor, 'svc.venues');
  const ids = await ctx.stores.svc.publishVenueReports(year, ctx.clock.now().toISOString());
  if (!ids.length)
    throw new DomainError(
      'svc.venue_report.none_reviewed_conflict',
      `no reviewed report of ${year} to publish`,
      {
        year,
      },
    );
  for (const id of ids)
    await ctx.audit.write({
      action: 'svc.venue_report.publish',
      entity: 'svc_venue',
      entityId: id,
      after: { year },
    });
  return { year, published: ids.length };
}

/** The year's card and every report, for staff. */
export async function venueAssessment(ctx: SvcContext, year: number) {
  authorize(ctx.actor, 'svc.ledger.read');
  return { year, card: await scorecardOf(ctx, year), reports: await ctx.stores.svc.venueReports(year) };
}

/** What the public sees of a year: the published results only, the total and grade, no self-report. */
export async function publicVenueResults(ctx: SvcContext, year: number) {
  return (await ctx.stores.svc.venueReports(year))
    .filter((r) => r.state === 'published')
    .map((r) => ({
      venueId: r.venueId,
      venueName: r.venueName,
      total: r.reviewTotal,
      grade: r.grade?.label,
    }));
}
