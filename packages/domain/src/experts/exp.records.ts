// The experts' records as the store answers them.
import type { ExpertStatus, ExpertTopic, Gender, InvitationState, ServiceKind } from './exp.codes.ts';

export interface PoolRecord {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  members: number;
}

export interface ExpertInput {
  name: string;
  gender: Gender | null;
  title: string;
  organisation: string;
  fields: string[];
  topics: ExpertTopic[];
  areaCodes: string[];
  languages: string[];
  available: boolean;
  availability: string;
  phone: string;
  publicDisplay: boolean;
  poolIds: number[];
}
export interface ExpertArea {
  code: string;
  name: string;
  path: string[];
}
export interface ExpertRecord extends Omit<ExpertInput, 'areaCodes'> {
  id: number;
  areas: ExpertArea[];
  status: ExpertStatus;
  consentAt: string;
  createdAt: string;
  demo: boolean;
}

export interface InvitationRecord {
  id: number;
  activityId: number;
  activityTitle: string;
  activityAreaCode: string;
  expertId: number;
  expertName: string;
  topic: ExpertTopic | null;
  note: string;
  state: InvitationState;
  reason: string | null;
  requestedBy: string;
  requestedAt: string;
  answeredBy: string | null;
  answeredAt: string | null;
}

export interface ServiceInput {
  expertId: number;
  kind: ServiceKind;
  date: string;
  hours: number;
  activityId: number | null;
  invitationId: number | null;
  /** what was served, for a content review the reviewed work (e.g. `content:12`) */
  ref: string | null;
  note: string;
}
export interface ServiceRecord extends ServiceInput {
  id: number;
  activityTitle: string | null;
  createdBy: string;
  createdAt: string;
  voidedAt: string | null;
  voidReason: string | null;
}
