// Mobile units and their tour stops for staff: the list with each unit's stops and totals, registering a unit,
// planning and reporting a stop, voiding one.
import type { MobileUnitRecord, TourStopRecord } from '@kepu/domain/services';
import { useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import { useSvcMutation } from './services.ts';

export type { TourStopRecord };
export interface MobileUnitView extends MobileUnitRecord {
  stops: TourStopRecord[];
  totals: { stops: number; visitors: number; activities: number; km: number };
}

export const useMobileUnits = () =>
  useQuery({ queryKey: ['svc', 'mobile'], queryFn: () => api.get<MobileUnitView[]>('/svc/mobile-units') });
export const useCreateMobileUnit = () =>
  useSvcMutation((body: unknown) => api.post<MobileUnitRecord>('/svc/mobile-units', body));
export const usePlanStop = (unitId: number) =>
  useSvcMutation((body: unknown) => api.post<TourStopRecord>(`/svc/mobile-units/${unitId}/stops`, body));
export const useReportStop = (stopId: number) =>
  useSvcMutation((body: unknown) => api.post<TourStopRecord>(`/svc/tour-stops/${stopId}/report`, body));
export const useVoidStop = (stopId: number) =>
  useSvcMutation((reason: string) => api.post<TourStopRecord>(`/svc/tour-stops/${stopId}/void`, { reason }));
