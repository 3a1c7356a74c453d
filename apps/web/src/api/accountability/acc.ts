// Queries and mutations for the accountability pages (react-query over the typed API client).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, send } from '../client.ts';
import { useSession } from '../core/session.ts';
import type {
  AccAbilities,
  AccNotificationList,
  Board,
  EvidenceFile,
  Inspection,
  MyWork,
  ReportCell,
  RollUp,
  Round,
  RoundDetail,
  Scorecard,
  WorkItem,
  YearSummary,
} from './types.ts';

export const accKeys = { all: ['acc'] as const };

export function useAccAbilities(): AccAbilities & { role: string | null; unitId: number | null } {
  const { data } = useSession();
  const a = (data?.abilities ?? {}) as AccAbilities;
  return { ...a, role: data?.user?.role ?? null, unitId: data?.user?.unitId ?? null };
}

export const useRounds = () =>
  useQuery({ queryKey: ['acc', 'rounds'], queryFn: () => api.get<Round[]>('/acc/rounds') });
export const useRound = (id: number | undefined) =>
  useQuery({
    queryKey: ['acc', 'round', id],
    queryFn: () => api.get<RoundDetail>(`/acc/rounds/${id}`),
    enabled: id !== undefined,
  });
export const useMyWork = (enabled = true) =>
  useQuery({ queryKey: ['acc', 'my'], queryFn: () => api.get<MyWork>('/acc/my'), enabled });
export const useNotifications = (enabled: boolean) =>
  useQuery({
    queryKey: ['acc', 'notifications'],
    queryFn: () => api.get<AccNotificationList>('/acc/notifications'),
    enabled,
  });
export const useBoard = (q: Record<string, string | undefined>) =>
  useQuery({
    queryKey: ['acc', 'board', q],
    queryFn: () => api.get<Board>('/acc/board', q),
    enabled: !!q.round,
    placeholderData: (p) => p,
  });
export const useRollUp = (round: number | undefined) =>
  useQuery({
    queryKey: ['acc', 'rollup', round],
    queryFn: () => api.get<RollUp>('/acc/rollup', { round }),
    enabled: round !== undefined,
  });
export const useScorecards = (year: number) =>
  useQuery({
    queryKey: ['acc', 'scorecards', year],
    queryFn: () => api.get<Scorecard[]>('/acc/scorecards', { year }),
  });
export const useSummary = (year: number) =>
  useQuery({
    queryKey: ['acc', 'summary', year],
    queryFn: () => api.get<YearSummary>('/acc/summary', { year }),
  });
export const useWorkItems = (year: number) =>
  useQuery({
    queryKey: ['acc', 'work-items', year],
    queryFn: () => api.get<WorkItem[]>('/acc/work-items', { year }),
  });
export const useInspections = () =>
  useQuery({ queryKey: ['acc', 'inspections'], queryFn: () => api.get<Inspection[]>('/acc/inspections') });
export const useReportCell = (ref: { id?: string; round?: string; task?: string; unit?: string }) =>
  useQuery({
    queryKey: ['acc', 'cell', ref],
    queryFn: () =>
      ref.id
        ? api.get<ReportCell>(`/acc/reports/${ref.id}`)
        : api.get<ReportCell>('/acc/cells', { round: ref.round, task: ref.task, unit: ref.unit }),
  });

/** A mutation that refreshes every accountability query (and any `also` keys) when it succeeds. */
export function useAccMutation<TIn, TOut = unknown>(
  fn: (input: TIn) => Promise<TOut>,
  also: readonly (readonly unknown[])[] = [],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(
        [accKeys.all, ...also].map((queryKey) => client.invalidateQueries({ queryKey: [...queryKey] })),
      ),
  });
}

export const accApi = {
  put: api.put,
  post: api.post,
  patch: api.patch,
  delete: api.delete,
};

export function uploadEvidence(reportId: number, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return send<EvidenceFile>('POST', apiUrl(`/acc/reports/${reportId}/files`), form);
}
