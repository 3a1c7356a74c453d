// The jurisdictions an account may work in, the session's choice, and the cascade page's data.
import type {
  CascadeChild,
  CascadeEntry,
  CascadeView,
  MyJurisdictionsView,
} from '@kepu/domain/jurisdictions';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from '../client.ts';
import { useSession } from '../core/session.ts';

export type { CascadeChild, CascadeEntry, CascadeView, MyJurisdictionsView };

export function useMyJurisdictions() {
  const session = useSession();
  return useQuery({
    queryKey: ['jurisdictions'],
    queryFn: () => api.get<MyJurisdictionsView>('/jurisdictions'),
    enabled: !!session.data,
    staleTime: 60_000,
  });
}

/** Chooses the session's jurisdiction; every page's data is then fetched again for it. */
export function useChooseJurisdiction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      api.put<{ current: string; name: string }>('/jurisdictions/current', { code }),
    onSuccess: async () => {
      client.removeQueries({
        predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'jurisdictions',
      });
      await client.invalidateQueries();
    },
  });
}

export const useCascade = () =>
  useQuery({
    queryKey: ['jurisdictions', 'cascade'],
    queryFn: () => api.get<CascadeView>('/jurisdictions/cascade'),
  });

export const cascadeExportUrl = () => apiUrl('/jurisdictions/cascade.xlsx');
