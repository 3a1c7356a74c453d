// What the experts' routes answer. Staff see names in full and phones masked (the full phone is the audited read);
// public answers carry names masked (张*明) and no phone, gender or languages beyond what the expert agreed to show.
import { maskName } from '../volunteers/vol.codes.ts';
import type { ExpertRecord, InvitationRecord, PoolRecord, ServiceRecord } from './exp.records.ts';
import type { ExpertRequest } from './own.use-cases.ts';

export const maskPhone = (p: string) => (p ? `${p.slice(0, 3)}****${p.slice(-4)}` : '');

export function presentExpert(e: ExpertRecord, manage = false) {
  return {
    id: e.id,
    name: e.name,
    gender: e.gender,
    title: e.title,
    organisation: e.organisation,
    fields: e.fields,
    topics: e.topics,
    areas: e.areas.map((a) => ({ code: a.code, name: a.name })),
    languages: e.languages,
    available: e.available,
    availability: e.availability,
    phone: maskPhone(e.phone),
    publicDisplay: e.publicDisplay,
    poolIds: e.poolIds,
    status: e.status,
    createdAt: e.createdAt,
    demo: e.demo,
    /** the reader may edit the expert, reveal the phone, record services */
    manage,
  };
}
export type ExpertView = ReturnType<typeof presentExpert>;

export const presentInvitation = (i: InvitationRecord) => i;
export type InvitationView = InvitationRecord;
export const presentService = (s: ServiceRecord) => s;
export type ServiceView = ServiceRecord;
export type PoolView = PoolRecord;

/** An expert on the public list (consented to display): masked name, title, organisation, pools and topics. */
export const presentPublicExpert = (e: ExpertRecord, pools: PoolRecord[]) => ({
  name: maskName(e.name),
  title: e.title,
  organisation: e.organisation,
  topics: e.topics,
  areas: e.areas.map((a) => a.name),
  pools: pools.filter((p) => e.poolIds.includes(p.id)).map((p) => p.name),
});
export type PublicExpertView = ReturnType<typeof presentPublicExpert>;

/** The expert's own page: name masked as everywhere public; only the export carries it (and the phone) in full. */
export function presentOwnPage(p: {
  expert: ExpertRecord;
  pools: PoolRecord[];
  requests: ExpertRequest[];
  services: ServiceRecord[];
}) {
  const e = p.expert;
  return {
    expert: {
      name: maskName(e.name),
      title: e.title,
      organisation: e.organisation,
      topics: e.topics,
      areas: e.areas.map((a) => a.name),
      pools: p.pools.map((x) => x.name),
      publicDisplay: e.publicDisplay,
      status: e.status,
      demo: e.demo,
    },
    requests: p.requests,
    services: p.services.map((s) => ({
      id: s.id,
      kind: s.kind,
      date: s.date,
      hours: s.hours,
      activityTitle: s.activityTitle,
      note: s.note,
      voided: s.voidedAt !== null,
    })),
  };
}
export type OwnExpertPageView = ReturnType<typeof presentOwnPage>;
