// User accounts: the list, creating one, and the office's management of an account (edit, disable and enable, reset
// its password, unlock).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { Account, NewUser, User, UserPatch } from './types.ts';

export function useUsers(enabled: boolean) {
  return useQuery({ queryKey: ['users'], queryFn: () => api.get<User[]>('/users'), enabled });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUser) => api.post<Account>('/users', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: UserPatch }) =>
      api.patch<Account>(`/users/${id}`, patch),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** What the office does to an account in one step: `disable`, `enable` or `unlock`. */
export type AccountAction = 'disable' | 'enable' | 'unlock';

export function useAccountAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: AccountAction }) =>
      api.post<Account>(`/users/${id}/${action}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** The office gives an account a new password; its owner must change it at the next sign-in. */
export function useResetPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) =>
      api.post<Account>(`/users/${id}/password`, { password }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}
