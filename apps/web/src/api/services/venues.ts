// The venue registry's calls for staff: venues, one venue with its status history and slots, its group bookings,
// registering a venue, changing its status, adding slots and cancelling a booking; the annual assessment.
import type {
  BookingRecord,
  Scorecard,
  SlotRecord,
  VenueEvent,
  VenueRecord,
  VenueReport,
} from '@kepu/domain/services';
import { useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import { useSvcMutation } from './services.ts';

export type { BookingRecord, Scorecard, SlotRecord, VenueEvent, VenueRecord, VenueReport };
export interface VenueAssessment {
  year: number;
  card: Scorecard;
  reports: VenueReport[];
}
export const useVenueAssessment = (year: number) =>
  useQuery({
    queryKey: ['svc', 'venue-assessment', year],
    queryFn: () => api.get<VenueAssessment>(`/svc/venue-assessment/${year}`),
  });
export const useSubmitVenueReport = (id: number, year: number) =>
  useSvcMutation((body: { values: Record<string, number>; note: string }) =>
    api.post<VenueReport>(`/svc/venues/${id}/reports/${year}`, body),
  );
export const useReviewVenueReport = (id: number, year: number) =>
  useSvcMutation((body: { points: Record<string, number>; comment: string }) =>
    api.post<VenueReport>(`/svc/venues/${id}/reports/${year}/review`, body),
  );
export const useVenueCheck = (id: number, year: number) =>
  useSvcMutation(
    (body: { heldOn: string; summary: string; findings: { finding: string; deadline: string }[] }) =>
      api.post<{ report: VenueReport }>(`/svc/venues/${id}/reports/${year}/check`, body),
  );
export const usePublishVenueResults = (year: number) =>
  useSvcMutation(() => api.post<{ published: number }>(`/svc/venue-assessment/${year}/publish`, {}));
export interface VenueDetail {
  venue: VenueRecord;
  events: VenueEvent[];
  slots: SlotRecord[];
}

export const useVenues = () =>
  useQuery({ queryKey: ['svc', 'venues'], queryFn: () => api.get<VenueRecord[]>('/svc/venues') });
export const useVenue = (id: number) =>
  useQuery({ queryKey: ['svc', 'venue', id], queryFn: () => api.get<VenueDetail>(`/svc/venues/${id}`) });
export const useVenueBookings = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: ['svc', 'venue', id, 'bookings'],
    queryFn: () => api.get<BookingRecord[]>(`/svc/venues/${id}/bookings`),
    enabled,
    retry: false,
  });
export const useCreateVenue = () =>
  useSvcMutation((body: unknown) => api.post<VenueRecord>('/svc/venues', body));
export const useVenueStatus = (id: number) =>
  useSvcMutation((body: unknown) => api.post<VenueRecord>(`/svc/venues/${id}/status`, body));
export const useCancelBooking = (id: number) =>
  useSvcMutation((reason: string) => api.post<BookingRecord>(`/svc/bookings/${id}/cancel`, { reason }));
export const useAddSlots = (id: number) =>
  useSvcMutation((slots: { startsAt: string; endsAt: string; capacity: number }[]) =>
    api.post<SlotRecord[]>(`/svc/venues/${id}/slots`, { slots }),
  );
