// What the volunteers' routes answer. Public answers carry names masked (张*明) and no phone, birth date or guardian;
// staff lists show phones masked; only a volunteer's detail (an audited read) shows the personal fields.
import { maskName } from './vol.codes.ts';
import type { HourRecord, SignupRecord, VolunteerRecord } from './vol.records.ts';

const maskPhone = (p: string) => (p ? `${p.slice(0, 3)}****${p.slice(-4)}` : '');

export function presentVolunteer(v: VolunteerRecord) {
  return {
    id: v.id,
    name: v.name,
    phone: maskPhone(v.phone),
    minor: v.guardian !== null,
    teamId: v.teamId,
    skills: v.skills,
    availability: v.availability,
    publicDisplay: v.publicDisplay,
    status: v.status,
    approvedHours: v.approvedHours,
    star: v.star,
    createdAt: v.createdAt,
    demo: v.demo,
  };
}
export type VolunteerView = ReturnType<typeof presentVolunteer>;

/** The volunteer's own page (by their key): name masked as everywhere public; the export has it in full. */
export function presentOwnVolunteer(v: VolunteerRecord) {
  const { phone: _, ...rest } = presentVolunteer(v);
  return { ...rest, name: maskName(v.name) };
}

export const presentPublicSignup = (s: SignupRecord) => ({
  id: s.id,
  opportunityId: s.opportunityId,
  status: s.status,
  createdAt: s.createdAt,
});

export const presentPublicHours = (h: HourRecord) => {
  const { volunteerName: _, decidedBy: __, ...rest } = h;
  return rest;
};

/** A star volunteer on the public list: only those who consented to public display, masked. */
export const presentStar = (v: VolunteerRecord, teamName: string) => ({
  name: maskName(v.name),
  star: v.star,
  approvedHours: v.approvedHours,
  team: teamName,
});
