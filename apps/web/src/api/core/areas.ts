// The jurisdiction's area tree (city, districts and counties, development zones, towns).
import { useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { Area } from './types.ts';

export function useAreas() {
  return useQuery({ queryKey: ['areas'], queryFn: () => api.get<Area[]>('/areas'), staleTime: 5 * 60_000 });
}
