// The training records' calls: courses a page at a time, a course with its sessions, trainees and files, the changes,
// the year's summary and its downloads.
import type {
  CourseRecord,
  SessionRecord,
  SummaryRow,
  TraineeView,
  TrnFileInfo,
} from '@kepu/domain/training';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, send } from '../client.ts';

export type { CourseRecord, SessionRecord, SummaryRow, TraineeView, TrnFileInfo };

export interface CourseFilter {
  year?: string;
  programme?: string;
  unit?: string;
  area?: string;
  page: number;
}
export interface CoursePage {
  rows: CourseRecord[];
  total: number;
  page: number;
  pageSize: number;
}
export interface CourseDetail {
  course: CourseRecord;
  sessions: SessionRecord[];
  trainees: TraineeView[];
  files: TrnFileInfo[];
  closed: boolean;
  canEdit: boolean;
}
export interface YearSummary {
  year: number;
  rows: SummaryRow[];
  total: SummaryRow;
  demo: boolean;
}

const clean = (q: object) =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== '' && v !== undefined)) as Record<
    string,
    string
  >;

export const useCourses = (f: CourseFilter) =>
  useQuery({
    queryKey: ['trn', 'courses', f],
    queryFn: () => api.get<CoursePage>('/trn/courses', clean({ ...f, page: String(f.page) })),
  });
export const useCourse = (id: number) =>
  useQuery({ queryKey: ['trn', 'course', id], queryFn: () => api.get<CourseDetail>(`/trn/courses/${id}`) });
export const useSummary = (year: string) =>
  useQuery({
    queryKey: ['trn', 'summary', year],
    queryFn: () => api.get<YearSummary>('/trn/summary', { year }),
    enabled: /^\d{4}$/.test(year),
  });
export const summaryDownload = (year: string, ext: 'xlsx' | 'csv') => apiUrl(`/trn/summary.${ext}`, { year });
export const fileDownload = (id: number) => apiUrl(`/trn/files/${id}`);

function useTrnMutation<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'trn' }),
  });
}
export const useCreateCourse = () =>
  useTrnMutation((body: object) => api.post<CourseRecord>('/trn/courses', body));
export const useUpdateCourse = (id: number) =>
  useTrnMutation((body: object) => api.patch<CourseRecord>(`/trn/courses/${id}`, body));
export const useAddSession = (courseId: number) =>
  useTrnMutation((body: object) => api.post<SessionRecord>(`/trn/courses/${courseId}/sessions`, body));
export const useCompleteSession = () =>
  useTrnMutation((id: number) => api.post<SessionRecord>(`/trn/sessions/${id}/complete`));
export const useVoidSession = () =>
  useTrnMutation((b: { id: number; reason: string }) =>
    api.post<SessionRecord>(`/trn/sessions/${b.id}/void`, { reason: b.reason }),
  );
export const useAddTrainee = (courseId: number) =>
  useTrnMutation((body: object) => api.post<TraineeView>(`/trn/courses/${courseId}/trainees`, body));
export const useUpdateTrainee = () =>
  useTrnMutation((b: { id: number; completed?: boolean; certificateNo?: string }) => {
    const { id, ...body } = b;
    return api.patch<TraineeView>(`/trn/trainees/${id}`, body);
  });
export const useUploadFile = (courseId: number) =>
  useTrnMutation((file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return send<TrnFileInfo>('POST', apiUrl(`/trn/courses/${courseId}/files`), form);
  });
