// The office's email outbox: rows by state, the SMTP settings (never the password) and "retry now".
import { useQuery } from '@tanstack/react-query';
import { api } from '../client.ts';
import { accApi, useAccMutation } from './acc.ts';

export type OutboxState = 'pending' | 'sent' | 'failed';

export interface OutboxRow {
  id: number;
  notificationId: number;
  to: string;
  subject: string;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export type MailSettingsView =
  | { enabled: false }
  | {
      enabled: true;
      host: string;
      port: number;
      security: 'tls' | 'starttls' | 'none';
      from: string;
      user: string | null;
      allowInsecureAuth: boolean;
    };

export interface Outbox {
  settings: MailSettingsView;
  count: Record<OutboxState, number>;
  items: OutboxRow[];
}

export const useOutbox = (state: OutboxState | undefined) =>
  useQuery({
    queryKey: ['acc', 'outbox', state ?? 'all'],
    queryFn: () => api.get<Outbox>('/acc/outbox', { state }),
    placeholderData: (p) => p,
  });

export const useRetryMail = () =>
  useAccMutation((id: number) => accApi.post<OutboxRow>(`/acc/outbox/${id}/retry`, {}));
