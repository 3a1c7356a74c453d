// The experts' calls for staff: pools and topics, the directory and one expert, create and edit, the audited phone
// read, the emergency roster, an activity's invitations and their moves, service records and their void.
import type { ExpertView, InvitationView, PoolView, ServiceView } from '@kepu/domain/experts';
import type { EXPERT_TOPICS } from '@kepu/domain/experts/codes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';

export type { ExpertView, InvitationView, PoolView, ServiceView };
export type Topic = (typeof EXPERT_TOPICS)[number];
export interface ExpertDetail {
  expert: ExpertView;
  invitations: InvitationView[];
  services: ServiceView[];
}

const get = <T>(key: string, path: string, query?: Record<string, string>) => ({
  queryKey: ['exp', key, query ?? {}],
  queryFn: () => api.get<T>(path, query),
});
export const usePools = () => useQuery(get<{ pools: PoolView[]; topics: Topic[] }>('pools', '/exp/pools'));
export const useExperts = (q: Record<string, string>) =>
  useQuery(get<ExpertView[]>('experts', '/exp/experts', q));
export const useExpert = (id: number) => useQuery(get<ExpertDetail>(`expert-${id}`, `/exp/experts/${id}`));
export const useRoster = (q: Record<string, string>) =>
  useQuery(get<{ topic: string; experts: ExpertView[] }[]>('roster', '/exp/roster', q));
export const useActivityExperts = (activityId: number, enabled: boolean) =>
  useQuery({
    ...get<{ invitations: InvitationView[]; services: ServiceView[]; held: boolean }>(
      `activity-${activityId}`,
      `/svc/activities/${activityId}/experts`,
    ),
    enabled,
  });

function useExpMutation<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'exp' }),
  });
}
export const useCreateExpert = () =>
  useExpMutation((body: unknown) => api.post<{ id: number; token: string }>('/exp/experts', body));
export const useUpdateExpert = (id: number) =>
  useExpMutation((body: unknown) => api.patch<ExpertView>(`/exp/experts/${id}`, body));
export const useRenewCode = (id: number) =>
  useExpMutation(() => api.post<{ id: number; token: string }>(`/exp/experts/${id}/code`));
/** The full phone: every call is written to the audit log. */
export const useRevealPhone = () =>
  useMutation({
    mutationFn: (id: number) =>
      api.post<{ id: number; name: string; phone: string }>(`/exp/experts/${id}/personal`),
  });
export const useInvite = (activityId: number) =>
  useExpMutation((body: { expertId: number; topic: string | null; note: string }) =>
    api.post<InvitationView>(`/svc/activities/${activityId}/experts`, body),
  );
export const useMoveInvitation = () =>
  useExpMutation((b: { id: number; move: string; reason?: string; hours?: number }) => {
    const { id, ...body } = b;
    return api.post<InvitationView>(`/exp/invitations/${id}/moves`, body);
  });
export const useRecordService = () =>
  useExpMutation((body: unknown) => api.post<ServiceView>('/exp/services', body));
export const useVoidService = () =>
  useExpMutation((b: { id: number; reason: string }) =>
    api.post<unknown>(`/exp/services/${b.id}/void`, { reason: b.reason }),
  );
