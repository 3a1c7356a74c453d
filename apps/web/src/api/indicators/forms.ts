// The yearly statistics forms: the list of years, one year's form, and adding an item to it (the office).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { IndForm, IndFormYearView } from './types.ts';

export function useForms() {
  return useQuery({
    queryKey: ['ind', 'forms'],
    queryFn: () => api.get<IndFormYearView[]>('/indicators/forms'),
  });
}

export function useForm(year: number | undefined) {
  return useQuery({
    queryKey: ['ind', 'form', year],
    queryFn: () => api.get<IndForm>(`/indicators/forms/${year}`),
    enabled: !!year,
  });
}

/** Adds an item to the year's form; every statistics query is refreshed after it. */
export function useAddItem(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (item: Record<string, unknown>) => api.post(`/indicators/forms/${year}/items`, item),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ind'] }),
  });
}

/** A jurisdiction's first form: the shipped (default) one for the year, filed from March to April of the next. */
export function useStartForm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (year: number) =>
      api.post('/indicators/forms', { year, opensOn: `${year + 1}-03-01`, dueOn: `${year + 1}-04-30` }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ind'] }),
  });
}
