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
  selfCheckIn: (sessionId: number, body: { nonce: string; targetGroup: string; minors: number }) =>
    api.post<{ counted: number; replayed: boolean }>(`/pub/sessions/${sessionId}/self-check-in`, body),
};
