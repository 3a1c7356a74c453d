// Hooks for the statistics set-up: reporting units, the reviewer queue, and one mutation helper for set-up changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { IndComputedPreviewView, IndQueueEntryView, IndUnit } from './types.ts';

/** GET /indicators/units: a reporting unit with whether it is still assigned new forms. */
export type SetupUnit = IndUnit;
/** GET /indicators/queue/:year: a report waiting for review or acceptance, with its age in days. */
export type QueueRow = IndQueueEntryView;
/** POST /indicators/forms/:year/computed/preview: a draft formula's city-wide value. */
export type ComputedPreview = IndComputedPreviewView;

export function useIndUnits() {
  return useQuery({ queryKey: ['ind', 'units'], queryFn: () => api.get<SetupUnit[]>('/indicators/units') });
}

export function useQueue(year: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['ind', 'queue', year],
    queryFn: () => api.get<QueueRow[]>(`/indicators/queue/${year}`),
    enabled: enabled && !!year,
  });
}

/** A set-up change (POST, PATCH or PUT); every statistics query is refreshed after it. */
export function useSetupMutation<T = unknown>() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (x: { method: 'post' | 'patch' | 'put'; path: string; body: unknown }) =>
      x.method === 'post'
        ? api.post<T>(x.path, x.body)
        : x.method === 'patch'
          ? api.patch<T>(x.path, x.body)
          : api.put<T>(x.path, x.body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ind'] }),
  });
}
