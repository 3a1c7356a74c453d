// What the server says about itself (GET /api/health): whether it runs with the published demo data.
import { useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';

interface Health {
  status: 'ok';
  demo: boolean;
}

/** `demo` is true while the server runs with the demo data; false until it has answered. */
export function useDemoData(): boolean {
  const q = useQuery({
    queryKey: ['health'],
    queryFn: () => api.get<Health>('/health'),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return q.data?.demo === true;
}
