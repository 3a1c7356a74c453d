// The audit log, a page at a time, filtered by actor and entity.
import { useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { AuditPage } from './types.ts';

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
