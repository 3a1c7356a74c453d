// The contests' calls for staff: the item bank (filters, create, edit, review, players' error reports), contests
// (create, edit, one contest's results, participation and flags), the live leaderboards and a flag's decision.
import type {
  BoardKind,
  BoardRow,
  Contest,
  contestDetail,
  ItemReport,
  ItemReview,
  QuizItem,
  Team,
} from '@kepu/domain/contest';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, send } from '../client.ts';

export type { BoardKind, BoardRow, Contest, ItemReport, QuizItem };
export type ContestDetail = Awaited<ReturnType<typeof contestDetail>>;
export type ItemFilters = Partial<Record<'review' | 'topic' | 'kind' | 'difficulty' | 'group' | 'q', string>>;

/** Uploads an item's image (PNG or JPEG, at most 1 MB; the server checks the first bytes). */
export const useUploadImage = () =>
  useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return send<{ id: number; url: string }>('POST', apiUrl('/contest/images'), form);
    },
  });
/** An image as staff see it (a draft item's too). */
export const staffImageUrl = (id: number) => apiUrl(`/contest/images/${id}`);

/** How often the contest page asks again for the leaderboards and figures while it is open. */
export const LIVE_MS = 5000;

export const useItems = (filters: ItemFilters) =>
  useQuery({
    queryKey: ['contest', 'items', filters],
    queryFn: () => api.get<QuizItem[]>('/contest/items', filters),
  });
export const useItemReports = (id: number) =>
  useQuery({
    queryKey: ['contest', 'reports', id],
    queryFn: () => api.get<ItemReport[]>(`/contest/items/${id}/reports`),
  });
export const useContests = () =>
  useQuery({ queryKey: ['contest', 'contests'], queryFn: () => api.get<Contest[]>('/contest/contests') });
export const useContestDetail = (id: number) =>
  useQuery({
    queryKey: ['contest', 'detail', id],
    queryFn: () => api.get<ContestDetail>(`/contest/contests/${id}`),
    refetchInterval: LIVE_MS,
  });
export const useBoard = (id: number, by: BoardKind) =>
  useQuery({
    queryKey: ['contest', 'board', id, by],
    queryFn: () => api.get<BoardRow[]>(`/contest/contests/${id}/board`, { by }),
    refetchInterval: LIVE_MS,
  });

function useContestMutation<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'contest' }),
  });
}
/** Creates an item, or saves one (id given). */
export const useSaveItem = () =>
  useContestMutation(({ id, body }: { id?: number; body: unknown }) =>
    id ? api.put<QuizItem>(`/contest/items/${id}`, body) : api.post<QuizItem>('/contest/items', body),
  );
export const useReviewItem = () =>
  useContestMutation(({ id, review }: { id: number; review: ItemReview }) =>
    api.post<QuizItem>(`/contest/items/${id}/review`, { review }),
  );
export const useResolveReport = () =>
  useContestMutation(({ itemId, reportId }: { itemId: number; reportId: number }) =>
    api.post<ItemReport[]>(`/contest/items/${itemId}/reports/${reportId}/resolve`),
  );
export const useTeams = (id: number) =>
  useQuery({
    queryKey: ['contest', 'teams', id],
    queryFn: () => api.get<Team[]>(`/contest/contests/${id}/teams`),
  });
export const useAddTeam = (id: number) =>
  useContestMutation((body: object) => api.post<Team>(`/contest/contests/${id}/teams`, body));
export const useSaveContest = () =>
  useContestMutation(({ id, body }: { id?: number; body: unknown }) =>
    id ? api.put<Contest>(`/contest/contests/${id}`, body) : api.post<Contest>('/contest/contests', body),
  );
export const useDecideFlag = () =>
  useContestMutation(({ id, decision, note }: { id: number; decision: string; note: string }) =>
    api.post(`/contest/flags/${id}/decide`, { decision, note }),
  );
