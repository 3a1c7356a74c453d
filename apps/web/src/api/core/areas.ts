// The jurisdiction's area tree (city, districts and counties, development zones, towns).
import { useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { Area } from './types.ts';

export function useAreas() {
  return useQuery({ queryKey: ['areas'], queryFn: () => api.get<Area[]>('/areas'), staleTime: 5 * 60_000 });
}

/** The tree as one list, each area before its children (for a select of every area). */
export const flatAreas = (nodes: Area[]): Area[] => nodes.flatMap((n) => [n, ...flatAreas(n.children)]);
