// The volunteers' records as the store answers them.
import type { HourSource, HourState, SignupState, TeamLevel } from './vol.codes.ts';

export interface TeamInput {
  name: string;
  level: TeamLevel;
  parentId: number | null;
  areaCode: string;
  host: string;
}
export interface TeamRecord extends TeamInput {
  id: number;
  areaName: string;
  areaPath: string[];
  hasSeal: boolean;
  members: number;
  /** made up by the demo data (示例) */
  demo: boolean;
}

export interface VolunteerInput {
  name: string;
  phone: string;
  birthDate: string;
  teamId: number | null;
  skills: string[];
  availability: string[];
  guardian: { name: string; phone: string } | null;
  publicDisplay: boolean;
}
export interface VolunteerRecord extends VolunteerInput {
  id: number;
  status: 'active' | 'deletion_requested' | 'erased';
  consentAt: string;
  approvedHours: number;
  star: number;
  createdAt: string;
  demo: boolean;
}

export interface OpportunityInput {
  teamId: number;
  activityId: number | null;
  title: string;
  role: string;
  startsAt: string;
  endsAt: string;
  slots: number;
  skills: string[];
}
export interface OpportunityRecord extends OpportunityInput {
  id: number;
  teamName: string;
  areaCode: string;
  areaPath: string[];
  taken: number;
}

export interface SignupRecord {
  id: number;
  opportunityId: number;
  volunteerId: number;
  volunteerName: string;
  status: SignupState;
  createdAt: string;
}

export interface HourRecord {
  id: number;
  volunteerId: number;
  volunteerName: string;
  teamId: number;
  opportunityId: number | null;
  source: HourSource;
  state: HourState;
  startedAt: string;
  endedAt: string | null;
  hours: number;
  autoCheckedOut: boolean;
  note: string;
  reason: string | null;
  decidedBy: string | null;
}
export type HourInput = Omit<HourRecord, 'id' | 'volunteerName' | 'reason' | 'decidedBy'>;

export interface CertificateRecord {
  id: number;
  number: string;
  volunteerId: number;
  volunteerName: string;
  teamId: number;
  issuer: string;
  hours: number;
  periodFrom: string;
  periodTo: string;
  issuedAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
}
