// The signed-in user and their abilities, plus sign in and sign out; anonymous visitors get `null`.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../client.ts';
import type { Abilities, PasswordChange, Session, SignedIn } from './types.ts';

const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    return await api.get<Session>('/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000, retry: false });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    // the login body's schema lives in the server's route (apps/server/src/routes/auth.routes.ts), not the domain
    mutationFn: (body: { username: string; password: string }) => api.post<SignedIn>('/auth/login', body),
    onSuccess: (session) => {
      client.setQueryData(SESSION_KEY, session);
      // unit contact fields depend on who is asking
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
  });
}

/** Changes the signed-in user's own password; the session then no longer needs a change. */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordChange) => api.post<Session>('/auth/password', body),
    onSuccess: (session) => {
      client.setQueryData(SESSION_KEY, session);
      // pages refused before the change (auth.password_change_required) may ask again
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<unknown>('/auth/logout'),
    onSettled: () => {
      client.setQueryData(SESSION_KEY, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
  });
}

/** What the signed-in user may do; everything false for anonymous visitors. */
export function useAbilities(): Abilities {
  const { data } = useSession();
  return (
    data?.abilities ?? {
      'plan.import': false,
      'jur.cascade': false,
      'publication.manage': false,
      'audit.read': false,
      'users.read': false,
      'users.create': false,
      'users.manage': false,
      'unit.edit': [],
      'area.edit': [],
      'ind.admin': false,
      'ind.review': [],
      'ind.figures.unaccepted': false,
      'acc.manage': false,
      'acc.board.read': false,
      'acc.my': false,
      'acc.file': [],
      'survey.read': false,
      'survey.manage': false,
      'survey.analyse': false,
      'survey.interview': false,
      'svc.file': false,
      'svc.review': false,
      'svc.campaigns': false,
      'svc.venues': false,
      'svc.ledger.read': false,
      'svc.ledger.void': false,
      'svc.visits': false,
      'vol.read': false,
      'vol.manage': false,
      'vol.settings': false,
      'exp.read': false,
      'exp.manage': false,
      'exp.pools': false,
      'contest.manage': false,
      'cmd.read': false,
      'cmd.nominate': false,
      'cmd.manage': false,
      'contest.read': false,
      'cnt.read': false,
      'cnt.edit': false,
      'cnt.review': false,
      'cnt.emergency': false,
      'trn.read': false,
      'trn.file': false,
      'trn.settings': false,
    }
  );
}
