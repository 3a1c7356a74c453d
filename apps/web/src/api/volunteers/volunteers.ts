// The volunteers' calls for staff: teams, volunteers, opportunities and sign-ups, check-in by code, hours and their
// review, certificates, the star levels' hours.
import type {
  CertificateRecord,
  HourRecord,
  NationalMapping,
  OpportunityRecord,
  SignupRecord,
  TeamRecord,
  VolunteerView,
} from '@kepu/domain/volunteers';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';

export type {
  CertificateRecord,
  HourRecord,
  NationalMapping,
  OpportunityRecord,
  SignupRecord,
  TeamRecord,
  VolunteerView,
};

const get = <T>(key: string, path: string, query?: Record<string, string>) => ({
  queryKey: ['vol', key, query ?? {}],
  queryFn: () => api.get<T>(path, query),
});
export const useTeams = () => useQuery(get<TeamRecord[]>('teams', '/vol/teams'));
export const useVolunteers = () => useQuery(get<VolunteerView[]>('volunteers', '/vol/volunteers'));
export const useOpportunities = () =>
  useQuery(get<OpportunityRecord[]>('opportunities', '/vol/opportunities'));
export const useOpportunity = (id: number) =>
  useQuery(
    get<{ opportunity: OpportunityRecord; signups: SignupRecord[] }>(
      `opportunity-${id}`,
      `/vol/opportunities/${id}`,
    ),
  );
export const useHours = (states: string) => useQuery(get<HourRecord[]>('hours', '/vol/hours', { states }));
export const useCertificates = () => useQuery(get<CertificateRecord[]>('certificates', '/vol/certificates'));
export const useStarHours = () => useQuery(get<{ hours: number[] }>('star-hours', '/vol/star-hours'));

function useVolMutation<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'vol' }),
  });
}
export const useCreateTeam = () =>
  useVolMutation((body: unknown) => api.post<TeamRecord>('/vol/teams', body));
export const useCreateOpportunity = () =>
  useVolMutation((body: unknown) => api.post<OpportunityRecord>('/vol/opportunities', body));
export const useScanVolunteer = (opportunityId: number) =>
  useVolMutation((code: string) =>
    api.post<{ action: 'in' | 'out'; hours: number }>(`/vol/opportunities/${opportunityId}/scan`, { code }),
  );
export const useMoveHours = () =>
  useVolMutation((body: { ids: number[]; move: string; reason?: string }) =>
    api.post<{ moved: number }>('/vol/hours/moves', body),
  );
export const useIssueCertificate = () =>
  useVolMutation((body: { volunteerId: number; teamId: number; periodFrom: string; periodTo: string }) =>
    api.post<CertificateRecord>('/vol/certificates', body),
  );
export const useRevokeCertificate = () =>
  useVolMutation((b: { number: string; reason: string }) =>
    api.post<CertificateRecord>(`/vol/certificates/${b.number}/revoke`, { reason: b.reason }),
  );
export const useSetStarHours = () =>
  useVolMutation((hours: number[]) => api.put<{ hours: number[] }>('/vol/star-hours', { hours }));
export const useNationalMapping = () =>
  useQuery(get<NationalMapping>('national-mapping', '/vol/national-export/mapping'));
export const useSetNationalMapping = () =>
  useVolMutation((m: NationalMapping) => api.put<NationalMapping>('/vol/national-export/mapping', m));
