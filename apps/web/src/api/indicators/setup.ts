// Hooks for the statistics set-up: reporting units, the reviewer queue, and one mutation helper for set-up changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { IndReport, IndUnit } from './types.ts';

export interface SetupUnit extends IndUnit {
  active: boolean;
}
export interface QueueRow {
  unit: IndUnit;
  report: IndReport;
  step: 'review' | 'accept';
  days: number;
}
export interface ComputedPreview {
  year: number;
  root: { code: string; name: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  population: { population: number; year: number; source: string } | null;
}

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
