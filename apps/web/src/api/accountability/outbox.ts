// The office's email outbox: rows by state, the SMTP settings (never the password) and "retry now".
import type { AccMailStatus, OutboxItem, OutboxState, OutboxView } from '@kepu/domain/accountability';
import { useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import { accApi, useAccMutation } from './acc.ts';

export type { OutboxState };
export type OutboxRow = OutboxItem;
export type MailSettingsView = AccMailStatus;
/** GET /acc/outbox: the newest rows, how many there are in each state, and the mail settings. */
export type Outbox = OutboxView;

export const useOutbox = (state: OutboxState | undefined) =>
  useQuery({
    queryKey: ['acc', 'outbox', state ?? 'all'],
    queryFn: () => api.get<Outbox>('/acc/outbox', { state }),
    placeholderData: (p) => p,
  });

export const useRetryMail = () =>
  useAccMutation((id: number) => accApi.post<OutboxRow>(`/acc/outbox/${id}/retry`, {}));
