// Figures for the map and zones, the pivot table, and completeness and timeliness of filing.
import { useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { Completeness, FigureStage, Figures, Pivot } from './types.ts';

export function useFigures(year: number | undefined, figure: string, stage?: FigureStage) {
  return useQuery({
    queryKey: ['ind', 'figures', year, figure, stage],
    queryFn: () => api.get<Figures>('/indicators/figures', { year, figure, stage }),
    enabled: !!year,
    placeholderData: (p) => p,
  });
}

export function usePivot(q: {
  year?: number;
  rows: string;
  cols: string;
  group?: string;
  years?: string;
  stage?: FigureStage;
}) {
  return useQuery({
    queryKey: ['ind', 'pivot', q],
    queryFn: () => api.get<Pivot>('/indicators/pivot', q),
    enabled: !!q.year,
    placeholderData: (p) => p,
  });
}

/** Reports in and on time; `counted`: the reports `stage` counts (what the figures beside it count). */
export function useCompleteness(year: number | undefined, stage?: FigureStage) {
  return useQuery({
    queryKey: ['ind', 'completeness', year, stage],
    queryFn: () => api.get<Completeness>('/indicators/completeness', { year, stage }),
    enabled: !!year,
  });
}
