// The public activity pages' calls: no account; the ticket token in the path is the only key.

import type { Hazard, RumourCard, WorkKind } from '@kepu/domain/content';
import type { OwnExpertPageView, PublicExpertView } from '@kepu/domain/experts';
import type { ActivityView, PublicVenue, RegistrationView, TargetGroup } from '@kepu/domain/services';
import { api } from '../api/client.ts';
import type { VolWords } from './volunteer-text.ts';

export type { ActivityView };
export interface VenueSlot {
  id: number;
  startsAt: string;
  endsAt: string;
  capacity: number;
  left: number;
}
export interface TicketView {
  token: string;
  registration: RegistrationView;
  activity: { id: number; title: string; address: string; areaName: string };
  session: ActivityView['sessions'][number] | undefined;
  waitlistPosition: number | null;
}
export interface FeedbackForm {
  activity: { id: number; title: string; areaName: string; address: string; mode: string };
  state: 'not_yet' | 'open' | 'closed';
  opensAt: string | null;
  closesAt: string | null;
}
/** A group's own booking, by its link (GET /api/pub/bookings/:token). */
export interface BookingView {
  booking: {
    id: number;
    groupName: string;
    size: number;
    status: 'booked' | 'visited' | 'cancelled';
    cancelReason: string | null;
  };
  slot: { startsAt: string; endsAt: string } | null;
  venue: { id: number; name: string; areaName: string; address: string } | null;
  cancellable: boolean;
}
export interface AreaOption {
  code: string;
  name: string;
  parentCode: string | null;
}

export const pubApi = {
  list: (q: Record<string, string>) => api.get<ActivityView[]>('/pub/activities', q),
  one: (id: number) => api.get<ActivityView>(`/pub/activities/${id}`),
  register: (body: unknown) => api.post<{ token: string; status: string }>('/pub/registrations', body),
  ticket: (token: string) => api.get<TicketView>(`/pub/tickets/${token}`),
  cancel: (token: string) => api.post<TicketView>(`/pub/tickets/${token}/cancel`),
  selfCheckIn: (sessionId: number, body: { nonce: string; targetGroup: string; minors: number }) =>
    api.post<{ counted: number; replayed: boolean }>(`/pub/sessions/${sessionId}/self-check-in`, body),
  venue: (id: number) => api.get<{ venue: PublicVenue; slots: VenueSlot[] }>(`/pub/venues/${id}`),
  feedbackForm: (id: number) => api.get<FeedbackForm>(`/pub/activities/${id}/feedback`),
  giveFeedback: (id: number, body: unknown) =>
    api.post<{ id: number }>(`/pub/activities/${id}/feedback`, body),
  book: (body: unknown) =>
    api.post<{ id: number; size: number; groupName: string; token: string }>('/pub/bookings', body),
  booking: (token: string) => api.get<BookingView>(`/pub/bookings/${token}`),
  cancelBooking: (token: string) => api.post<BookingView>(`/pub/bookings/${token}/cancel`),
};

export interface OpenRole {
  id: number;
  title: string;
  role: string;
  teamId: number;
  teamName: string;
  startsAt: string;
  endsAt: string;
  slots: number;
  taken: number;
}
export interface OwnPage {
  volunteer: { name: string; star: number; approvedHours: number; status: string };
  signups: { id: number; opportunityId: number; status: keyof VolWords['states'] }[];
  hours: { id: number; startedAt: string; hours: number; state: keyof VolWords['hourStates'] }[];
  certificates: { number: string; hours: number; issuer: string; revoked: boolean }[];
  starHours: number[];
}
export interface CertificateCheck {
  number: string;
  holder: string;
  issuer: string;
  hours: number;
  periodFrom: string;
  periodTo: string;
  issuedAt: string;
  valid: boolean;
  revokeReason: string | null;
}

/** The volunteer's calls: the key given at registration is the only key. */
export const volApi = {
  teams: () => api.get<{ id: number; name: string }[]>('/pub/vol/teams'),
  register: (body: unknown) => api.post<{ token: string }>('/pub/vol/volunteers', body),
  roles: () => api.get<OpenRole[]>('/pub/vol/opportunities'),
  me: (key: string) => api.get<OwnPage>(`/pub/vol/me/${key}`),
  signUp: (key: string, id: number) => api.post<OwnPage>(`/pub/vol/me/${key}/signups/${id}`),
  cancel: (key: string, id: number) => api.post<OwnPage>(`/pub/vol/me/${key}/signups/${id}/cancel`),
  deletion: (key: string) => api.post<{ status: string }>(`/pub/vol/me/${key}/deletion`),
  certificate: (n: string) => api.get<CertificateCheck>(`/pub/vol/certificates/${n}`),
};

/** The experts' public calls: the list (names masked) and the expert's own page by their key. */
type Topics = { code: string; zh: string; en: string }[];
export type ExpertPage = OwnExpertPageView & { topics: Topics };
export const expApi = {
  list: () => api.get<{ topics: Topics; experts: PublicExpertView[] }>('/pub/experts'),
  me: (key: string) => api.get<ExpertPage>(`/pub/exp/me/${key}`),
  answer: (key: string, kind: string, id: number, body: { answer: string; reason?: string }) =>
    api.post<ExpertPage>(`/pub/exp/me/${key}/requests/${kind}/${id}`, body),
  deletion: (key: string) => api.post<{ status: string }>(`/pub/exp/me/${key}/deletion`),
};

/** The expert's review by its key (GET /api/pub/reviews/:token): the review, the work and the version sent. */
export interface ReviewView {
  review: {
    state: string;
    comments: string;
    expertName: string;
    decidedAt: string | null;
    assignedAt: string;
  };
  work: {
    title: string;
    kind: WorkKind;
    topics: string[];
    targetGroups: TargetGroup[];
    author: string;
    unitName: string | null;
    source: string;
    licence: string;
    hazard: Hazard | null;
  };
  version: {
    number: number;
    summary: string;
    body: string;
    mediaUrl: string | null;
    rumour: RumourCard | null;
  };
}
export const reviewApi = {
  get: (token: string) => api.get<ReviewView>(`/pub/reviews/${token}`),
  answer: (token: string, body: { verdict: 'approve' | 'revise'; comments: string }) =>
    api.post<{ state: string }>(`/pub/reviews/${token}`, body),
};

export interface ContestCard {
  id: number;
  title: string;
  mode: 'daily' | 'timed' | 'untimed';
  closesAt: string;
  timeLimit: number | null;
  targetGroups: string[];
  items: number;
  /** extra points for a fast, fully right item (server-timed); null when none */
  speedBonus: { bonusPoints: number; bonusSeconds: number | null } | null;
  /** players join a team when they start */
  teamMode: boolean;
  areas: { code: string; name: string }[];
  demo: boolean;
}
export interface PaperView {
  token: string;
  deadline: string | null;
  items: {
    id: number;
    kind: 'single' | 'multiple' | 'truefalse';
    stem: string;
    options: string[];
    /** shown above the stem; its URL is stable and cached */
    image: { url: string; alt: string } | null;
  }[];
}
export interface ResultView {
  score: number;
  correct: number;
  items: { id: number; answer: number[]; explanation: string; points: number }[];
}
export type BoardRow = { rank: number; label: string; score: number };

export const contestApi = {
  list: () => api.get<ContestCard[]>('/pub/contests'),
  start: (id: number, body: unknown) => api.post<PaperView>(`/pub/contests/${id}/attempts`, body),
  submit: (token: string, answers: number[][]) =>
    api.post<ResultView>(`/pub/attempts/${token}/submit`, { answers }),
  teams: (id: number) => api.get<{ id: number; name: string; unit: string }[]>(`/pub/contests/${id}/teams`),
  board: (id: number, by: string) => api.get<BoardRow[]>(`/pub/contests/${id}/board`, { by }),
  report: (itemId: number, note: string) => api.post<void>(`/pub/items/${itemId}/report`, { note }),
};
