// Queries and the contact mutation for the plan's responsible units (current plan version).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import { PLAN } from './plan.ts';
import type { UnitContact, UnitDetail, UnitSummary } from './types.ts';

export function useUnits() {
  return useQuery({
    queryKey: ['units'],
    queryFn: () => api.get<UnitSummary[]>(`${PLAN}/units`),
    staleTime: 5 * 60_000,
  });
}

export function useUnit(unitId: string) {
  return useQuery({
    queryKey: ['unit', unitId],
    queryFn: () => api.get<UnitDetail>(`${PLAN}/units/${encodeURIComponent(unitId)}`),
  });
}

export function useUpdateUnit(unitId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitContact) => api.patch<unknown>(`${PLAN}/units/${unitId}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['unit', String(unitId)] }),
  });
}
