// The office's publication calls: the releases so far, a year's preview, and publishing it.
import type { PubRelease, PubSnapshot } from '@kepu/domain/publication';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, readResponse } from '../client.ts';

export type { PubSnapshot };
/** A release as listed: its time also in the jurisdiction's zone (`publishedLocal`, YYYY-MM-DD HH:mm). */
export type ReleaseItem = Omit<PubRelease, 'snapshot'> & { publishedLocal: string; timeZone: string };

export const useReleases = () =>
  useQuery({
    queryKey: ['publication', 'releases'],
    queryFn: () => api.get<ReleaseItem[]>('/publication/releases'),
  });

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

export interface ReportInput {
  format: 'docx' | 'pdf';
  intro: string;
  conclusion: string;
}

/** The annual report as a file the browser saves (its name from the server's Content-Disposition). */
export function useAnnualReport(year: number | null) {
  return useMutation({
    mutationFn: async (body: ReportInput) => {
      const res = await fetch(apiUrl(`/publication/${year}/report`), {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) return readResponse<never>(res);
      const blob = await res.blob();
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `report-${year}.${body.format}`;
      const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
      if (name) a.download = decodeURIComponent(name);
      a.click();
      URL.revokeObjectURL(a.href);
      return body.format;
    },
  });
}
