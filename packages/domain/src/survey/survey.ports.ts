// What the survey's use-cases need from storage; the db package implements it over one transaction.
import type { UseCaseContext } from '../kernel/context.ts';
import type { AreaStore, UserStore } from '../use-cases/ports.ts';
import type {
  InvitationCount,
  IssuedInvitation,
  SurveyAssignment,
  SurveyInput,
  SurveyInstrumentInput,
  SurveyInstrumentRecord,
  SurveyInvitation,
  SurveyPatch,
  SurveyRecord,
  SurveyResponseInput,
  SurveyResponsePatch,
  SurveyResponseRecord,
} from './survey.records.ts';

export interface SurveyStore {
  listInstruments(): Promise<SurveyInstrumentRecord[]>;
  getInstrument(id: number): Promise<SurveyInstrumentRecord | undefined>;
  insertInstrument(i: SurveyInstrumentInput): Promise<SurveyInstrumentRecord>;

  listSurveys(): Promise<SurveyRecord[]>;
  getSurvey(id: number): Promise<SurveyRecord | undefined>;
  insertSurvey(s: SurveyInput): Promise<SurveyRecord>;
  updateSurvey(id: number, patch: SurveyPatch): Promise<SurveyRecord>;

  assignments(surveyId: number): Promise<SurveyAssignment[]>;
  setAssignments(surveyId: number, list: { psuCode: string; userId: number }[]): Promise<void>;

  /** Makes `contacts.length` invitations (a random token each, only its hash stored). */
  issueInvitations(
    surveyId: number,
    psuCode: string | null,
    contacts: (string | null)[],
  ): Promise<IssuedInvitation[]>;
  /** The invitation a token opens (by its hash), if it still exists. */
  findInvitation(token: string): Promise<SurveyInvitation | undefined>;
  countInvitations(surveyId: number): Promise<InvitationCount[]>;
  /** Deletes a survey's invitations and their contacts: responses keep no link to who was invited. */
  dropInvitations(surveyId: number): Promise<number>;

  listResponses(surveyId: number): Promise<SurveyResponseRecord[]>;
  getResponse(id: number): Promise<SurveyResponseRecord | undefined>;
  responseOf(invitationId: number): Promise<SurveyResponseRecord | undefined>;
  insertResponse(r: SurveyResponseInput): Promise<SurveyResponseRecord>;
  updateResponse(id: number, patch: SurveyResponsePatch): Promise<SurveyResponseRecord>;
}

export type SurveyContext = UseCaseContext<{ survey: SurveyStore; areas: AreaStore; users: UserStore }>;
