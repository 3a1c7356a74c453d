// The commendations' calls for staff: rounds, a round's nominations and log, candidates, nominating, review, moves.
import type {
  Candidate,
  CmdEvent,
  NominationRecord,
  RoundRecord,
  Thresholds,
} from '@kepu/domain/commendations';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';

export type { Candidate, CmdEvent, NominationRecord, RoundRecord, Thresholds };
export interface RoundDetail {
  round: RoundRecord;
  nominations: NominationRecord[];
  events: CmdEvent[];
}

export const useRounds = () =>
  useQuery({ queryKey: ['cmd', 'rounds'], queryFn: () => api.get<RoundRecord[]>('/cmd/rounds') });
export const useRound = (id: number | null) =>
  useQuery({
    queryKey: ['cmd', 'round', id],
    queryFn: () => api.get<RoundDetail>(`/cmd/rounds/${id}`),
    enabled: id !== null,
  });
export const useCandidates = (id: number | null) =>
  useQuery({
    queryKey: ['cmd', 'candidates', id],
    queryFn: () => api.get<Candidate[]>(`/cmd/rounds/${id}/candidates`),
    enabled: id !== null,
  });

function useCmdMutation<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'cmd' }),
  });
}
export const useCreateRound = () =>
  useCmdMutation((body: { year: number; title: string }) => api.post<RoundRecord>('/cmd/rounds', body));
export const useSetThresholds = (id: number) =>
  useCmdMutation((thresholds: Thresholds) =>
    api.put<RoundRecord>(`/cmd/rounds/${id}/thresholds`, { thresholds }),
  );
export const useMoveRound = (id: number) =>
  useCmdMutation((body: { move: string; decisionNumber?: string; decisionDate?: string }) =>
    api.post<RoundRecord>(`/cmd/rounds/${id}/moves`, body),
  );
export const useNominate = (id: number) =>
  useCmdMutation((body: Record<string, unknown>) =>
    api.post<NominationRecord>(`/cmd/rounds/${id}/nominations`, body),
  );
export const useReview = () =>
  useCmdMutation((b: { id: number; move: string; comment: string }) =>
    api.post<NominationRecord>(`/cmd/nominations/${b.id}/review`, { move: b.move, comment: b.comment }),
  );
export const useResubmit = () =>
  useCmdMutation((b: { id: number; belowReason?: string }) =>
    api.post<NominationRecord>(`/cmd/nominations/${b.id}/resubmit`, { belowReason: b.belowReason }),
  );
