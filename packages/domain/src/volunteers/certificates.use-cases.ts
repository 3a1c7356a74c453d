// Certificates of service: numbered, issued by a team for a volunteer's approved hours in a period, verified by
// anyone by number (the name masked), revoked with a reason (the record stays and says so).
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { managedTeam, teamArea, visibleTeams } from './teams.use-cases.ts';
import { maskName } from './vol.codes.ts';
import type { VolContext } from './vol.ports.ts';
import type { CertificateRecord } from './vol.records.ts';
import { volunteerByKey } from './volunteers.use-cases.ts';

export async function issueCertificate(
  ctx: VolContext,
  b: { volunteerId: number; teamId: number; periodFrom: string; periodTo: string },
) {
  const team = await managedTeam(ctx, b.teamId);
  const v = await ctx.stores.vol.getVolunteer(b.volunteerId);
  if (!v || v.status === 'erased') throw notFound('vol.volunteer', b.volunteerId);
  const day = (iso: string) => iso.slice(0, 10);
  const hours = (
    await ctx.stores.vol.listHours({ volunteerId: v.id, teamIds: [team.id], states: ['approved'] })
  )
    .filter((h) => day(h.startedAt) >= b.periodFrom && day(h.startedAt) <= b.periodTo)
    .reduce((s, h) => s + h.hours, 0);
  if (hours <= 0)
    throw new DomainError('vol.certificate.no_hours', 'no approved hours with this team in the period', {
      field: 'periodFrom',
    });
  const c = await ctx.stores.vol.insertCertificate(
    {
      ...b,
      issuer: team.name,
      hours: Math.round(hours * 100) / 100,
      issuedAt: ctx.clock.now().toISOString(),
    },
    ctx.actor?.username ?? 'system',
  );
  await ctx.audit.write({
    action: 'vol.certificate.issue',
    entity: 'vol_certificate',
    entityId: c.id,
    after: c,
  });
  return c;
}

export async function revokeCertificate(ctx: VolContext, number: string, reason: string) {
  const c = await ctx.stores.vol.certificateByNumber(number);
  if (!c) throw notFound('vol.certificate', number);
  await managedTeam(ctx, c.teamId, 'params.number');
  if (c.revokedAt) return c;
  const at = ctx.clock.now().toISOString();
  await ctx.stores.vol.revokeCertificate(c.id, reason, at);
  await ctx.audit.write({
    action: 'vol.certificate.revoke',
    entity: 'vol_certificate',
    entityId: c.id,
    after: { reason },
  });
  return { ...c, revokedAt: at, revokeReason: reason };
}

/** What anyone may see of a certificate by its number: the holder's name masked. */
export async function verifyCertificate(ctx: VolContext, number: string) {
  const c = await ctx.stores.vol.certificateByNumber(number);
  if (!c) throw notFound('vol.certificate', number);
  return {
    number: c.number,
    holder: maskName(c.volunteerName),
    issuer: c.issuer,
    hours: c.hours,
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    issuedAt: c.issuedAt,
    valid: c.revokedAt === null,
    revokedAt: c.revokedAt,
    revokeReason: c.revokeReason,
  };
}

/** The certificate and its issuer's seal for the PDF: for the team's staff, or the holder by their key. */
export async function certificateDocument(
  ctx: VolContext,
  number: string,
  key?: string,
): Promise<{ certificate: CertificateRecord; seal: Buffer | null }> {
  const c = await ctx.stores.vol.certificateByNumber(number);
  if (!c) throw notFound('vol.certificate', number);
  if (key) {
    const v = await volunteerByKey(ctx, key);
    if (v.id !== c.volunteerId) throw notFound('vol.certificate', number);
  } else {
    const t = await ctx.stores.vol.getTeam(c.teamId);
    authorize(ctx.actor, 'vol.read');
    if (t && ctx.actor?.role === 'district') authorize(ctx.actor, 'vol.manage', { area: teamArea(t) });
  }
  return { certificate: c, seal: await ctx.stores.vol.seal(c.teamId) };
}

export async function listCertificates(ctx: VolContext) {
  const teams = await visibleTeams(ctx);
  return ctx.stores.vol.listCertificates(
    ctx.actor?.role === 'district' ? { teamIds: teams.map((t) => t.id) } : {},
  );
}
