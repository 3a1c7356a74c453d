// Types and react-query hooks for the statistics entry data: populations, literacy values, schools (docs/indicators.md).
import type {
  IndPopulationView,
  IndSchoolsKeeperView,
  IndSchoolView,
  KpiInput,
  PopulationFormInput,
  SchoolFormInput,
} from '@kepu/domain/indicators';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { KpiValue } from './types.ts';

export type PopulationRow = IndPopulationView;
export type School = IndSchoolView;
/** The bodies of PUT /indicators/populations/:code, POST /indicators/kpi and POST /indicators/schools: the schemas'
 *  parsed types (the domain exports no z.input for them); the forms send every field, so they are valid bodies too. */
export type PopulationInput = PopulationFormInput;
export type { KpiInput };
export type SchoolInput = SchoolFormInput;
/** The levels a school may have (the domain's list is a value in its schema; this one is checked against it). */
export const SCHOOL_LEVELS: readonly SchoolInput['level'][] = [
  'primary',
  'junior',
  'senior',
  'vocational',
  'nine_year',
  'complete',
];

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
    queryFn: () => api.get<IndSchoolsKeeperView>('/indicators/schools/keeper'),
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
