// Plan targets with their progress status, the office's status overrides, and the literacy (KPI) values.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { KpiValue, OverrideStatusInput, TargetsPayload } from './types.ts';

export function useTargets() {
  return useQuery({
    queryKey: ['ind', 'targets'],
    queryFn: () => api.get<TargetsPayload>('/indicators/targets'),
  });
}

export function useKpi() {
  return useQuery({ queryKey: ['ind', 'kpi'], queryFn: () => api.get<KpiValue[]>('/indicators/kpi') });
}

/** Sets (or, with status null, clears) the office's status for one target year, with the reason. */
export function useTargetOverride() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (x: { code: string; year: number } & OverrideStatusInput) =>
      api.put(`/indicators/targets/${x.code}/override/${x.year}`, { status: x.status, reason: x.reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ind'] }),
  });
}
