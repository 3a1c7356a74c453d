// The public activity pages' calls: no account; the ticket token in the path is the only key.
import type { ActivityView, RegistrationView } from '@kepu/domain/services';
import { api } from '../api/client.ts';

export type { ActivityView };
export interface TicketView {
  token: string;
  registration: RegistrationView;
  activity: { id: number; title: string; address: string; areaName: string };
  session: ActivityView['sessions'][number] | undefined;
  waitlistPosition: number | null;
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
};

export interface ContestCard {
  id: number;
  title: string;
  mode: 'daily' | 'timed' | 'untimed';
  closesAt: string;
  timeLimit: number | null;
  targetGroups: string[];
  items: number;
  areas: { code: string; name: string }[];
  demo: boolean;
}
export interface PaperView {
  token: string;
  deadline: string | null;
  items: { id: number; kind: 'single' | 'multiple' | 'truefalse'; stem: string; options: string[] }[];
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
  board: (id: number, by: string) => api.get<BoardRow[]>(`/pub/contests/${id}/board`, { by }),
  report: (itemId: number, note: string) => api.post<void>(`/pub/items/${itemId}/report`, { note }),
};
