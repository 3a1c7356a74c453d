// The survey's tables (migrations 20261208010000, 20261208020000).
import type { Generated } from 'kysely';
import type { Json, Stamp, Timestamp, WithDefault } from './columns.ts';

export interface SurveyInstrumentsTable {
  id: Generated<number>;
  code: string;
  version: number;
  title: string;
  /** The shipped default: an illustrative instrument, not the official item bank. */
  illustrative: WithDefault<boolean>;
  definition: Json;
  created_at: Timestamp;
}
export interface SurveysTable {
  id: Generated<number>;
  name: string;
  year: number;
  instrument_id: number;
  districts: string[];
  status: WithDefault<'draft' | 'fieldwork' | 'closed' | 'published'>;
  consent: string;
  design: Json;
  created_at: Timestamp;
  status_at: Timestamp;
  retention_months: WithDefault<number>;
  closed_at: Stamp;
  purged_at: Stamp;
  /** The office's fieldwork quotas (migration 20261212010000); null = none set. */
  quotas: Json;
}
export interface SurveyAssignmentsTable {
  survey_id: number;
  psu_code: string;
  user_id: number;
}
export interface SurveyTokensTable {
  id: Generated<number>;
  survey_id: number;
  token_hash: string;
  psu_code: string | null;
  contact: string | null;
  created_at: Timestamp;
}
export interface SurveyResponsesTable {
  id: Generated<number>;
  survey_id: number;
  token_id: number | null;
  mode: 'self' | 'interviewer' | 'import';
  psu_code: string | null;
  answers: Json;
  demographics: Json;
  consent_at: Stamp;
  started_at: Timestamp;
  submitted_at: Stamp;
  device: string | null;
  interviewer_id: number | null;
  review: 'accepted' | 'excluded' | null;
  review_reason: string | null;
  reviewed_by: number | null;
  synthetic: WithDefault<boolean>;
}
