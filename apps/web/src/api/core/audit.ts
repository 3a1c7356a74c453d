// The audit log, a page at a time, filtered by actor and entity.
import { useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { AuditPage, AuditQuery } from './types.ts';

export function useAudit(filter: AuditQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api.get<AuditPage>('/audit', { ...filter }),
    enabled,
    placeholderData: (previous) => previous,
  });
}
