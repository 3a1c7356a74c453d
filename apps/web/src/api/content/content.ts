// Science content's calls for staff: the works (filtered), a work with its versions, log, reviews and emergencies;
// create, edit, submit, publish, withdraw; the experts a work may go to, sending it (the review link answered once)
// and recalling it; the emergencies, starting one under a sign-off and ending it.
import type {
  EmergencyRecord,
  ReviewRecord,
  VersionRecord,
  WorkEvent,
  WorkRecord,
} from '@kepu/domain/content';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';

export type { EmergencyRecord, ReviewRecord, VersionRecord, WorkEvent, WorkRecord };
export interface WorkDetail {
  work: WorkRecord;
  versions: VersionRecord[];
  events: WorkEvent[];
  reviews: ReviewRecord[];
  emergencies: EmergencyRecord[];
  can: { edit: boolean; review: boolean; emergency: boolean };
}
export interface ReviewerChoice {
  id: number;
  name: string;
  title: string;
  organisation: string;
  topics: string[];
}
export interface WorkFilter {
  state?: string;
  kind?: string;
  topic?: string;
}

const get = <T>(key: string, path: string, query?: Record<string, string>) => ({
  queryKey: ['cnt', key, query ?? {}],
  queryFn: () => api.get<T>(path, query),
});
export const useWorks = (q: WorkFilter) =>
  useQuery(
    get<WorkRecord[]>(
      'works',
      '/cnt/works',
      Object.fromEntries(Object.entries(q).filter(([, v]) => v)) as Record<string, string>,
    ),
  );
export const useWork = (id: number) => useQuery(get<WorkDetail>(`work-${id}`, `/cnt/works/${id}`));
export const useReviewers = (id: number, enabled: boolean) =>
  useQuery({ ...get<ReviewerChoice[]>(`reviewers-${id}`, `/cnt/works/${id}/reviewers`), enabled });
export const useEmergencies = () => useQuery(get<EmergencyRecord[]>('emergencies', '/cnt/emergencies'));

function useCntMutation<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'cnt' }),
  });
}
export const useCreateWork = () =>
  useCntMutation((body: unknown) => api.post<WorkRecord>('/cnt/works', body));
export const useEditWork = (id: number) =>
  useCntMutation((body: unknown) => api.put<WorkRecord>(`/cnt/works/${id}`, body));
/** submit, publish (no body), withdraw and recall (a reason) */
export const useWorkMove = (id: number) =>
  useCntMutation((b: { move: 'submit' | 'publish' | 'withdraw' | 'recall'; reason?: string }) =>
    api.post<WorkRecord>(`/cnt/works/${id}/${b.move}`, b.reason === undefined ? {} : { reason: b.reason }),
  );
export const useAssign = (id: number) =>
  useCntMutation((expertId: number) =>
    api.post<{ id: number; expertName: string; link: string }>(`/cnt/works/${id}/reviews`, { expertId }),
  );
export const useStartEmergency = () =>
  useCntMutation((body: { workId: number; signOff: string }) =>
    api.post<EmergencyRecord>('/cnt/emergencies', body),
  );
export const useEndEmergency = () =>
  useCntMutation((b: { id: number; note: string }) =>
    api.post<void>(`/cnt/emergencies/${b.id}/end`, { note: b.note }),
  );
