// User accounts: the list and creating one (the office).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { NewUser, User, UserRecord } from './types.ts';

export function useUsers(enabled: boolean) {
  return useQuery({ queryKey: ['users'], queryFn: () => api.get<User[]>('/users'), enabled });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUser) => api.post<UserRecord>('/users', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}
