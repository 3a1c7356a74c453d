// The one guard for pages that need a session: visitors are sent to sign in (and brought back); with `ability`,
// users whose role lacks it are told why.
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/core/session.ts';
import type { Abilities } from '../api/core/types.ts';
import { ErrorNotice, PageLoading } from './query-state.tsx';

const ForbiddenNotice = lazy(() => import('./forbidden-notice.tsx'));

type BooleanAbility = { [K in keyof Abilities]: Abilities[K] extends boolean ? K : never }[keyof Abilities];

export function RequireSignIn({ ability, children }: { ability?: BooleanAbility; children: ReactNode }) {
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <PageLoading />;
  if (session.error) return <ErrorNotice error={session.error} />;
  if (!session.data) return <Navigate to="/login" replace state={{ from: location }} />;
  if (ability && !session.data.abilities[ability]) {
    return (
      <Suspense fallback={<PageLoading />}>
        <ForbiddenNotice />
      </Suspense>
    );
  }
  return <>{children}</>;
}
