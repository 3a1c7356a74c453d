// The office's publication calls: the releases so far, a year's preview, and publishing it.
import type { PubRelease, PubSnapshot } from '@kepu/domain/publication';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';

export type { PubSnapshot };
export type ReleaseItem = Omit<PubRelease, 'snapshot'>;

export const useReleases = () =>
  useQuery({ queryKey: ['publication', 'releases'], queryFn: () => api.get<ReleaseItem[]>('/publication/releases') });

export const usePreview = (year: number | null) =>
  useQuery({
    queryKey: ['publication', 'preview', year],
    queryFn: () => api.get<PubSnapshot>(`/publication/${year}/preview`),
    enabled: year !== null,
  });

export function usePublish() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => api.post<ReleaseItem>(`/publication/${year}/publish`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['publication'] }),
  });
}
