// A year's reports: the list, one unit's report, its changes (save, submit, review), the Excel workbook, assignment.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, send } from '../client.ts';
import type { IndAssignView, IndReportEntryView, IndUploadView, ReportDetail } from './types.ts';

export function useReports(year: number | undefined) {
  return useQuery({
    queryKey: ['ind', 'reports', year],
    queryFn: () => api.get<IndReportEntryView[]>(`/indicators/reports/${year}`),
    enabled: !!year,
  });
}

export function useReport(year: number, unitId: number) {
  return useQuery({
    queryKey: ['ind', 'report', year, unitId],
    queryFn: () => api.get<ReportDetail>(`/indicators/reports/${year}/${unitId}`),
  });
}

/** Every change to a report refreshes the report and all figures (they are computed fresh on the server). */
export function useReportMutation<B>(
  year: number,
  unitId: number,
  path: string,
  method: 'put' | 'post' = 'post',
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) =>
      method === 'put'
        ? api.put<unknown>(`/indicators/reports/${year}/${unitId}${path}`, body)
        : api.post<unknown>(`/indicators/reports/${year}/${unitId}${path}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ind'] }),
  });
}

/** Uploads a filled workbook; soft rules that fail come back as `warnings` with the saved count. */
export function useUpload(year: number, unitId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      send<IndUploadView>(
        'POST',
        apiUrl(`/indicators/reports/${year}/${unitId}/upload`),
        file,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ind'] }),
  });
}

export const templateUrl = (year: number, unitId: number) =>
  apiUrl(`/indicators/reports/${year}/${unitId}/template.xlsx`);

/** The office assigns the year's form to every active reporting unit. */
export function useAssignForm(year: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<IndAssignView>(`/indicators/forms/${year}/assign`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ind'] }),
  });
}
