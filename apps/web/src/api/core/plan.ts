// Queries for the published plan: overview, tasks and the responsibility matrix (current plan version).
import { useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { Matrix, PlanDetail, Task } from './types.ts';

export const PLAN = '/plans/current';

export interface TaskFilter {
  group?: string;
  unit?: string;
  q?: string;
}

export function usePlan() {
  return useQuery({ queryKey: ['plan'], queryFn: () => api.get<PlanDetail>(PLAN), staleTime: 5 * 60_000 });
}

export function useTasks(filter: TaskFilter) {
  return useQuery({
    queryKey: ['tasks', filter],
    queryFn: () => api.get<Task[]>(`${PLAN}/tasks`, { ...filter }),
    placeholderData: (previous) => previous,
  });
}

export function useTask(number: string) {
  return useQuery({
    queryKey: ['task', number],
    queryFn: () => api.get<Task>(`${PLAN}/tasks/${encodeURIComponent(number)}`),
  });
}

export function useMatrix(filter: { group?: string; unit?: string }) {
  return useQuery({
    queryKey: ['matrix', filter],
    queryFn: () => api.get<Matrix>(`${PLAN}/matrix`, { ...filter }),
    placeholderData: (previous) => previous,
  });
}

export const matrixXlsxPath = `${PLAN}/matrix.xlsx`;
