// Sends visitors to sign in (and back); the statistics pages are for signed-in users of any role.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../api/core/session.ts';
import { ErrorNotice, PageLoading } from '../query-state.tsx';

export function RequireSignIn({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <PageLoading />;
  if (session.error) return <ErrorNotice error={session.error} />;
  if (!session.data) return <Navigate to="/login" replace state={{ from: location }} />;
  return <>{children}</>;
}
