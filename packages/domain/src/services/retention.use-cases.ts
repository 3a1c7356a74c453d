// The registrations' retention: after an activity's retention (days from the end of its last session), the name,
// phone and form answers of its registrations are cleared, audited per activity; the ledger's counts stay.
import type { SvcContext } from './svc.ports.ts';

export async function purgeRegistrationAnswers(ctx: SvcContext) {
  const done = await ctx.stores.svc.purgeRegistrations(ctx.clock.now().toISOString());
  for (const d of done)
    await ctx.audit.write({
      action: 'svc.registration.purge',
      entity: 'svc_activity',
      entityId: d.activityId,
      after: { cleared: d.cleared },
    });
  return done;
}
