// The public services' calls for staff: activities and their moves, ledger figures and the form's pre-fill.
import type { ActivityView, Campaign, CampaignReport, FigureRow } from '@kepu/domain/services';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';

export type { ActivityView, Campaign, CampaignReport, FigureRow };
export interface ActivityDetail extends ActivityView {
  events: { fromState: string | null; toState: string; note: string | null; byName: string; at: string }[];
  moves: string[];
}
export interface Figures {
  year: number;
  root: { code: string; name: string };
  total: FigureRow;
  districts: FigureRow[];
}
export interface PrefillRow {
  item: string;
  option: string;
  value: number;
  filed: number | null;
  note: { reason: string | null } | null;
}

export const useActivities = () =>
  useQuery({ queryKey: ['svc', 'activities'], queryFn: () => api.get<ActivityView[]>('/svc/activities') });
export const useActivity = (id: number) =>
  useQuery({
    queryKey: ['svc', 'activity', id],
    queryFn: () => api.get<ActivityDetail>(`/svc/activities/${id}`),
  });
export interface FeedbackResults {
  window: { opensAt: string; closesAt: string } | null;
  answers: number;
  fromTickets: number;
  questions: { key: 'overall' | 'content' | 'organisation'; mean: number | null; spread: number[] }[];
  recommend: { yes: number; no: number };
  comments: { text: string; overall: number; at: string }[];
}
export const useActivityFeedback = (id: number) =>
  useQuery({
    queryKey: ['svc', 'activity', id, 'feedback'],
    queryFn: () => api.get<FeedbackResults>(`/svc/activities/${id}/feedback`),
  });
type MessageTally = Record<'queued' | 'sent' | 'failed', number>;
export interface ActivityMessages {
  /** The server has an SMS gateway (KEPU_SMS_URL). */
  enabled: boolean;
  reminder: MessageTally;
  promoted: MessageTally;
}
export const useActivityMessages = (id: number) =>
  useQuery({
    queryKey: ['svc', 'activity', id, 'messages'],
    queryFn: () => api.get<ActivityMessages>(`/svc/activities/${id}/messages`),
  });
export const useCampaigns = () =>
  useQuery({ queryKey: ['svc', 'campaigns'], queryFn: () => api.get<Campaign[]>('/svc/campaigns') });
export const useCampaignReport = (id: number) =>
  useQuery({
    queryKey: ['svc', 'campaign', id],
    queryFn: () => api.get<CampaignReport>(`/svc/campaigns/${id}/report`),
  });
export const useFigures = (year: number) =>
  useQuery({
    queryKey: ['svc', 'figures', year],
    queryFn: () => api.get<Figures>('/svc/ledger/figures', { year }),
  });
export const usePrefill = (year: number, unitId: number, enabled: boolean) =>
  useQuery({
    queryKey: ['svc', 'prefill', year, unitId],
    queryFn: () => api.get<PrefillRow[]>(`/svc/prefill/${year}/${unitId}`),
    enabled,
  });

/** A write to the services: every services (and statistics, whose pre-fill it feeds) query is read again. */
export function useSvcMutation<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'svc' || q.queryKey[0] === 'ind' }),
  });
}
export const useFileActivity = () =>
  useSvcMutation((body: unknown) => api.post<ActivityDetail>('/svc/activities', body));
export const useMove = (id: number) =>
  useSvcMutation((body: { move: string; note?: string; summary?: unknown }) =>
    api.post<ActivityDetail>(`/svc/activities/${id}/moves`, body),
  );
export const useApplyPrefill = (year: number, unitId: number) =>
  useSvcMutation((cells: { item: string; option: string; value: number | null; reason?: string }[]) =>
    api.post<PrefillRow[]>(`/svc/prefill/${year}/${unitId}`, { cells }),
  );
