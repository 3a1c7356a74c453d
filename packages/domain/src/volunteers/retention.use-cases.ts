// Retention marked per personal field: each field is kept so many days after a volunteer's last activity (their
// last hours, else their registration), then cleared; past the name's retention the volunteer is erased (name
// 已删除, every personal field cleared), as is anyone who asked for deletion. The nightly job (volunteers.purge on the
// server's job queue) runs purgeOnSchedule; the office's POST /api/vol/purge erases with a retention it names.
import { authorize } from '../auth/policy.ts';
import type { VolContext } from './vol.ports.ts';

export const personalFields = ['name', 'phone', 'birth_date', 'guardian', 'skills', 'availability'] as const;
export type PersonalField = (typeof personalFields)[number];
/** Shipped with migration 20261225030000: three years for identity and contact, less for what a team plans with. */
export const defaultFieldRetention: Record<PersonalField, number> = {
  name: 1095,
  phone: 1095,
  birth_date: 1095,
  guardian: 1095,
  skills: 730,
  availability: 365,
};

const before = (ctx: VolContext, days: number) =>
  new Date(ctx.clock.now().getTime() - days * 86_400_000).toISOString();

/** Erases those who asked and those inactive past the retention (no permission check: the job's and the office's). */
export async function erasePast(ctx: VolContext, retentionDays: number) {
  const ids = await ctx.stores.vol.purgeable(before(ctx, retentionDays));
  for (const id of ids) {
    await ctx.stores.vol.eraseVolunteer(id);
    await ctx.audit.write({ action: 'vol.volunteer.purge', entity: 'vol_volunteer', entityId: id });
  }
  return ids.length;
}

/** One scheduled run: full erasure past the name's retention, then each other field past its own. */
export async function purgeOnSchedule(ctx: VolContext) {
  const days = await ctx.stores.vol.fieldRetention();
  const erased = await erasePast(ctx, days.name);
  const cleared: Partial<Record<PersonalField, number>> = {};
  for (const field of personalFields) {
    if (field === 'name') continue;
    const ids = await ctx.stores.vol.clearField(field, before(ctx, days[field]));
    cleared[field] = ids.length;
    for (const id of ids)
      await ctx.audit.write({
        action: 'vol.volunteer.purge',
        entity: 'vol_volunteer',
        entityId: id,
        after: { field },
      });
  }
  return { erased, cleared };
}

export async function fieldRetention(ctx: VolContext) {
  authorize(ctx.actor, 'vol.read');
  return ctx.stores.vol.fieldRetention();
}

export async function setFieldRetention(ctx: VolContext, days: Record<PersonalField, number>) {
  authorize(ctx.actor, 'vol.settings');
  const prior = await ctx.stores.vol.fieldRetention();
  await ctx.stores.vol.setFieldRetention(days);
  await ctx.audit.write({
    action: 'vol.retention.update',
    entity: 'vol_settings',
    entityId: 1,
    before: prior,
    after: days,
  });
  return days;
}
