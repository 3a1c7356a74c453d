// What the survey's use-cases need from storage; the db package implements it over one transaction.

import type { IndStore } from '../indicators/ind.ports.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import type { AreaStore, UserStore } from '../use-cases/ports.ts';
import type {
  InvitationCount,
  IssuedInvitation,
  StoredSurvey,
  SurveyAssignment,
  SurveyInput,
  SurveyInstrumentInput,
  SurveyInstrumentRecord,
  SurveyInvitation,
  SurveyPatch,
  SurveyResponseInput,
  SurveyResponsePatch,
  SurveyResponseRecord,
} from './survey.records.ts';

export interface SurveyStore {
  listInstruments(): Promise<SurveyInstrumentRecord[]>;
  getInstrument(id: number): Promise<SurveyInstrumentRecord | undefined>;
  insertInstrument(i: SurveyInstrumentInput): Promise<SurveyInstrumentRecord>;

  listSurveys(): Promise<StoredSurvey[]>;
  getSurvey(id: number): Promise<StoredSurvey | undefined>;
  insertSurvey(s: SurveyInput): Promise<StoredSurvey>;
  updateSurvey(id: number, patch: SurveyPatch): Promise<StoredSurvey>;
  /** Deletes every response of a survey and marks it purged at `at`; null when it already was. */
  purgeResponses(surveyId: number, at: Date): Promise<number | null>;

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
  /** Stores many responses at once (an import); answers how many. */
  insertResponses(list: SurveyResponseInput[]): Promise<number>;
  updateResponse(id: number, patch: SurveyResponsePatch): Promise<SurveyResponseRecord>;
}

/** The survey's ports; publishing writes the literacy KPI value through the indicators' store. */
export type SurveyContext = UseCaseContext<{
  survey: SurveyStore;
  areas: AreaStore;
  users: UserStore;
  ind: IndStore;
}>;
