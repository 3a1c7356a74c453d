// Queries and mutations behind sign-in: unit contacts, the area tree, the audit log and user accounts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Area, AuditPage, NewUser, UnitContact, User } from '../api/types.ts';

export function useUpdateUnit(unitId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitContact) => api.patch<unknown>(`/plans/current/units/${unitId}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['unit', String(unitId)] }),
  });
}

export function useAreas() {
  return useQuery({ queryKey: ['areas'], queryFn: () => api.get<Area[]>('/areas'), staleTime: 5 * 60_000 });
}

export interface AuditFilter {
  limit: number;
  offset: number;
  actor?: string;
  entity?: string;
}

export function useAudit(filter: AuditFilter, enabled: boolean) {
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api.get<AuditPage>('/audit', { ...filter }),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useUsers(enabled: boolean) {
  return useQuery({ queryKey: ['users'], queryFn: () => api.get<User[]>('/users'), enabled });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUser) => api.post<User>('/users', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}
