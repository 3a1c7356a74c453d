// The respondent's calls: the token in the path is the only key.
import type { RespondentView, SurveyAnswer } from '@kepu/domain/survey';
import { api } from '../api/client.ts';

export type { RespondentView, SurveyAnswer };

export const respondApi = {
  open: (token: string) => api.get<RespondentView>(`/s/${token}`),
  consent: (token: string, device: string) => api.post<RespondentView>(`/s/${token}/consent`, { device }),
  save: (
    token: string,
    body: { answers?: Record<string, SurveyAnswer>; demographics?: Record<string, string | number> },
  ) => api.put<{ saved: true }>(`/s/${token}/answers`, body),
  submit: (token: string) => api.post<RespondentView>(`/s/${token}/submit`),
};

/** A random id this browser keeps, so the analyst can see two responses from one device. */
export function deviceId(): string {
  const key = 'kepu-survey-device';
  let id = localStorage.getItem(key);
  if (!id) {
    id = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join(
      '',
    );
    localStorage.setItem(key, id);
  }
  return id;
}
