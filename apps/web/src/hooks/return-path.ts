// Where a page that sent the user away (sign-in, a forced password change) returns them: the address they came from
// (router state `from`), or the home page when they came from none or from one of `skip`.
import type { Location } from 'react-router';

export function returnPath(state: unknown, skip: readonly string[]): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || skip.includes(from.pathname)) return '/';
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}
