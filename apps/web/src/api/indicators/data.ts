// Types and react-query hooks for the statistics entry data: populations, literacy values, schools (docs/indicators.md).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { KpiValue } from './types.ts';

export interface PopulationRow {
  area_code: string;
  name: string;
  year: number;
  population: number;
  source: string;
  demoEstimate: boolean;
}
export interface PopulationInput {
  year: number;
  population: number;
  source: string;
}
export interface KpiInput {
  code: 'K_LITERACY';
  year: number;
  areaCode: string;
  option: '' | 'urban' | 'rural' | 'male' | 'female';
  value: number;
  sourceKind: 'survey' | 'published';
  se: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  instrument: string | null;
  citation: string | null;
}
export const SCHOOL_LEVELS = ['primary', 'junior', 'senior', 'vocational', 'nine_year', 'complete'] as const;
export interface School {
  id: number;
  name: string;
  areaCode: string;
  areaName: string;
  level: (typeof SCHOOL_LEVELS)[number];
  urbanRural: 'urban' | 'rural';
  counsellors: number;
}
export type SchoolInput = Omit<School, 'id' | 'areaName'>;

/** Every statistics query starts with 'ind', so a saved figure refreshes the overview, pivot and targets too. */
function useSaved() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['ind'] });
}

export function usePopulations() {
  return useQuery({
    queryKey: ['ind', 'populations'],
    queryFn: () => api.get<PopulationRow[]>('/indicators/populations'),
  });
}
export function useSetPopulation() {
  const saved = useSaved();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ areaCode, ...body }: PopulationInput & { areaCode: string }) =>
      api.put(`/indicators/populations/${encodeURIComponent(areaCode)}`, body),
    // the areas page shows each area's latest figure from the same table
    onSuccess: () => Promise.all([saved(), client.invalidateQueries({ queryKey: ['areas'] })]),
  });
}
export function useAddKpi() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: KpiInput) => api.post<KpiValue[]>('/indicators/kpi', body),
    onSuccess: saved,
  });
}
export function useSchools() {
  return useQuery({ queryKey: ['ind', 'schools'], queryFn: () => api.get<School[]>('/indicators/schools') });
}
/** Whether the signed-in user keeps the schools registry (the office or the education bureau's liaison). */
export function useSchoolsKeeper(enabled: boolean) {
  return useQuery({
    queryKey: ['ind', 'schools-keeper'],
    queryFn: () => api.get<{ canEdit: boolean }>('/indicators/schools/keeper'),
    enabled,
  });
}
export function useAddSchool() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: SchoolInput) => api.post<School[]>('/indicators/schools', body),
    onSuccess: saved,
  });
}
export function useSetCounsellors() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ id, counsellors }: { id: number; counsellors: number }) =>
      api.patch<School[]>(`/indicators/schools/${id}`, { counsellors }),
    onSuccess: saved,
  });
}
export function useDeleteKpi() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (id: number) => api.delete<KpiValue[]>(`/indicators/kpi/${id}`),
    onSuccess: saved,
  });
}
export function useDeleteSchool() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (id: number) => api.delete<School[]>(`/indicators/schools/${id}`),
    onSuccess: saved,
  });
}
