// The survey's calls for the office, the analyst and the interviewer: instruments, surveys and their design,
// interviewers' PSUs, invitations, door-to-door entry, fieldwork figures and the quality queue.
import type {
  AssignmentsInput,
  FieldworkView,
  InterviewInput,
  InvitationsInput,
  InvitationView,
  NewSurveyInput,
  QualityEntryView,
  QuestionnaireView,
  QuotasInput,
  ReviewInput,
  StatusInput,
  SurveyAnalysisView,
  SurveyInstrumentView,
  SurveyListItem,
  SurveyPatchInput,
  SurveyView,
} from '@kepu/domain/survey';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, send } from '../client.ts';

export type {
  FieldworkView,
  SurveyAnalysisView,
  InvitationView,
  QualityEntryView,
  SurveyInstrumentView,
  SurveyListItem,
  SurveyView,
};

export const useInstruments = () =>
  useQuery({
    queryKey: ['survey', 'instruments'],
    queryFn: () => api.get<SurveyInstrumentView[]>('/survey/instruments'),
  });

export const instrumentFileUrl = (id: number) => apiUrl(`/survey/instruments/${id}/file`);

export const useSurveys = () =>
  useQuery({ queryKey: ['survey', 'list'], queryFn: () => api.get<SurveyListItem[]>('/survey/surveys') });

export const useSurvey = (id: number) =>
  useQuery({ queryKey: ['survey', 'one', id], queryFn: () => api.get<SurveyView>(`/survey/surveys/${id}`) });

export const useQuestionnaire = (id: number) =>
  useQuery({
    queryKey: ['survey', 'questionnaire', id],
    queryFn: () => api.get<QuestionnaireView>(`/survey/surveys/${id}/questionnaire`),
  });

export const useAnalysis = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: ['survey', 'analysis', id],
    queryFn: () => api.get<SurveyAnalysisView>(`/survey/surveys/${id}/analysis`),
    enabled,
  });

export const useFieldwork = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: ['survey', 'fieldwork', id],
    queryFn: () => api.get<FieldworkView>(`/survey/surveys/${id}/fieldwork`),
    enabled,
  });

export const useQuality = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: ['survey', 'quality', id],
    queryFn: () => api.get<QualityEntryView[]>(`/survey/surveys/${id}/quality`),
    enabled,
  });

/** A change that refreshes every survey query after it. */
function useSurveyChange<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['survey'] }) });
}

export const useImportInstrument = () =>
  useSurveyChange((json: string) =>
    send<SurveyInstrumentView>('POST', apiUrl('/survey/instruments'), json, 'application/json'),
  );
export const useCreateSurvey = () =>
  useSurveyChange((body: NewSurveyInput) => api.post<SurveyView>('/survey/surveys', body));
export const useSetDesign = (id: number) =>
  useSurveyChange((json: string) =>
    send<SurveyView>('PUT', apiUrl(`/survey/surveys/${id}/design`), json, 'application/json'),
  );
export const useSetRetention = (id: number) =>
  useSurveyChange((body: Pick<SurveyPatchInput, 'retentionMonths'>) =>
    api.patch<SurveyView>(`/survey/surveys/${id}`, body),
  );
export const useSetAssignments = (id: number) =>
  useSurveyChange((body: AssignmentsInput) => api.put<SurveyView>(`/survey/surveys/${id}/assignments`, body));
export const useSetQuotas = (id: number) =>
  useSurveyChange((body: QuotasInput) => api.put<SurveyView>(`/survey/surveys/${id}/quotas`, body));
export const useSetStatus = (id: number) =>
  useSurveyChange((body: StatusInput) => api.put<SurveyView>(`/survey/surveys/${id}/status`, body));
export const usePublish = (id: number) =>
  useSurveyChange(() => api.post<SurveyView>(`/survey/surveys/${id}/publish`));
export const useInvite = (id: number) =>
  useSurveyChange((body: InvitationsInput) =>
    api.post<InvitationView[]>(`/survey/surveys/${id}/invitations`, body),
  );
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A CSV file goes as its text, an Excel workbook (.xlsx) as it is. */
export const useImportResponses = (id: number) =>
  useSurveyChange(async (file: File) => {
    const excel = /\.xlsx$/i.test(file.name);
    return send<{ rows: number; synthetic: number }>(
      'POST',
      apiUrl(`/survey/surveys/${id}/responses/import`),
      excel ? file : await file.text(),
      excel ? XLSX : 'text/csv',
    );
  });
export const useInterview = (id: number) =>
  useSurveyChange((body: InterviewInput) =>
    api.post<{ id: number }>(`/survey/surveys/${id}/interviews`, body),
  );
export const useReview = (id: number) =>
  useSurveyChange(({ responseId, ...body }: ReviewInput & { responseId: number }) =>
    api.put(`/survey/surveys/${id}/responses/${responseId}/review`, body),
  );
