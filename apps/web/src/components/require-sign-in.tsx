// The one guard for pages that need a session: visitors are sent to sign in (and brought back); with `ability`,
// users whose role lacks it are told why.
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/core/session.ts';
import type { Abilities } from '../api/core/types.ts';
import { ErrorNotice, PageLoading } from './query-state.tsx';

type BooleanAbility = { [K in keyof Abilities]: Abilities[K] extends boolean ? K : never }[keyof Abilities];

export function RequireSignIn({ ability, children }: { ability?: BooleanAbility; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <PageLoading />;
  if (session.error) return <ErrorNotice error={session.error} />;
  if (!session.data) return <Navigate to="/login" replace state={{ from: location }} />;
  if (ability && !session.data.abilities[ability]) {
    return (
      <Result
        status="403"
        title={t('error.forbidden.title')}
        subTitle={t('error.forbidden.cause')}
        data-test="forbidden"
      />
    );
  }
  return <>{children}</>;
}
